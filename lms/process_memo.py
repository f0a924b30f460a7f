"""Values remembered for one content version (`lms.page_cache.content_version`): in this
process, and in the shared cache for the other processes.

A page's route, a course's outline and the course a lesson sits in change only when pages are
saved, published, moved or deleted, and each of those starts a new content version. Keyed on the
version, a remembered value is never stale: every process reads the version once per request (one
cache read the fragment cache makes anyway) and recomputes after a publish. A value is looked up
in this process first, then in the shared cache (one read, no query), and computed only when
neither has it. What is remembered must be read-only for its users: it is shared by every request
this process serves. When the shared cache is down, values are computed as if never remembered.
"""

import hashlib
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache

from lms.page_cache import content_version

logger = logging.getLogger(__name__)

# Courses x languages x (outline, course of a page, route) stay far below this on a national
# platform; the oldest entries go first when it is reached.
MAX_ENTRIES = 20_000

_entries: OrderedDict = OrderedDict()
_lock = threading.Lock()


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
    missing = {_shared_key(name, version, key): key for key in keys if key not in found}
    if missing:
        try:
            stored = cache.get_many(list(missing))
        except Exception:
            stored = {}
        shared = {missing[k]: value[0] for k, value in stored.items()}
        _keep(version, {(name, key): value for key, value in shared.items()})
        found.update(shared)
    return found


def keep_many(name: str, values: dict, *, request=None) -> None:
    """Remember {key: value} under the current version, here and in the shared cache."""
    version = None if _off(request) else _version(request)
    if version is None or not values:
        return
    _keep(version, {(name, key): value for key, value in values.items()})
    try:
        cache.set_many(
            {_shared_key(name, version, key): (value,) for key, value in values.items()},
            settings.FRAGMENT_CACHE_SECONDS,
        )
    except Exception:
        logger.warning("Cache unavailable: %s kept in this process only.", name)


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
