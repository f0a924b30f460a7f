"""Data rights as services: the export, the deletion request, its decision, anonymisation."""

import io
import json
import zipfile
from datetime import timedelta

from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.test import Client
from django.utils import timezone, translation
from django.utils.translation import ngettext

from wagtail import hooks
from wagtail.models import PageSubscription
from wagtail.users.models import UserProfile

import pytest

from lms.privacy.models import (
    Anonymisation,
    DataExport,
    DataExportStatus,
    DeletionRequestStatus,
)
from lms.privacy.providers import PERSONAL_DATA_PROVIDERS, PersonalDataProvider
from lms.privacy.services import (
    WRONG_PASSWORD,
    account_anonymise,
    data_export_request,
    data_exports_expire,
    deletion_request_approve,
    deletion_request_create,
    deletion_request_refuse,
)

pytestmark = pytest.mark.django_db


def _zip(export) -> zipfile.ZipFile:
    export.file.open("rb")
    try:
        return zipfile.ZipFile(io.BytesIO(export.file.read()))
    finally:
        export.file.close()


def test_export_request_builds_zip_and_mails_owner(
    learner, mailoutbox, django_capture_on_commit_callbacks
):
    learner.full_name, learner.preferred_language = "Айгүл Токтосунова", "ru"
    learner.save()
    with django_capture_on_commit_callbacks(execute=True):
        export = data_export_request(user=learner)
    export.refresh_from_db()
    assert export.status == DataExportStatus.READY
    assert export.expires_at - export.finished_at == timedelta(days=7)
    archive = _zip(export)
    names = archive.namelist()
    assert names[0] == "data.json" and "summary.html" in names
    data = json.loads(archive.read("data.json"))
    assert data["person"]["full_name"] == "Айгүл Токтосунова"
    assert data["account"][0]["email"] == learner.email
    assert {"account", "sign_ins", "policy_acceptances", "data_requests", "admin_activity"} <= set(
        data
    )
    summary = archive.read("summary.html").decode()
    assert "Айгүл Токтосунова" in summary and 'lang="ru"' in summary
    assert [m.to for m in mailoutbox] == [[learner.email]]
    assert f"/ru/my/data/exports/{export.pk}/download/" in mailoutbox[0].body


def test_a_second_request_while_one_is_pending_creates_nothing(learner):
    # Without committing, the first export stays queued (the task runs on commit).
    first = data_export_request(user=learner)
    second = data_export_request(user=learner)
    assert first.pk == second.pk
    assert DataExport.objects.filter(user=learner).count() == 1


def test_export_streams_every_providers_records_and_files(
    learner, django_capture_on_commit_callbacks
):
    from lms.private_storage import private_storage

    storage = private_storage()
    stored = storage.save("tests/work.pdf", ContentFile(b"%PDF-1.4 mine"))

    def provider():
        return PersonalDataProvider(
            key="stub_section",
            title="Stub",
            models=(),
            records=lambda user: ({"n": n, "text": "сөз"} for n in range(3)),
            files=lambda user: iter(
                [("work/answer.pdf", storage, stored), ("gone.pdf", storage, "missing.pdf")]
            ),
        )

    with (
        hooks.register_temporarily(PERSONAL_DATA_PROVIDERS, provider),
        django_capture_on_commit_callbacks(execute=True),
    ):
        export = data_export_request(user=learner)
    export.refresh_from_db()
    archive = _zip(export)
    data = json.loads(archive.read("data.json"))
    assert data["stub_section"] == [
        {"n": 0, "text": "сөз"},
        {"n": 1, "text": "сөз"},
        {"n": 2, "text": "сөз"},
    ]
    assert archive.read("files/stub_section/work/answer.pdf") == b"%PDF-1.4 mine"
    with translation.override(learner.preferred_language):  # the summary is in their language
        missing = ngettext(
            "%(n)s file could not be found in storage and is missing.",
            "%(n)s files could not be found in storage and are missing.",
            1,
        ) % {"n": 1}
    assert missing in archive.read("summary.html").decode()


