"""Reaching the real services tests need: skip on a laptop without them, fail in CI."""

import os

import pytest
import redis

REDIS_TEST_URL = os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/15")


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def require(service: str, available: bool, why: str = "") -> None:
    """Skip when `service` is missing locally; in CI (CI=true) a missing service is a failure."""
    if available:
        return
    message = f"{service} is not available{': ' + why if why else ''}"
    if in_ci():
        pytest.fail(f"{message} (CI=true: required)")
    pytest.skip(message)


def redis_available(url: str = REDIS_TEST_URL) -> bool:
    try:
        return bool(redis.Redis.from_url(url, socket_connect_timeout=1).ping())
    except redis.RedisError:
        return False
