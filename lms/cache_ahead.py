"""The cache reads a signed-in request is known to make, fetched in one round trip at its start.

A learner's page read eight values from Redis one after another (the session, the content
version, the user's row, the policies in force, the access version, the unread count...): each
read a round trip and most of 0.1 ms of CPU in redis-py. Once the session says who is signed
in, the modules listed in CACHE_READ_AHEAD name the keys they will read for this request, and
`ReadAheadMiddleware` fetches them all with one MGET. The cache (`lms.cache`) answers each of
those keys once from what was fetched, as if read then: a read-ahead value is a few
milliseconds older than a later read would be, never older than the request. A write or delete
of a key in the request drops its read-ahead value, so the request reads its own writes; what
is not read by the end of the request is thrown away.

A module's function there takes (request, user_id: None for a visitor) and returns the keys,
as given to `cache.get`. Only the Redis cache (`lms.cache.PooledClientRedisCache`) reads ahead;
with any other cache, or CACHE_READ_AHEAD empty, every read goes to the cache as before.
"""

import logging

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.core.cache import cache
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)

_providers: list | None = None


def _keys_of(request, user_id) -> list[str]:
    global _providers
    if _providers is None:
        _providers = [import_string(path) for path in settings.CACHE_READ_AHEAD]
    keys: list[str] = []
    for provider in _providers:
        keys.extend(provider(request, user_id))
    return list(dict.fromkeys(keys))


def _user_id(request):
    """Who the session says is signed in, read without counting as the view's use of the
    session (which adds "Vary: Cookie" to the response): None without a session cookie."""
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return None
    session = request.session
    accessed = session.accessed
    try:
        return session.get(SESSION_KEY)
    except Exception:  # the session store is away: Django's own middleware will say so
        return None
    finally:
        session.accessed = accessed


class ReadAheadMiddleware:
    """After the session middleware: fetch what this request will read from the cache at once."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        ahead = getattr(cache, "read_ahead", None)
        if ahead is None or not settings.CACHE_READ_AHEAD:
            return self.get_response(request)
        try:
            ahead(_keys_of(request, _user_id(request)))
        except Exception:  # the cache is away: every read goes to it, and says so itself
            logger.warning("Cache unavailable: nothing read ahead.")
        try:
            return self.get_response(request)
        finally:
            cache.read_ahead_end()
