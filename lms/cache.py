"""Django's Redis cache with one Redis client per connection pool instead of one per call.

Django builds a new `redis.Redis` object for every cache operation, and each build copies
redis-py's table of about 170 response callbacks: a dozen cache reads on a page cost more in that
than in talking to Redis. A client only wraps its (thread-safe) pool, so one per pool is enough.

It also answers the reads a request is known to make from one MGET at the request's start
(`lms.cache_ahead`), and redis-py parses replies with hiredis (requirements.txt) when installed.
"""

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class PooledClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._client(connection_pool=self._get_connection_pool(write))
            self._clients[index] = client
        return client


_MISSING = object()


class PooledClientRedisCache(RedisCache):
    """`django.core.cache.backends.redis.RedisCache`, its clients kept (see the module), and the
    reads a request is known to make fetched at once (`lms.cache_ahead`): `read_ahead(keys)`
    fetches them with one MGET, each is then answered once from there, a write or delete of a
    key drops what was fetched for it, and `read_ahead_end()` throws away the rest."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = PooledClientRedisCacheClient
        # One cache object per thread (Django's handler), so this is the request's own.
        self._ahead: dict = {}

    def read_ahead(self, keys, version=None) -> None:
        made = [self.make_and_validate_key(key, version=version) for key in keys]
        found = self._cache.get_many(made) if made else {}
        self._ahead = {key: found.get(key, _MISSING) for key in made}

    def read_ahead_end(self) -> None:
        self._ahead = {}

    def _ahead_drop(self, keys, version=None) -> None:
        if self._ahead:
            for key in keys:
                self._ahead_take(key, version)

    def _ahead_take(self, key, version):
        """What was fetched ahead for `key` (once), _MISSING if it was absent, else None."""
        return self._ahead.pop(self.make_and_validate_key(key, version=version), None)

    def get(self, key, default=None, version=None):
        if self._ahead:
            value = self._ahead_take(key, version)
            if value is not None:
                return default if value is _MISSING else value
        return super().get(key, default, version)

    def get_many(self, keys, version=None):
        if not self._ahead:
            return super().get_many(keys, version)
        found, rest = {}, []
        for key in keys:
            value = self._ahead_take(key, version)
            if value is None:
                rest.append(key)
            elif value is not _MISSING:
                found[key] = value
        if rest:
            found.update(super().get_many(rest, version))
        return found

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._ahead_drop([key], version)
        return super().add(key, value, timeout, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._ahead_drop([key], version)
        super().set(key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        self._ahead_drop([key], version)
        return super().touch(key, timeout, version)

    def delete(self, key, version=None):
        self._ahead_drop([key], version)
        return super().delete(key, version)

    def incr(self, key, delta=1, version=None):
        self._ahead_drop([key], version)
        return super().incr(key, delta, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        self._ahead_drop(list(data), version)
        return super().set_many(data, timeout, version)

    def delete_many(self, keys, version=None):
        self._ahead_drop(list(keys), version)
        return super().delete_many(keys, version)

    def clear(self):
        self._ahead = {}
        return super().clear()
