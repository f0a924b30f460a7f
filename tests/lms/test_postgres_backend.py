"""The PostgreSQL backend's health check (lms/postgres/base.py): a kept connection that is open
and idle costs no `SELECT 1` before a request's first query; one the server has ended is
found, closed and replaced before that query, as Django's own check does."""

import select

from django.db import connection, transaction
from django.db.backends.postgresql import base as django_postgresql

import pytest

from tests.services import require

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def postgresql():
    require("PostgreSQL", connection.vendor == "postgresql", "the backend is PostgreSQL's")


@pytest.fixture
def asked(monkeypatch):
    """The times Django's own check (its `SELECT 1`) was asked."""
    calls = []
    parent = django_postgresql.DatabaseWrapper.is_usable

    def counted(self):
        calls.append(self.alias)
        return parent(self)

    monkeypatch.setattr(django_postgresql.DatabaseWrapper, "is_usable", counted)
    return calls


def request_starts():
    """What Django does with a kept connection (CONN_MAX_AGE > 0) for a new request: the
    request's start marks it unchecked, its first query checks it first."""
    connection.health_check_done = False
    connection.close_if_health_check_failed()


def test_the_settings_name_this_backend(postgresql):
    assert connection.settings_dict["ENGINE"] == "lms.postgres"
    assert connection.settings_dict["CONN_HEALTH_CHECKS"] is True


def test_an_open_idle_connection_is_used_without_a_round_trip(postgresql, asked):
    connection.ensure_connection()
    before = connection.connection.info.backend_pid
    request_starts()
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        assert cursor.fetchone()[0] == before  # the same connection, kept
    assert asked == []


def test_a_connection_the_server_ended_is_replaced_before_the_first_query(postgresql, asked):
    connection.ensure_connection()
    ended = connection.connection.info.backend_pid
    other = connection.copy()
    try:
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(%s)", [ended])
    finally:
        other.close()
    # The server's goodbye reaches the socket a moment after it is sent: wait for it (5 s).
    select.select([connection.connection.fileno()], [], [], 5)
    assert connection.is_usable() is False
    assert asked == [connection.alias]  # the socket had something to say: Django's check decided
    request_starts()
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        assert cursor.fetchone()[0] != ended


def test_inside_a_transaction_django_decides(postgresql, asked):
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        assert connection.is_usable() is True
    assert asked == [connection.alias]


def test_a_closed_connection_is_not_usable(postgresql, asked):
    connection.ensure_connection()
    connection.connection.close()
    assert connection.is_usable() is False
    connection.close()
    assert asked == []
