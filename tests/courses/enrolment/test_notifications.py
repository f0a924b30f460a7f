"""Enrolment events become notifications: requests reach the course's trainers, decisions and
staff enrolments the learner, each once, in their language, with a link that opens."""

from unittest import mock

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import translation

import pytest

from courses.catalogue.models import EnrolmentMethod
from courses.enrolment import notifications
from courses.enrolment.bulk import bulk_job_confirm, bulk_job_create, enrollment_bulk_create
from courses.enrolment.services import (
    enrollment_approve,
    enrollment_create,
    enrollment_reject,
    enrollment_staff_create,
)
from lms.notifications.models import Notification
from lms.notifications.services import EMAIL_TASK
from lms.outbox.models import OutboxMessage

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer(make_user):
    return make_user(role="Trainer", preferred_language="ru")


@pytest.fixture
def approval_course(make_course, trainer):
    return make_course(trainers=[trainer], enrolment_method=EnrolmentMethod.APPROVAL)


def test_a_request_tells_the_course_trainers_only(approval_course, trainer, make_user, client):
    other_trainer = make_user(role="Trainer")
    learner = make_user(role="Learner", preferred_language="en", full_name="Aigul Sadykova")
    enrollment_create(user=learner, course=approval_course)
    told = Notification.objects.get(recipient=trainer)
    assert told.kind == "enrolment"
    assert "Aigul Sadykova" in told.title
    with translation.override("ru"):
        assert told.title.startswith(
            translation.gettext("%(name)s asks to join “%(title)s”")
            % {"name": "Aigul Sadykova", "title": approval_course.title}
        )
    assert told.url == f"/ru/teach/{approval_course.translation_key}/"
    assert not Notification.objects.filter(recipient=other_trainer).exists()
    # The learner's receipt, in English; nobody else hears of it.
    receipt = Notification.objects.get(recipient=learner)
    assert receipt.title == f"Your request to join “{approval_course.title}” was received"
    assert Notification.objects.count() == 2
    client.force_login(trainer)
    assert client.get(told.url).status_code == 200


def test_approval_tells_the_learner_in_their_language_with_the_course_link(
    approval_course, trainer, make_user, translate_course, client
):
    russian = translate_course(approval_course, "ru")
    learner = make_user(role="Learner", preferred_language="ru")
    pending = enrollment_create(user=learner, course=approval_course)
    Notification.objects.all().delete()
    enrollment_approve(enrollment=pending, course=approval_course, by=trainer)
    told = Notification.objects.get()
    assert told.recipient == learner and told.kind == "enrolment"
    with translation.override("ru"):
        expected = translation.gettext("Your request to join “%(title)s” was approved")
    assert told.title == expected % {"title": russian.title}
    assert told.url == russian.get_url()
    assert told.url.startswith("/ru/")
    client.force_login(learner)
    assert client.get(told.url).status_code == 200


def test_refusal_tells_the_learner_once_with_the_kyrgyz_course_when_no_translation(
    approval_course, trainer, make_user
):
    learner = make_user(role="Learner", preferred_language="en")
    pending = enrollment_create(user=learner, course=approval_course)
    Notification.objects.all().delete()
    enrollment_reject(enrollment=pending, by=trainer)
    told = Notification.objects.get()
    assert told.recipient == learner
    assert told.title == f"Your request to join “{approval_course.title}” was declined"
    assert told.url == approval_course.get_url()


def test_a_rolled_back_decision_writes_no_notification(approval_course, trainer, make_user):
    pending = enrollment_create(user=make_user(role="Learner"), course=approval_course)
    before = (Notification.objects.count(), OutboxMessage.objects.count())
    with pytest.raises(RuntimeError), transaction.atomic():
        enrollment_approve(enrollment=pending, course=approval_course, by=trainer)
        raise RuntimeError("the request fails after the decision")
    assert (Notification.objects.count(), OutboxMessage.objects.count()) == before


def test_the_notification_mail_replaces_the_direct_one(make_course, make_user):
    learner = make_user(role="Learner")
    enrollment_staff_create(user=learner, course=make_course(), by=make_user(role="Trainer"))
    told = Notification.objects.get(recipient=learner)
    assert told.mail_state == "now"
    tasks = list(OutboxMessage.objects.values_list("task_name", "kwargs"))
    assert tasks == [(EMAIL_TASK, {"ids": [told.pk]})]


def test_bulk_enrolment_tells_each_learner_in_one_call(make_course, trainer, make_user):
    course = make_course(trainers=[trainer], enrolment_method="closed")
    people = [make_user(role="Learner", preferred_language="en") for _ in range(4)]
    enrollment_staff_create(user=people[0], course=course, by=trainer)
    Notification.objects.all().delete()
    with mock.patch.object(notifications, "notify", wraps=notifications.notify) as spy:
        enrollment_bulk_create(users=people, course=course, by=trainer)
    assert spy.call_count == 1
    told = Notification.objects.filter(kind="enrolment")
    assert sorted(told.values_list("recipient_id", flat=True)) == sorted(p.pk for p in people[1:])
    assert {n.title for n in told} == {f"You are enrolled in “{course.title}”"}


def test_one_decision_sends_one_mail_the_notifications(
    approval_course, trainer, make_user, django_capture_on_commit_callbacks, mailoutbox
):
    learner = make_user(role="Learner", preferred_language="en")
    pending = enrollment_create(user=learner, course=approval_course)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        enrollment_approve(enrollment=pending, course=approval_course, by=trainer)
    assert [message.to for message in mailoutbox] == [[learner.email]]
    assert approval_course.title in mailoutbox[0].subject


def test_an_uploaded_list_tells_each_enrolled_learner_once_in_one_call(
    make_course, trainer, make_user, django_capture_on_commit_callbacks
):
    course = make_course(trainers=[trainer], enrolment_method="closed")
    first = make_user(role="Learner", email="first@example.org")
    second = make_user(role="Learner", email="second@example.org")
    text = "email,full name\nfirst@example.org,First\nsecond@example.org,Second\nbroken,Bad\n"
    upload = SimpleUploadedFile("list.csv", text.encode(), content_type="text/csv")
    job = bulk_job_create(course=course, by=trainer, upload=upload, create_accounts=False)
    patch = mock.patch.object(notifications, "notify", wraps=notifications.notify)
    with patch as spy, django_capture_on_commit_callbacks(execute=True):
        bulk_job_confirm(job=job)
    assert spy.call_count == 1
    told = Notification.objects.filter(kind="enrolment")
    assert sorted(told.values_list("recipient_id", flat=True)) == sorted([first.pk, second.pk])
