"""Values remembered for one content version (`lms.page_cache.content_version`): in this
process, and in the shared cache for the other processes.

A page's route, a course's outline and the course a lesson sits in change only when pages are
saved, published, moved or deleted, and each of those starts a new content version. Keyed on the
version, a remembered value is never stale: every process reads the version once per request (one
cache read the fragment cache makes anyway) and recomputes after a publish. A value is looked up
in this process first, then in the shared cache (one read, no query), and computed only when
neither has it. What is remembered must be read-only for its users: it is shared by every request
this process serves. When the shared cache is down, values are computed as if never remembered.

A process that has not served an address yet in this version (every process after a publish
or a start, and often on a site of many lessons) would read that address's values from the
shared cache one after another: the route, the page, its course, outline, quiz... So the values
a request of an address recalled are remembered too, as that address's trail
(`AddressTrailMiddleware`), and the next process to serve it fetches the whole trail from the
shared cache in one read before the view asks. A trail only says what to fetch: each value is
still looked up under its own name, key and version, so a trail that has grown stale costs an
unused value, never a wrong one.
"""

import hashlib
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

from lms.page_cache import content_version

logger = logging.getLogger(__name__)

# Courses x languages x (outline, course of a page, route) stay far below this on a national
# platform; the oldest entries go first when it is reached.
MAX_ENTRIES = 20_000

_entries: OrderedDict = OrderedDict()
_lock = threading.Lock()

# What this request recalled, while it is recording its address's trail (else None).
_trail: ContextVar[list | None] = ContextVar("process_memo_trail", default=None)
TRAIL = "address_trail"
TRAIL_MAX = 32  # pairs kept per address: a lesson page recalls about ten


def _off(request) -> bool:
    return settings.FRAGMENT_CACHE_SECONDS <= 0 or getattr(request, "is_preview", False)


def _shared_key(name: str, version: str, key) -> str:
    return f"memo:{name}:{version}:{hashlib.sha256(repr(key).encode()).hexdigest()}"


def _version(request) -> str | None:
    try:
        return content_version(request)
    except Exception:
        logger.warning("Cache unavailable: nothing is remembered for this request.")
        return None


def recall_many(name: str, keys, *, request=None) -> dict:
    """{key: value} for the keys remembered under the current version; the others are absent."""
    version = None if _off(request) else _version(request)
    if version is None:
        return {}
    found: dict = {}
    with _lock:
        for key in keys:
            entry = _entries.get((name, key))
            if entry is not None and entry[0] == version:
                _entries.move_to_end((name, key))
                found[key] = entry[1]
    trail = _trail.get()
    if trail is not None and len(trail) < TRAIL_MAX:
        trail.extend((name, key) for key in keys)
    shared = _shared_read(version, [(name, key) for key in keys if key not in found])
    found.update({key: value for (_name, key), value in shared.items()})
    return found


def _shared_read(version: str, pairs) -> dict:
    """{(name, key): value} of these pairs found in the shared cache (one read), kept here too."""
    if not pairs:
        return {}
    shared_keys = {_shared_key(name, version, key): (name, key) for name, key in pairs}
    try:
        stored = cache.get_many(list(shared_keys))
    except Exception:
        return {}
    shared = {shared_keys[k]: value[0] for k, value in stored.items()}
    _keep(version, shared)
    return shared


def _fetch_absent(version: str, pairs) -> None:
    """Bring the (name, key) pairs this process lacks from the shared cache, in one read."""
    with _lock:
        absent = [
            pair for pair in pairs if (entry := _entries.get(pair)) is None or entry[0] != version
        ]
    _shared_read(version, absent)


def keep_many(name: str, values: dict, *, request=None) -> None:
    """Remember {key: value} under the current version, here and in the shared cache."""
    keep_pairs({(name, key): value for key, value in values.items()}, request=request)


def keep_pairs(values: dict, *, request=None) -> None:
    """Remember {(name, key): value} of several names at once: one write to the shared cache."""
    version = None if _off(request) else _version(request)
    if version is None or not values:
        return
    _keep(version, values)
    try:
        cache.set_many(
            {_shared_key(name, version, key): (value,) for (name, key), value in values.items()},
            settings.FRAGMENT_CACHE_SECONDS,
        )
    except Exception:
        logger.warning(
            "Cache unavailable: %s kept in this process only.",
            ", ".join(sorted({name for name, _key in values})),
        )


def _keep(version: str, slots: dict) -> None:
    with _lock:
        for slot, value in slots.items():
            _entries[slot] = (version, value)
            _entries.move_to_end(slot)
        while len(_entries) > MAX_ENTRIES:
            _entries.popitem(last=False)


def remembered(name: str, key, compute: Callable, *, request=None):
    """`compute()`, or what it returned for the same name and key under this content version.

    Off when the fragment cache is off (FRAGMENT_CACHE_SECONDS <= 0) and in previews, which show
    drafts."""
    return remembered_many(name, [key], lambda keys: {key: compute()}, request=request)[key]


def remembered_many(name: str, keys, compute: Callable, *, request=None) -> dict:
    """{key: value} for many keys at once; `compute(missing_keys)` returns {key: value} for
    those neither this process nor the shared cache has, so a list page costs one query for
    all that is missing rather than one per row."""
    keys = list(dict.fromkeys(keys))
    found = recall_many(name, keys, request=request)
    absent = [key for key in keys if key not in found]
    if absent:
        computed = compute(absent)
        keep_many(name, computed, request=request)
        found.update(computed)
    return found


def forget_all() -> None:
    """Drop what this process remembers (the shared cache expires on its own)."""
    with _lock:
        _entries.clear()


class AddressTrailMiddleware:
    """Fetch what requests of this address recalled before, in one read; remember what this
    one recalled beyond that (a first request walks where later ones recall, so a trail grows).

    After the locale middleware (a trail is per host, method, path and language)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _off(request) or not settings.ADDRESS_TRAILS:
            return self.get_response(request)
        address = (request.get_host(), request.method, request.path_info, get_language())
        known = recall_many(TRAIL, [address], request=request).get(address) or ()
        if known:
            _fetch_absent(content_version(request), known)
        recording = _trail.set([])
        try:
            response = self.get_response(request)
            recalled = _trail.get()
        finally:
            _trail.reset(recording)
        # Only an address that answered: any address may be asked for, so others fill nothing.
        if response.status_code < 400 and len(known) < TRAIL_MAX:
            seen = set(known)
            new = [pair for pair in dict.fromkeys(recalled) if pair not in seen]
            if new:
                keep_many(TRAIL, {address: (*known, *new)[:TRAIL_MAX]}, request=request)
        return response
