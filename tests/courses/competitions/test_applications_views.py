"""The applicant's screens: starting (one application per applicant, choosing a cluster),
the draft form (save without required fields, files checked, errors keep what was typed),
submit and double submit, read-only after submit or the deadline, withdraw, the jury's
questions, private files, and everyone else refused."""

from datetime import timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

import pytest
import time_machine

from courses.competitions import services_apply
from courses.competitions.forms_apply import field_name
from courses.competitions.models import (
    ApplicantKind,
    Application,
    ApplicationStatus,
    FieldKind,
    JuryQuestion,
)
from lms.notifications.models import Notification
from tests.courses.competitions.apply_support import (
    PDF,
    cluster_of,
    docx_bytes,
    field,
    make_call,
    municipality,
    staff,
)
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def _url(name, *args):
    with translation.override("en"):
        return reverse(f"competitions:{name}", args=args)


@pytest.fixture
def setting():
    home = municipality()
    call = make_call()
    user = staff(home, preferred_language="en")
    return home, call, user


def _post_form(client, application, call, *, action="save", **overrides):
    data = {
        "action": action,
        field_name(field(call, FieldKind.LONG_TEXT)): "Our plan",
        field_name(field(call, FieldKind.NUMBER)): "1200",
        field_name(field(call, FieldKind.TEXT)): "",
        field_name(field(call, FieldKind.FILE)): SimpleUploadedFile(
            "letter.pdf", PDF, "application/pdf"
        ),
    }
    data.update(overrides)
    return client.post(_url("application", application.pk), data)


def test_start_then_second_start_opens_the_same(client, setting):
    home, call, user = setting
    client.force_login(user)
    assert client.get(_url("apply", call.slug)).status_code == 200
    response = client.post(_url("apply", call.slug), {"applicant": f"municipality-{home.pk}"})
    application = Application.objects.get()
    assert response.url == _url("application", application.pk)
    colleague = staff(home)
    client.force_login(colleague)
    # A GET with one applicant goes straight to the existing application.
    assert client.get(_url("apply", call.slug)).url == _url("application", application.pk)
    client.post(_url("apply", call.slug), {"applicant": f"municipality-{home.pk}"})
    assert Application.objects.count() == 1


def test_cluster_applicant_is_chosen(client):
    home = municipality()
    first, second = cluster_of(home, code="a"), cluster_of(home, code="b")
    call = make_call(kind=ApplicantKind.CLUSTER)
    client.force_login(staff(home))
    html = client.get(_url("apply", call.slug)).content.decode()
    assert f"cluster-{first.pk}" in html and f"cluster-{second.pk}" in html
    client.post(_url("apply", call.slug), {"applicant": f"cluster-{second.pk}"})
    assert Application.objects.get().cluster == second
    # A cluster the person does not belong to is not a choice.
    stranger = cluster_of(municipality(), code="c")
    response = client.post(_url("apply", call.slug), {"applicant": f"cluster-{stranger.pk}"})
    assert response.status_code == 200
    assert not Application.objects.filter(cluster=stranger).exists()


def test_apply_refused_to_visitors_and_ineligible(client, setting):
    _home, call, _user = setting
    response = client.get(_url("apply", call.slug))
    assert response.status_code == 302 and "login" in response.url
    client.force_login(staff(municipality()))
    call.eligible_districts.set([setting[0].district])
    # Not eligible: back to the call's page, which says why; nothing is started.
    assert client.get(_url("apply", call.slug)).url == _url("call", call.slug)
    client.force_login(UserFactory(role="Learner"))
    response = client.post(_url("apply", call.slug), {"applicant": "x"}, follow=True)
    assert "names no municipality" in response.content.decode()
    assert not Application.objects.exists()


