"""The cache reads a signed-in request makes are fetched in one round trip (lms.cache_ahead), each
answered once, a write in the request read back, and nothing carried into the next request."""

from importlib import import_module

import pytest
import redis

from lms.cache import PooledClientRedisCache
from lms.cache_ahead import _user_id
from lms.notifications.services import notify
from tests.services import REDIS_TEST_URL, redis_available, require

PAGE = "/en/my/"


@pytest.fixture
def redis_commands(monkeypatch):
    """Every command redis-py sends, as (name, first argument)."""
    sent = []
    send = redis.Redis.execute_command

    def counting(self, *args, **options):
        sent.append((args[0], str(args[1]) if len(args) > 1 else ""))
        return send(self, *args, **options)

    monkeypatch.setattr(redis.Redis, "execute_command", counting)
    return sent


@pytest.fixture
def store():
    require("Redis", redis_available(), REDIS_TEST_URL)
    cache = PooledClientRedisCache(REDIS_TEST_URL, {"KEY_PREFIX": "test-ahead"})
    cache.clear()
    yield cache
    cache.clear()


def test_read_ahead_answers_each_key_once_after_one_round_trip(store, redis_commands):
    store.set_many({"a": 1, "b": {"ky": "Салам"}})
    redis_commands.clear()
    store.read_ahead(["a", "b", "absent"])
    assert store.get("a") == 1
    assert store.get("b") == {"ky": "Салам"}
    assert store.get("absent", "default") == "default"
    assert [name for name, _key in redis_commands] == ["MGET"]
    assert store.get("a") == 1  # answered once: the second read asks Redis
    assert [name for name, _key in redis_commands] == ["MGET", "GET"]


def test_get_many_takes_what_was_read_ahead_and_asks_for_the_rest(store, redis_commands):
    store.set_many({"a": 1, "c": 3})
    store.read_ahead(["a", "b"])
    redis_commands.clear()
    assert store.get_many(["a", "b", "c"]) == {"a": 1, "c": 3}
    assert redis_commands == [("MGET", "test-ahead:1:c")]


@pytest.mark.parametrize(
    "write",
    [
        lambda c: c.set("a", 2),
        lambda c: c.set_many({"a": 2}),
        lambda c: c.incr("a"),
        lambda c: c.delete("a"),
        lambda c: c.delete_many(["a"]),
        lambda c: c.delete("a") and c.add("a", 2),
        lambda c: c.clear(),
    ],
    ids=["set", "set_many", "incr", "delete", "delete_many", "add", "clear"],
)
def test_a_write_in_the_request_is_read_back_not_what_was_read_ahead(store, write):
    store.set("a", 1)
    store.read_ahead(["a"])
    write(store)
    assert store.get("a") == store._cache.get("test-ahead:1:a", None)
    assert store.get("a") != 1


def test_nothing_read_ahead_outlives_the_request(store):
    store.set("a", 1)
    store.read_ahead(["a"])
    store.read_ahead_end()
    redis.Redis.from_url(REDIS_TEST_URL).delete("test-ahead:1:a")  # another process's write
    assert store.get("a") is None


@pytest.fixture
def redis_site(settings):
    """The site on the Redis cache, as in production (sessions stay in the database in tests)."""
    require("Redis", redis_available(), REDIS_TEST_URL)
    settings.CACHES = {
        "default": {
            "BACKEND": "lms.cache.PooledClientRedisCache",
            "LOCATION": REDIS_TEST_URL,
            "KEY_PREFIX": "test-ahead-site",
        }
    }
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def _single_reads(redis_commands) -> list[str]:
    return [key for name, key in redis_commands if name == "GET"]


def test_a_signed_in_page_reads_its_known_keys_in_one_round_trip(
    client, learner, home_page, redis_site, redis_commands
):
    client.force_login(learner)
    assert client.get(PAGE).status_code == 200  # what the page keeps is kept now
    redis_commands.clear()
    assert client.get(PAGE).status_code == 200
    single = _single_reads(redis_commands)
    for key in ("page-cache:version", "auth-user:", "policies:", "access:", "notifications:"):
        assert not [read for read in single if key in read], (key, single)
    assert [name for name, _key in redis_commands].count("MGET") >= 1


def test_without_read_ahead_the_same_page_reads_them_one_by_one(
    client, learner, home_page, redis_site, redis_commands, settings
):
    settings.CACHE_READ_AHEAD = []
    client.force_login(learner)
    client.get(PAGE)
    redis_commands.clear()
    assert client.get(PAGE).status_code == 200
    single = _single_reads(redis_commands)
    for key in ("page-cache:version", "auth-user:", "access:", "notifications:"):
        assert [read for read in single if key in read], (key, single)


def test_what_changes_between_requests_shows_on_the_next(client, learner, home_page, redis_site):
    client.force_login(learner)
    assert "Notifications (1" not in client.get(PAGE).content.decode()
    notify([learner], "seminar", render=lambda: ("Seminar in Naryn moved", ""), mail=False)
    assert "Notifications (1" in client.get(PAGE).content.decode()
    learner.full_name = "Renamed Person"
    learner.save()
    assert "Renamed" in client.get(PAGE).content.decode()


def test_a_superuser_is_not_taken_for_the_learner_guessed(client, make_user, home_page, redis_site):
    admin = make_user(is_superuser=True, is_staff=True)
    client.force_login(admin)
    client.get(PAGE)
    assert 'href="/admin/"' in client.get(PAGE).content.decode()


def test_reading_who_is_signed_in_is_not_the_views_use_of_the_session(
    client, learner, rf, settings
):
    client.force_login(learner)
    request = rf.get(PAGE)
    request.COOKIES = {
        settings.SESSION_COOKIE_NAME: client.cookies[settings.SESSION_COOKIE_NAME].value
    }
    request.session = import_module(settings.SESSION_ENGINE).SessionStore(
        request.COOKIES[settings.SESSION_COOKIE_NAME]
    )
    assert str(_user_id(request)) == str(learner.pk)
    assert not request.session.accessed  # so no "Vary: Cookie" is added for it
    visitor = rf.get(PAGE)
    visitor.session = import_module(settings.SESSION_ENGINE).SessionStore()
    assert _user_id(visitor) is None and not visitor.session.accessed
