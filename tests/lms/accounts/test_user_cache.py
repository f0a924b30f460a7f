"""The signed-in user's row comes from a kept copy (lms.accounts.user_cache), checked as Django
checks it: a changed password, a closed account or a changed name shows on the next request."""

from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from lms.accounts.services import user_email_confirm

pytestmark = pytest.mark.django_db

PAGE = "/en/my/"


def _user_queries(client, path=PAGE) -> tuple[int, object]:
    table = get_user_model()._meta.db_table
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    reads = [q for q in queries.captured_queries if f'FROM "{table}"' in q["sql"]]
    return len(reads), response


def test_the_second_request_reads_the_user_from_the_kept_copy(client, learner):
    client.force_login(learner)
    first, response = _user_queries(client)
    assert response.status_code == 200 and first == 1
    second, response = _user_queries(client)
    assert response.status_code == 200 and second == 0
    assert response.wsgi_request.user.pk == learner.pk


def test_a_new_name_shows_on_the_next_request(client, learner):
    client.force_login(learner)
    client.get(PAGE)
    learner.full_name = "Renamed Person"
    learner.save()
    assert "Renamed" in client.get(PAGE).content.decode()


def test_a_changed_password_signs_the_other_sessions_out(client, learner):
    client.force_login(learner)
    assert client.get(PAGE).status_code == 200  # the row is kept now
    learner.set_password("another-long-password-2026")
    learner.save()
    response = client.get(PAGE)
    assert response.status_code == 302 and "/accounts/" in response["Location"]


def test_a_closed_account_is_signed_out_on_the_next_request(client, learner):
    client.force_login(learner)
    assert client.get(PAGE).status_code == 200
    learner.is_active = False
    learner.save()
    assert client.get(PAGE).status_code == 302


def test_a_kept_row_that_no_longer_matches_the_session_is_not_used(client, learner, make_user):
    """A session whose hash does not match the kept row goes to Django, which signs it out."""
    client.force_login(learner)
    client.get(PAGE)
    # The password changes without a save signal reaching the cache (a raw update).
    get_user_model().objects.filter(pk=learner.pk).update(password="pbkdf2_sha256$1$x$y")
    from django.core.cache import cache

    cache.delete(f"auth-user:{learner.pk}")
    assert client.get(PAGE).status_code == 302


def test_an_update_without_save_drops_the_kept_row(client, make_user):
    user = make_user(role="Learner", email_confirmed_at=None)
    client.force_login(user)
    client.get(PAGE)
    assert user_email_confirm(user=user)
    reads, _response = _user_queries(client)
    assert reads == 1  # read afresh: the confirmation is seen


def test_two_users_never_see_each_other(client, make_user):
    first = make_user(role="Learner", full_name="Aigul First")
    second = make_user(role="Learner", full_name="Bolot Second")
    other = client.__class__()
    client.force_login(first)
    other.force_login(second)
    for _round in range(2):
        mine, theirs = client.get(PAGE).content.decode(), other.get(PAGE).content.decode()
        assert "Aigul" in mine and "Bolot" not in mine
        assert "Bolot" in theirs and "Aigul" not in theirs
