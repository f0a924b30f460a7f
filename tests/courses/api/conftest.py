"""Fixtures of the course API tests: the API's own (tokens, a client that sends them) from
tests/lms/api/conftest.py, plus a course with its trainer and a query counter."""

import pytest

from tests.lms.api.conftest import api_client, token_for  # noqa: F401 - fixtures


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
