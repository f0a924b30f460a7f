"""Django's Redis cache with one Redis client per connection pool instead of one per call.

Django builds a new `redis.Redis` object for every cache operation, and each build copies
redis-py's table of about 170 response callbacks: a dozen cache reads on a page cost more in that
than in talking to Redis. A client only wraps its (thread-safe) pool, so one per pool is enough.
"""

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


class PooledClientRedisCache(RedisCache):
    """`django.core.cache.backends.redis.RedisCache`, its clients kept (see the module)."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = PooledClientRedisCacheClient
