"""Wagtail's review e-mails reach each person in the language they chose on their profile."""

from django.urls import reverse
from django.utils import translation

from wagtail.models import Task, Workflow, WorkflowState

import pytest

from courses.catalogue.workflow_names import original_name
from tests.factories.courses import CoursePageFactory

pytestmark = pytest.mark.django_db

ENGLISH = ("has been submitted", "moderation stage", "You can preview", "Hello", "approved")


def _submit(page, user):
    """What "Submit for review" does: a revision, then the catalogue's review workflow."""
    page.save_revision(user=user)
    return page.get_workflow().start(page, user)


def _mail_to(mailoutbox, address):
    found = [message for message in mailoutbox if message.to == [address]]
    assert len(found) == 1, [message.to for message in mailoutbox]
    return found[0]


def test_a_review_request_reaches_each_reviewer_in_their_language(catalogue, make_user, mailoutbox):
    trainer = make_user(role="Trainer", preferred_language="ky")
    make_user(role="Reviewer", preferred_language="ru", email="ru@example.org")
    make_user(role="Reviewer", preferred_language="ky", email="ky@example.org")
    make_user(role="Reviewer", preferred_language="en", email="en@example.org")
    course = CoursePageFactory(parent=catalogue, title="Көчө жарыгы", live=False)
    with translation.override("en"):  # whatever language the submitting request spoke
        _submit(course, trainer)

    russian = _mail_to(mailoutbox, "ru@example.org")
    assert russian.from_email == "noreply@localhost"  # no sender's name in one language
    text = russian.subject + russian.body
    assert "Страница" in russian.subject and "Көчө жарыгы" in russian.subject
    assert "Вы можете предварительно просмотреть страницу здесь:" in russian.body
    assert [word for word in ENGLISH if word in text] == []
    # The task's name, stored in English by the migration, is quoted in Russian.
    assert "Reviewer approval" not in text

    kyrgyz = _mail_to(mailoutbox, "ky@example.org")
    text = kyrgyz.subject + kyrgyz.body
    assert "барагы" in kyrgyz.subject and "бекитүүгө жөнөтүлдү" in kyrgyz.subject
    assert "Баракты бул жерден алдын ала көрө аласыз:" in kyrgyz.body
    assert [word for word in ENGLISH if word in text] == []
    assert "Reviewer approval" not in text

    english = _mail_to(mailoutbox, "en@example.org")
    assert 'has been submitted for approval in moderation stage "Reviewer approval"' in (
        english.subject
    )


def test_the_approval_reaches_the_trainer_in_their_language(
    client, catalogue, make_user, mailoutbox
):
    trainer = make_user(role="Trainer", preferred_language="ru", email="trainer@example.org")
    reviewer = make_user(role="Reviewer", preferred_language="en")
    course = CoursePageFactory(parent=catalogue, title="Көчө жарыгы", live=False)
    _submit(course, trainer)
    mailoutbox.clear()
    state = WorkflowState.objects.get(object_id=str(course.pk), status="in_progress")
    client.force_login(reviewer)  # the reviewer's admin speaks English
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[course.pk, "approve", state.current_task_state.pk],
    )
    assert client.post(url, {"comment": ""}).status_code == 302
    message = _mail_to(mailoutbox, "trainer@example.org")
    assert "утверждена" in message.subject + message.body
    assert "has been approved" not in message.subject + message.body


def test_the_review_names_are_quoted_in_each_recipients_language(
    catalogue, make_user, mailoutbox, monkeypatch
):
    """However the catalogues translate them: a stand-in catalogue marks each language."""
    from courses.catalogue import workflow_names

    def marked(text):
        return f"{text} [{translation.get_language()}]"

    monkeypatch.setattr(workflow_names.translation, "gettext", marked)
    trainer = make_user(role="Trainer")
    for code in ("ky", "ru"):
        make_user(role="Reviewer", preferred_language=code, email=f"{code}@example.org")
    _submit(CoursePageFactory(parent=catalogue, live=False), trainer)
    for code in ("ky", "ru"):
        assert f'"Reviewer approval [{code}]"' in _mail_to(mailoutbox, f"{code}@example.org").body


def test_the_review_names_are_stored_in_english_and_shown_in_each_language(catalogue):
    workflow = Workflow.objects.get(name="Course review")
    task = Task.objects.get(name="Reviewer approval").specific
    for code in ("ky", "ru", "en"):
        with translation.override(code):
            assert str(workflow.name) == translation.gettext("Course review")
            assert f"{task.name}" == translation.gettext("Reviewer approval")
    # Saved from the admin's Russian form, a shown translation goes back as the original.
    with translation.override("ru"):
        workflow.name = str(workflow.name)
    workflow.save()
    assert Workflow.objects.filter(name="Course review").exists()
    assert original_name("Something else") == "Something else"


def test_the_admin_password_reset_mail_is_in_the_account_holders_language(
    client, make_user, mailoutbox, django_capture_on_commit_callbacks
):
    make_user(email="manager@example.org", role="Manager", preferred_language="ky")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_password_reset"),
            {"email": "manager@example.org"},
            HTTP_ACCEPT_LANGUAGE="en",
        )
    assert response.status_code == 302
    message = _mail_to(mailoutbox, "manager@example.org")
    assert message.subject == "Сырсөздү калыбына келтирүү"
    assert "/admin/password_reset/confirm/" in message.body
    assert message.from_email.startswith("Муниципалдык академия <")
