"""/healthz/ reports each configured service and answers 503 when one is down."""

from django.core.cache import caches

import pytest

from lms.celery import app as celery_app
from tests.services import REDIS_TEST_URL, redis_available, require

pytestmark = pytest.mark.django_db

CLOSED_PORT_REDIS = "redis://127.0.0.1:1/0"


@pytest.fixture
def broker(settings):
    """Point the Celery app at a broker for one test, then back."""
    saved = celery_app.conf.broker_url

    def use(url):
        settings.CELERY_BROKER_URL = url
        celery_app.conf.broker_url = url

    yield use
    celery_app.conf.broker_url = saved


def test_healthy_without_a_broker(client):
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "broker": "not configured"},
    }


def test_unreachable_cache_gives_503(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CLOSED_PORT_REDIS,
            "OPTIONS": {"socket_connect_timeout": 1},
        }
    }
    response = client.get("/healthz/")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error"
    assert body["checks"]["cache"].startswith("error")
    assert body["checks"]["database"] == "ok"


def test_unreachable_broker_gives_503(client, broker):
    broker(CLOSED_PORT_REDIS)
    response = client.get("/healthz/")
    assert response.status_code == 503
    assert response.json()["checks"]["broker"].startswith("error")


@pytest.mark.integration
def test_real_redis_cache_and_broker_are_healthy(client, settings, broker):
    require("Redis", redis_available(), REDIS_TEST_URL)
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_TEST_URL,
        }
    }
    broker(REDIS_TEST_URL)
    try:
        response = client.get("/healthz/")
    finally:
        caches["default"].close()
    assert response.status_code == 200
    assert response.json()["checks"] == {"database": "ok", "cache": "ok", "broker": "ok"}


def test_health_is_never_cached(client):
    assert "no-cache" in client.get("/healthz/")["Cache-Control"]
