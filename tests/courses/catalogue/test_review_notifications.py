"""Review steps as notifications (kind "review"): the reviewers hear of a submission, the
submitter of the decision; once each, in their language, with the admin's edit link.
Wagtail's moderation mail stays their only e-mail."""

from django.db import transaction
from django.urls import reverse
from django.utils import translation

from wagtail.models import WorkflowState

import pytest

from courses.catalogue.services import course_trainers_sync
from lms.notifications.models import Notification, NotificationPreference
from tests.factories.courses import CoursePageFactory

pytestmark = pytest.mark.django_db


def _submit(page, user):
    """What "Submit for review" does: a revision, then the catalogue's review workflow."""
    page.save_revision(user=user)
    return page.get_workflow().start(page, user)


def _decide(client, reviewer, course, action, comment=""):
    state = WorkflowState.objects.get(object_id=str(course.pk), status="in_progress")
    client.force_login(reviewer)
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[course.pk, action, state.current_task_state.pk],
    )
    assert client.post(url, {"comment": comment}).status_code == 302


def test_a_submission_tells_each_reviewer_once_in_their_language(
    catalogue, make_user, mailoutbox, client
):
    trainer = make_user(role="Trainer", full_name="Айгүл Осмонова")
    russian = make_user(role="Reviewer", preferred_language="ru")
    english = make_user(role="Reviewer", preferred_language="en")
    learner = make_user(role="Learner")
    course = CoursePageFactory(parent=catalogue, title="Көчө жарыгы", live=False)
    _submit(course, trainer)
    told = {n.recipient: n for n in Notification.objects.filter(kind="review")}
    assert set(told) == {russian, english}  # not the trainer, not a learner
    edit = reverse("wagtailadmin_pages:edit", args=[course.pk])
    assert {n.url for n in told.values()} == {edit}
    assert told[english].title == "“Көчө жарыгы” waits for your review"
    assert "Айгүл Осмонова" in told[english].body
    with translation.override("ru"):
        expected = translation.gettext("“%(title)s” waits for your review")
    assert told[russian].title == expected % {"title": "Көчө жарыгы"}
    # Wagtail's moderation mail is the e-mail: one per reviewer, none from the notification.
    assert {n.mail_state for n in told.values()} == {"none"}
    assert sorted(m.to[0] for m in mailoutbox) == sorted([russian.email, english.email])
    assert not Notification.objects.filter(recipient=learner).exists()
    client.force_login(english)
    assert client.get(edit).status_code == 200


def test_changes_requested_and_approval_tell_the_submitter(catalogue, make_user, client):
    trainer = make_user(role="Trainer", preferred_language="en")
    reviewer = make_user(role="Reviewer", preferred_language="en")
    course = CoursePageFactory(parent=catalogue, title="Көчө жарыгы", live=False)
    _submit(course, trainer)
    Notification.objects.all().delete()
    _decide(client, reviewer, course, "reject", comment="Add the sources.")
    told = Notification.objects.get()
    assert (told.recipient, told.kind) == (trainer, "review")
    assert told.title == "Changes requested: “Көчө жарыгы”"
    assert "Add the sources." in told.body
    assert told.url == reverse("wagtailadmin_pages:edit", args=[course.pk])
    other = CoursePageFactory(parent=catalogue, title="Көчө жарыгы", live=False)
    other.trainers = [trainer]
    other.save()
    course_trainers_sync(course=other)
    _submit(other, trainer)
    Notification.objects.all().delete()
    _decide(client, reviewer, other, "approve")
    told = Notification.objects.get()
    assert (told.recipient, told.title) == (trainer, "Approved: “Көчө жарыгы”")
    client.force_login(trainer)
    assert client.get(told.url).status_code == 200


def test_a_reviewer_who_turned_review_mail_off_gets_no_mail_but_the_notification(
    catalogue, make_user, mailoutbox
):
    quiet = make_user(role="Reviewer")
    loud = make_user(role="Reviewer")
    NotificationPreference.objects.create(user=quiet, kind="review", delivery="never")
    _submit(CoursePageFactory(parent=catalogue, live=False), make_user(role="Trainer"))
    assert Notification.objects.filter(recipient=quiet).count() == 1
    assert [m.to for m in mailoutbox] == [[loud.email]]


def test_a_rolled_back_submission_tells_no_one(catalogue, make_user):
    make_user(role="Reviewer")
    course = CoursePageFactory(parent=catalogue, live=False)
    with pytest.raises(RuntimeError), transaction.atomic():
        _submit(course, make_user(role="Trainer"))
        raise RuntimeError("the request fails after the submission")
    assert not Notification.objects.exists()


def test_wagtails_mail_is_the_only_mail(
    catalogue, make_user, mailoutbox, django_capture_on_commit_callbacks
):
    reviewer = make_user(role="Reviewer")
    with django_capture_on_commit_callbacks(execute=True):
        _submit(CoursePageFactory(parent=catalogue, live=False), make_user(role="Trainer"))
    assert [message.to for message in mailoutbox] == [[reviewer.email]]
