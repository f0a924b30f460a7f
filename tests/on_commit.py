"""Telling the on-commit work a test is about from the cache housekeeping that rides along."""

import functools

from lms.accounts.access_cache import access_version_bump
from lms.versions import cache_keys_drop


def housekeeping(callback) -> bool:
    """Renewing kept permissions or dropping kept copies (users, flags, counts) after commit."""
    if callback is access_version_bump:
        return True
    return isinstance(callback, functools.partial) and callback.func is cache_keys_drop


def without_housekeeping(callbacks) -> list:
    return [c for c in callbacks if not housekeeping(c)]
