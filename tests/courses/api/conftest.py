"""Fixtures of the API tests: tokens and a client that sends them."""

import json

import pytest

from lms.api.services import api_token_create


@pytest.fixture
def token_for():
    """token_for(user, scope="read"|"write", **fields) -> the secret, for `Authorization`."""

    def make(user, scope="write", **fields):
        _token, secret = api_token_create(user=user, name="test", scope=scope, **fields)
        return secret

    return make


class ApiClient:
    """Django's test client speaking JSON with a bearer token."""

    def __init__(self, client, secret=None):
        self.client = client
        self.secret = secret

    def _headers(self, headers):
        result = dict(headers or {})
        if self.secret:
            result["Authorization"] = f"Bearer {self.secret}"
        return result

    def get(self, path, params=None, headers=None):
        return self.client.get(path, params or {}, headers=self._headers(headers))

    def post(self, path, data=None, headers=None, raw=None, content_type="application/json"):
        body = raw if raw is not None else json.dumps(data if data is not None else {})
        return self.client.post(
            path, body, content_type=content_type, headers=self._headers(headers)
        )


@pytest.fixture
def api_client(client, token_for):
    """api_client(user, scope="write") -> an ApiClient with a new token of that user; no user:
    anonymous."""

    def make(user=None, scope="write"):
        return ApiClient(client, token_for(user, scope) if user is not None else None)

    return make


@pytest.fixture
def trainer(make_user):
    return make_user(role="Trainer")


@pytest.fixture
def course(make_course, trainer):
    return make_course(lessons=3, trainers=[trainer])


@pytest.fixture
def count_queries():
    """count_queries(api, path, params): the queries of a warm second GET, and its body."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def run(api, path, params=None):
        api.get(path, params)
        with CaptureQueriesContext(connection) as queries:
            response = api.get(path, params)
        assert response.status_code == 200, response.content
        return len(queries), response.json()

    return run