def test_expired_exports_lose_their_files(learner, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        export = data_export_request(user=learner)
    export.refresh_from_db()
    name = export.file.name
    assert data_exports_expire(timezone.now()) == 0
    assert data_exports_expire(timezone.now() + timedelta(days=8)) == 1
    export.refresh_from_db()
    assert export.status == DataExportStatus.EXPIRED and not export.file
    assert not export.file.storage.exists(name)
    assert data_exports_expire(timezone.now() + timedelta(days=9)) == 0  # idempotent


def test_deletion_request_needs_the_password_and_is_one_at_a_time(learner, password):
    with pytest.raises(ValidationError) as error:
        deletion_request_create(user=learner, password="wrong")
    assert error.value.messages == [str(WRONG_PASSWORD)]
    first = deletion_request_create(user=learner, password=password, reason="Мен кеттим")
    second = deletion_request_create(user=learner, password=password)
    assert first.pk == second.pk and first.reason == "Мен кеттим"


def test_approval_anonymises_and_the_person_cannot_sign_in(
    learner, make_user, password, mailoutbox, django_capture_on_commit_callbacks
):
    manager = make_user(role="Manager")
    old_email, name = learner.email, learner.full_name
    client = Client()
    client.force_login(learner)
    assert Session.objects.count() == 1
    request = deletion_request_create(user=learner, password=password, reason="Кеттим")
    with django_capture_on_commit_callbacks(execute=True):
        deletion_request_approve(request_id=request.pk, actor=manager, note="Done")
    learner.refresh_from_db()
    assert learner.email == f"deleted-{learner.pk}@invalid"
    assert learner.full_name == "" and not learner.is_active
    assert not learner.has_usable_password() and not learner.groups.exists()
    assert Session.objects.count() == 0
    response = Client().post("/en/accounts/login/", {"username": old_email, "password": password})
    assert "The e-mail address or the password is wrong" in response.content.decode()
    request.refresh_from_db()
    assert request.status == DeletionRequestStatus.APPROVED
    assert request.decided_by == manager and request.decided_at is not None
    assert request.reason == ""  # the person's own words go with the account
    anonymisation = Anonymisation.objects.get(user=learner)
    assert anonymisation.actor == manager
    assert [m.to for m in mailoutbox] == [[old_email]]
    assert name in mailoutbox[0].body  # greeted by the name they had


def test_refusal_tells_the_person_why(
    learner, make_user, password, mailoutbox, django_capture_on_commit_callbacks
):
    manager = make_user(role="Manager")
    request = deletion_request_create(user=learner, password=password)
    with pytest.raises(ValidationError):
        deletion_request_refuse(request_id=request.pk, actor=manager, reason=" ")
    with django_capture_on_commit_callbacks(execute=True):
        deletion_request_refuse(request_id=request.pk, actor=manager, reason="Open application")
    request.refresh_from_db()
    assert request.status == DeletionRequestStatus.REFUSED
    assert learner.is_active and learner.email in mailoutbox[0].to
    assert "Open application" in mailoutbox[0].body
    with pytest.raises(ValidationError):  # decided once
        deletion_request_approve(request_id=request.pk, actor=manager)


def test_a_blocking_provider_stops_the_approval(learner, make_user, password):
    manager = make_user(role="Manager")
    request = deletion_request_create(user=learner, password=password)

    def provider():
        return PersonalDataProvider(
            key="stub", title="Stub", models=(), blocks=lambda u: "An open application"
        )

    with (
        hooks.register_temporarily(PERSONAL_DATA_PROVIDERS, provider),
        pytest.raises(ValidationError) as error,
    ):
        deletion_request_approve(request_id=request.pk, actor=manager)
    assert "An open application" in error.value.messages[0]
    learner.refresh_from_db()
    assert learner.is_active


def test_anonymise_erases_wagtail_traces_and_runs_once(make_user):
    trainer = make_user(role="Trainer")
    from wagtail.models import Page

    root = Page.objects.get(depth=1)
    PageSubscription.objects.create(user=trainer, page=root, comment_notifications=True)
    Page.objects.filter(pk=root.pk).update(locked=True, locked_by=trainer, locked_at=timezone.now())
    UserProfile.get_for_user(trainer)
    account_anonymise(trainer, reason="inactive")
    assert not PageSubscription.objects.filter(user=trainer).exists()
    assert not Page.objects.get(pk=root.pk).locked
    when = Anonymisation.objects.get(user=trainer).anonymised_at
    account_anonymise(trainer, reason="again")
    assert Anonymisation.objects.get(user=trainer).anonymised_at == when
