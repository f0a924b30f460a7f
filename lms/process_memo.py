"""Values remembered for one content version (`lms.page_cache.content_version`): in this
process, and in the shared cache for the other processes.

A page's route, a course's outline and the course a lesson sits in change only when pages are
saved, published, moved or deleted, and each of those starts a new content version. Keyed on the
version, a remembered value is never stale: every process reads the version once per request (one
cache read the fragment cache makes anyway) and recomputes after a publish. A value is looked up
in this process first, then in the shared cache (one read, no query), and computed only when
neither has it. What is remembered must be read-only for its users: it is shared by every request
this process serves.
"""

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache

from lms.page_cache import content_version

# Courses x languages x (outline, course of a page, route) stay far below this on a national
# platform; the oldest entries go first when it is reached.
MAX_ENTRIES = 20_000

_entries: OrderedDict = OrderedDict()
_lock = threading.Lock()


def _off(request) -> bool:
    return settings.FRAGMENT_CACHE_SECONDS <= 0 or getattr(request, "is_preview", False)


def _shared_key(name: str, version: str, key) -> str:
    return f"memo:{name}:{version}:{hashlib.sha256(repr(key).encode()).hexdigest()}"


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
    if _off(request):
        return compute(keys)
    version = content_version(request)
    found: dict = {}
    with _lock:
        for key in keys:
            entry = _entries.get((name, key))
            if entry is not None and entry[0] == version:
                _entries.move_to_end((name, key))
                found[key] = entry[1]
    missing = [key for key in keys if key not in found]
    if missing:
        shared = {_shared_key(name, version, key): key for key in missing}
        stored = cache.get_many(list(shared))
        fetched = {shared[k]: value[0] for k, value in stored.items()}
        absent = [key for key in missing if key not in fetched]
        if absent:
            computed = compute(absent)
            cache.set_many(
                {_shared_key(name, version, key): (computed[key],) for key in absent},
                settings.FRAGMENT_CACHE_SECONDS,
            )
            fetched.update(computed)
        _keep(version, {(name, key): fetched[key] for key in missing})
        found.update(fetched)
    return found


def forget_all() -> None:
    """Drop everything (tests that change pages behind the signals' back)."""
    with _lock:
        _entries.clear()
