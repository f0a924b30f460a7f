"""Rendered fragments kept in this process as well as in the shared cache.

A fragment's key carries the content version (`lms.page_cache.fragment_cached`), so a copy under
a key is never wrong for that key: a publish starts a new version and the old keys are never
asked for again. Keeping the copies here saves a Redis round trip per fragment (a lesson page has
five: head tags, menu, language links, the lesson body and the outline). A copy here lives at most
FRAGMENT_LOCAL_SECONDS, so what a fragment shows without a publish (a course's trainers) is at
most that much older than the shared copy, and the store holds at most FRAGMENT_LOCAL_BYTES of
text, the longest unused going first.
"""

import threading
import time
from collections import OrderedDict

from django.conf import settings

_entries: OrderedDict[str, tuple[float, str]] = OrderedDict()
_size = 0
_lock = threading.Lock()


def local_get(key: str) -> str | None:
    """The copy kept here under `key`, unless it has outlived FRAGMENT_LOCAL_SECONDS."""
    global _size
    with _lock:
        entry = _entries.get(key)
        if entry is None:
            return None
        if entry[0] <= time.monotonic():
            del _entries[key]
            _size -= len(entry[1])
            return None
        _entries.move_to_end(key)
        return entry[1]


def local_set(key: str, html: str) -> None:
    """Keep `html` under `key`; the longest unused copies go while the store is over budget."""
    global _size
    seconds = settings.FRAGMENT_LOCAL_SECONDS
    budget = settings.FRAGMENT_LOCAL_BYTES
    if seconds <= 0 or len(html) > budget:
        return
    with _lock:
        previous = _entries.pop(key, None)
        if previous is not None:
            _size -= len(previous[1])
        _entries[key] = (time.monotonic() + seconds, html)
        _size += len(html)
        while _size > budget:
            _old_key, (_expiry, old) = _entries.popitem(last=False)
            _size -= len(old)


def local_clear() -> None:
    """Forget every copy kept here (tests; the shared cache expires on its own)."""
    global _size
    with _lock:
        _entries.clear()
        _size = 0


def local_size() -> int:
    """Characters of text kept here."""
    return _size
