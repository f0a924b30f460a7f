"""Personal access tokens: the profile's page (create, shown once, revoke) and what a token
may do (expired, revoked, read-only)."""

import datetime as dt
import hashlib

from django.urls import reverse
from django.utils import timezone

import pytest
import time_machine

from lms.api.models import ApiToken, TokenScope
from lms.api.services import api_token_create

pytestmark = pytest.mark.django_db


def test_the_page_is_for_signed_in_people_only(client, home_page):
    response = client.get(reverse("api:tokens"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_creating_a_token_shows_its_secret_once_and_stores_only_its_hash(client, learner):
    client.force_login(learner)
    with_language = "/en/accounts/api-tokens/"
    response = client.post(with_language, {"name": "Registry", "scope": "write", "expires": "30"})
    assert response.status_code == 200
    token = ApiToken.objects.get(user=learner)
    secret = response.context["secret"]
    assert secret.startswith("mla_") and secret.encode() in response.content
    assert b"Copy the token now" in response.content
    assert token.hash == hashlib.sha256(secret.encode()).hexdigest()
    assert secret not in str(ApiToken.objects.filter(pk=token.pk).values().get())
    assert token.scope == TokenScope.WRITE
    assert dt.timedelta(days=29) < token.expires_at - timezone.now() <= dt.timedelta(days=30)
    assert response["Cache-Control"].startswith("max-age=0")
    again = client.get(with_language)
    assert secret.encode() not in again.content and token.prefix.encode() in again.content


def test_a_person_revokes_their_token_and_not_someone_elses(client, learner, make_user):
    token, secret = api_token_create(user=learner, name="Old")
    other = make_user(role="Learner")
    client.force_login(other)
    assert client.post(reverse("api:token_revoke", args=[token.pk])).status_code == 404
    client.force_login(learner)
    response = client.post(reverse("api:token_revoke", args=[token.pk]))
    assert response.status_code == 302
    token.refresh_from_db()
    assert token.revoked_at is not None
    answer = client.get("/api/v1/me/", headers={"Authorization": f"Bearer {secret}"})
    assert answer.status_code == 401


def test_the_profile_links_to_the_token_page(client, learner):
    client.force_login(learner)
    assert reverse("api:tokens").encode() in client.get(reverse("accounts:profile")).content


def test_unknown_expired_and_revoked_tokens_are_refused_with_a_problem(client, learner):
    _token, secret = api_token_create(
        user=learner, name="Soon", expires_at=timezone.now() + dt.timedelta(days=1)
    )
    ok = client.get("/api/v1/me/", headers={"Authorization": f"Bearer {secret}"})
    assert ok.status_code == 200 and ok.json()["email"] == learner.email
    with time_machine.travel(timezone.now() + dt.timedelta(days=2), tick=False):
        expired = client.get("/api/v1/me/", headers={"Authorization": f"Bearer {secret}"})
    assert expired.status_code == 401
    assert expired["Content-Type"] == "application/problem+json"
    assert expired.json()["detail"] == "The token is unknown, revoked or expired."
    unknown = client.get("/api/v1/me/", headers={"Authorization": "Bearer mla_nothing"})
    assert unknown.status_code == 401
    learner.is_active = False
    learner.save()
    assert (
        client.get("/api/v1/me/", headers={"Authorization": f"Bearer {secret}"}).status_code == 401
    )


def test_a_read_token_may_read_but_not_write(api_client, learner):
    api = api_client(learner, scope="read")
    assert api.get("/api/v1/me/notifications/").status_code == 200
    response = api.post("/api/v1/me/notifications/read/")
    assert response.status_code == 403
    assert "may only read" in response.json()["detail"]
    assert api_client(learner, scope="write").post("/api/v1/me/notifications/read/").json() == {
        "marked": 0
    }


def test_use_is_noted_at_most_every_five_minutes(api_client, learner):
    api = api_client(learner)
    api.get("/api/v1/me/")
    token = ApiToken.objects.get(user=learner)
    first = token.last_used_at
    assert first is not None
    api.get("/api/v1/me/")
    token.refresh_from_db()
    assert token.last_used_at == first


def test_an_expiry_in_the_past_is_refused(learner):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        api_token_create(user=learner, name="x", expires_at=timezone.now() - dt.timedelta(1))


def test_revoking_is_a_post(client, learner):
    token, _secret = api_token_create(user=learner, name="Old")
    client.force_login(learner)
    assert client.get(reverse("api:token_revoke", args=[token.pk])).status_code == 405
    token.refresh_from_db()
    assert token.revoked_at is None
