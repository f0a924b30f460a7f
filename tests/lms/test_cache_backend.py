"""The Redis cache keeps one client per pool and still reads and writes real Redis."""

from lms.cache import PooledClientRedisCache
from tests.services import REDIS_TEST_URL, redis_available, require


def _cache():
    return PooledClientRedisCache(REDIS_TEST_URL, {"KEY_PREFIX": "test-pooled"})


def test_one_client_per_pool_serves_reads_and_writes():
    require("Redis", redis_available(), REDIS_TEST_URL)
    cache = _cache()
    cache.set("greeting", {"ky": "Салам"}, 30)
    assert cache.get("greeting") == {"ky": "Салам"}
    assert cache.get_many(["greeting", "absent"]) == {"greeting": {"ky": "Салам"}}
    client = cache._cache.get_client("greeting")
    assert cache._cache.get_client("other") is client  # not a new redis.Redis per call
    assert cache._cache.get_client("greeting", write=True) is client  # one server: one pool
    cache.delete("greeting")
    assert cache.get("greeting") is None
