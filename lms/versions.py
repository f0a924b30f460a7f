"""Version keys in the cache: whatever is kept under a version is never read again once a change
writes a new one, so nothing needs to know which kept copy shows what.

Used for the content version (`lms.page_cache`: pages, fragments, remembered values) and the
access version (`lms.accounts.access_cache`: permissions and groups).
"""

import functools
import logging
import uuid
from collections.abc import Callable

from django.core.cache import cache
from django.db import transaction

logger = logging.getLogger(__name__)


def version_get(key: str) -> str:
    """The current version under `key`, started if there is none (raises if the cache is down)."""
    version = cache.get(key)
    if version is None:
        cache.add(key, uuid.uuid4().hex, None)  # two processes starting at once agree on one
        version = cache.get(key) or ""
    return version


def version_new(key: str) -> None:
    """A new random version under `key`. A save must not fail because the cache is away: what
    was kept then expires on its own."""
    try:
        cache.set(key, uuid.uuid4().hex, None)
    except Exception:
        logger.exception("Could not start a new version of %s.", key)


def version_renew_now_and_after_commit(renew: Callable[[], None]) -> None:
    """Renew now, so this request reads fresh, and again after commit, so nothing another request
    kept from the uncommitted state in between survives."""
    renew()
    transaction.on_commit(renew)


def cache_keys_drop(keys: list[str], what: str) -> None:
    """Delete kept copies; a change must not fail because the cache is away (what was kept then
    expires on its own)."""
    try:
        cache.delete_many(keys)
    except Exception:
        logger.warning("Cache unavailable: %s not dropped.", what)


def cache_drop_now_and_after_commit(keys: list[str], what: str) -> None:
    """Delete kept copies now, so this request reads fresh, and again after commit, so nothing
    another request kept from the uncommitted state in between survives."""
    cache_keys_drop(keys, what)
    transaction.on_commit(functools.partial(cache_keys_drop, keys, what))
