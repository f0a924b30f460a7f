"""Data-request screens: who may open what, both ways."""

from datetime import timedelta

from django.core.files.base import ContentFile
from django.urls import reverse as _reverse
from django.utils import timezone, translation

import pytest

from lms.privacy.models import DataExport, DataExportStatus, DeletionRequest, DeletionRequestStatus

pytestmark = pytest.mark.django_db


def reverse(name, args=None) -> str:
    """The English page's address: the assertions read English text."""
    with translation.override("en"):
        return _reverse(name, args=args)


def _ready_export(user, **changes) -> DataExport:
    now = timezone.now()
    fields = {
        "status": DataExportStatus.READY,
        "finished_at": now,
        "expires_at": now + timedelta(days=7),
        "file": ContentFile(b"PK\x05\x06" + b"\x00" * 18, name="my-data.zip"),
        **changes,
    }
    return DataExport.objects.create(user=user, **fields)


def test_profile_shows_the_export_state(client, learner):
    client.force_login(learner)
    page = client.get("/en/accounts/profile/").content.decode()
    assert "Ask for a copy of your data" in page and "data-export-state" not in page
    export = _ready_export(learner)
    page = client.get("/en/accounts/profile/").content.decode()
    assert 'data-export-state="ready"' in page
    assert f"/en/my/data/exports/{export.pk}/download/" in page
    DataExport.objects.filter(pk=export.pk).update(expires_at=timezone.now() - timedelta(days=1))
    assert 'data-export-state="expired"' in client.get("/en/accounts/profile/").content.decode()
    DataExport.objects.create(user=learner)
    assert 'data-export-state="pending"' in client.get("/en/accounts/profile/").content.decode()


def test_asking_twice_makes_one_export(client, learner):
    client.force_login(learner)
    url = reverse("privacy:export_request")
    # The task runs on commit, which never comes inside the test's transaction: both stay queued.
    assert client.post(url).status_code == 302
    assert client.post(url).status_code == 302
    assert DataExport.objects.filter(user=learner).count() == 1
    assert client.get(url).status_code == 405


def test_only_the_owner_downloads(client, learner, make_user):
    export = _ready_export(learner)
    url = reverse("privacy:export_download", args=[export.pk])
    assert client.get(url).status_code == 302  # to sign in
    for role in ("Learner", "Trainer", "Manager"):
        client.force_login(make_user(role=role))
        assert client.get(url).status_code == 404, role
    client.force_login(make_user(is_superuser=True))
    assert client.get(url).status_code == 404
    client.force_login(learner)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Cache-Control"] == "private, no-store"


def test_an_expired_link_says_so(client, learner):
    export = _ready_export(learner, expires_at=timezone.now() - timedelta(minutes=1))
    client.force_login(learner)
    response = client.get(reverse("privacy:export_download", args=[export.pk]))
    assert response.status_code == 410
    assert "This download link has expired" in response.content.decode()


def test_deletion_request_form(client, learner, password):
    client.force_login(learner)
    url = reverse("privacy:deletion_request")
    assert client.get(url).status_code == 200
    wrong = client.post(url, {"password": "nope", "reason": ""})
    assert wrong.status_code == 200 and "The password is not right." in wrong.content.decode()
    assert not DeletionRequest.objects.exists()
    assert client.post(url, {"password": password, "reason": "Кеттим"}).status_code == 302
    assert DeletionRequest.objects.get(user=learner).status == DeletionRequestStatus.PENDING
    assert 'data-deletion-state="pending"' in client.get("/en/accounts/profile/").content.decode()


def test_requests_list_is_for_managers_only(client, make_user, django_assert_num_queries):
    for n in range(3):
        DeletionRequest.objects.create(user=make_user(), reason=f"r{n}")
    url = reverse("privacy:requests")
    for role in ("Learner", "Trainer", "Reviewer"):
        client.force_login(make_user(role=role))
        assert client.get(url).status_code == 404, role
    client.force_login(make_user(role="Manager"))
    client.get(url)  # warm the kept permissions
    # session, user, the list with its people in one join (the groups are a kept copy).
    with django_assert_num_queries(2):
        response = client.get(url)
    assert response.status_code == 200
    assert response.content.decode().count("/my/data/requests/") >= 3


def test_manager_approves_and_refuses(client, make_user, password):
    person, other = make_user(), make_user()
    approve = DeletionRequest.objects.create(user=person)
    refuse = DeletionRequest.objects.create(user=other)
    learner = make_user(role="Learner")
    client.force_login(learner)
    url = reverse("privacy:request_decide", args=[approve.pk])
    assert client.post(url, {"decision": "approve"}).status_code == 404
    person.refresh_from_db()
    assert person.is_active
    client.force_login(make_user(role="Manager"))
    page = client.get(url).content.decode()
    assert "What deletion will do" in page and "Account and profile" in page
    assert client.post(url, {"decision": "approve", "reason": ""}).status_code == 302
    person.refresh_from_db()
    assert not person.is_active and person.email.endswith("@invalid")
    refused = client.post(
        reverse("privacy:request_decide", args=[refuse.pk]), {"decision": "refuse", "reason": ""}
    )
    assert (
        refused.status_code == 200 and "Say why the request is refused" in refused.content.decode()
    )
    client.post(
        reverse("privacy:request_decide", args=[refuse.pk]),
        {"decision": "refuse", "reason": "Open application"},
    )
    refuse.refresh_from_db()
    assert refuse.status == DeletionRequestStatus.REFUSED