def test_draft_save_and_submit_through_the_form(
    client, setting, django_capture_on_commit_callbacks
):
    home, call, user = setting
    application = services_apply.application_start(user=user, call=call, applicant=home)
    client.force_login(user)
    page = client.get(_url("application", application.pk)).content.decode()
    assert 'id="application-form"' in page and 'id="application-missing"' in page
    # A draft saves with required fields empty.
    response = client.post(
        _url("application", application.pk),
        {"action": "save", field_name(field(call, FieldKind.LONG_TEXT)): "Draft"},
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == ApplicationStatus.DRAFT
    # Submitting with everything filled.
    response = _post_form(client, application, call, action="submit")
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == ApplicationStatus.SUBMITTED
    assert application.submitted_by == user
    # Double submit: nothing changes, nobody is told twice.
    notified = Notification.objects.count()
    response = _post_form(client, application, call, action="submit")
    assert response.status_code == 302
    assert Notification.objects.count() == notified
    page = client.get(_url("application", application.pk)).content.decode()
    assert 'id="application-readonly"' in page
    assert 'id="application-form"' not in page


def test_submit_with_missing_required_stays_draft(client, setting):
    home, call, user = setting
    application = services_apply.application_start(user=user, call=call, applicant=home)
    client.force_login(user)
    response = client.post(
        _url("application", application.pk),
        {"action": "submit", field_name(field(call, FieldKind.LONG_TEXT)): "Only the plan"},
        follow=True,
    )
    assert "is required before you submit" in response.content.decode()
    application.refresh_from_db()
    assert application.status == ApplicationStatus.DRAFT
    assert application.answers.get().text == "Only the plan"  # the draft part was kept


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("virus.exe", b"MZ....", "not an accepted file"),
        ("fake.pdf", b"hello", "not really a PDF"),
        ("fake.docx", b"PK\x03\x04broken", "not really a DOCX"),
    ],
)
def test_bad_files_refused_and_typed_text_kept(client, setting, name, content, error):
    home, call, user = setting
    application = services_apply.application_start(user=user, call=call, applicant=home)
    client.force_login(user)
    response = _post_form(
        client,
        application,
        call,
        **{
            field_name(field(call, FieldKind.FILE)): SimpleUploadedFile(name, content),
            field_name(field(call, FieldKind.LONG_TEXT)): "Typed with care",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert error in html
    assert "Typed with care" in html
    assert not application.answers.exists()


def test_file_size_limit_from_settings(client, setting, settings):
    settings.COMPETITION_FILE_MAX_BYTES = 1024
    home, call, user = setting
    application = services_apply.application_start(user=user, call=call, applicant=home)
    client.force_login(user)
    big = SimpleUploadedFile("big.pdf", PDF + b"0" * 2048, "application/pdf")
    response = _post_form(
        client, application, call, **{field_name(field(call, FieldKind.FILE)): big}
    )
    assert response.status_code == 200
    assert "larger than" in response.content.decode()


def test_docx_accepted_and_replaced(client, setting):
    home, call, user = setting
    application = services_apply.application_start(user=user, call=call, applicant=home)
    client.force_login(user)
    _post_form(client, application, call)
    docx = SimpleUploadedFile("plan.docx", docx_bytes())
    _post_form(client, application, call, **{field_name(field(call, FieldKind.FILE)): docx})
    answer = application.answers.get(field=field(call, FieldKind.FILE))
    assert answer.file_name == "plan.docx"


def test_after_deadline_read_only_with_message(client, setting):
    home, call, user = setting
    application = services_apply.application_start(user=user, call=call, applicant=home)
    client.force_login(user)
    with time_machine.travel(call.deadline_at + timedelta(minutes=1), tick=False):
        page = client.get(_url("application", application.pk)).content.decode()
        assert 'id="application-closed"' in page
        assert 'id="application-form"' not in page
        response = _post_form(client, application, call, action="submit")
        assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == ApplicationStatus.DRAFT
    assert not application.answers.exists()


def test_withdraw_before_deadline(client, setting):
    home, call, user = setting
    application = services_apply.application_start(user=user, call=call, applicant=home)
    client.force_login(user)
    _post_form(client, application, call, action="submit")
    assert (
        'id="application-withdraw"'
        in client.get(_url("application", application.pk)).content.decode()
    )
    client.post(_url("withdraw", application.pk))
    application.refresh_from_db()
    assert application.status == ApplicationStatus.WITHDRAWN


def test_who_sees_the_application_and_its_files(client, setting):
    home, call, user = setting
    application = services_apply.application_start(user=user, call=call, applicant=home)
    client.force_login(user)
    _post_form(client, application, call, action="submit")
    answer = application.answers.get(field=field(call, FieldKind.FILE))
    page_url = _url("application", application.pk)
    file_url = _url("answer_file", application.pk, answer.pk)
    response = client.get(file_url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    # A colleague of the same municipality: yes. A manager: yes (read-only).
    client.force_login(staff(home))
    assert client.get(file_url).status_code == 200
    client.force_login(UserFactory(role="Manager"))
    assert client.get(page_url).status_code == 200
    assert client.get(file_url).status_code == 200
    # Staff of another municipality, a trainer, a juror not on this call: no.
    for outsider in (staff(municipality()), UserFactory(role="Trainer"), UserFactory()):
        client.force_login(outsider)
        assert client.get(page_url).status_code == 404
        assert client.get(file_url).status_code == 404
        assert client.post(_url("withdraw", application.pk)).status_code == 404
    # Another application's answer id under this application: 404.
    client.force_login(user)
    assert client.get(_url("answer_file", application.pk, answer.pk + 999)).status_code == 404
    client.logout()
    assert client.get(file_url).status_code == 302
    assert client.get(page_url).status_code == 302


def test_manager_cannot_post_to_the_form(client, setting):
    home, call, user = setting
    application = services_apply.application_start(user=user, call=call, applicant=home)
    client.force_login(UserFactory(role="Manager"))
    assert _post_form(client, application, call).status_code == 403
    assert not application.answers.exists()


def test_answering_a_jury_question(client, setting):
    home, call, user = setting
    application = services_apply.application_start(user=user, call=call, applicant=home)
    juror = UserFactory()
    question = JuryQuestion.objects.create(
        application=application, asked_by=juror, question="Who pays?"
    )
    url = _url("question_answer", application.pk, question.pk)
    client.force_login(staff(municipality()))
    assert client.post(url, {"answer": "Not me"}).status_code == 404
    client.force_login(user)
    page = client.get(_url("application", application.pk)).content.decode()
    assert f'data-question="{question.pk}"' in page
    assert client.post(url, {"answer": "The residents"}).status_code == 302
    question.refresh_from_db()
    assert question.answer == "The residents"
    assert Notification.objects.filter(recipient=juror, kind="competition").exists()


def test_my_applications_page(client, setting, django_assert_num_queries):
    home, call, user = setting
    services_apply.application_start(user=user, call=call, applicant=home)
    other = make_call(slug="second")
    services_apply.application_start(user=user, call=other, applicant=home)
    client.force_login(user)
    client.get(_url("mine"))  # warm the policies and notification count
    with django_assert_num_queries(2):
        response = client.get(_url("mine"))
    assert response.content.decode().count("data-application=") == 2
    client.logout()
    assert client.get(_url("mine")).status_code == 302
