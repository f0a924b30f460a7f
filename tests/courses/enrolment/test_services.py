"""Enrolment by each method, the refusals, decisions, withdrawal and re-enrolment."""

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone

import pytest

from courses.activity.models import LearningEvent
from courses.catalogue.models import EnrolmentMethod
from courses.enrolment import services
from courses.enrolment.models import Enrollment, EnrollmentStatus
from courses.enrolment.services import (
    enrollment_approve,
    enrollment_create,
    enrollment_reject,
    enrollment_staff_create,
    enrollment_withdraw,
)
from courses.progress.models import LessonCompletion
from courses.progress.services import lesson_complete
from lms.notifications.models import Notification, NotificationPreference
from lms.notifications.services import EMAIL_TASK
from lms.outbox.models import OutboxMessage

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_learner(make_user):
    """A learner reading e-mail in English, so subjects can be checked word by word."""
    return make_user(role="Learner", preferred_language="en")


def test_open_course_enrols_and_tells_the_learner(make_course, learner):
    course = make_course()
    enrollment = enrollment_create(user=learner, course=course)
    assert enrollment.status == EnrollmentStatus.ACTIVE
    assert enrollment.course_key == course.translation_key
    assert LearningEvent.objects.filter(actor=learner, verb="enrolled").count() == 1
    # The notification (and its e-mail, by the learner's preference) replaced the direct mail.
    told = Notification.objects.get()
    assert told.recipient == learner and told.kind == "enrolment"
    assert course.title in told.title


def test_enrolling_twice_changes_nothing(make_course, learner):
    course = make_course()
    first = enrollment_create(user=learner, course=course)
    again = enrollment_create(user=learner, course=course)
    assert again.pk == first.pk
    assert Enrollment.objects.count() == 1
    assert LearningEvent.objects.filter(verb="enrolled").count() == 1


def test_closed_course_refuses_learners_but_staff_enrol_them(make_course, learner, make_user):
    course = make_course(enrolment_method=EnrolmentMethod.CLOSED)
    with pytest.raises(ValidationError) as error:
        enrollment_create(user=learner, course=course)
    assert error.value.messages == [str(services.ENROLMENT_CLOSED)]
    assert not Enrollment.objects.exists()
    manager = make_user(role="Manager")
    enrollment = enrollment_staff_create(user=learner, course=course, by=manager)
    assert enrollment.status == EnrollmentStatus.ACTIVE
    assert LearningEvent.objects.get(verb="enrolled").context == {"by": manager.pk}


@pytest.mark.parametrize(
    ("opens", "closes", "message"),
    [
        (1, None, services.NOT_OPEN_YET),
        (None, -1, services.WINDOW_CLOSED),
    ],
)
def test_enrolment_window_is_enforced(make_course, learner, opens, closes, message):
    now = timezone.now()
    course = make_course(
        enrolment_opens_at=opens and now + datetime.timedelta(days=opens),
        enrolment_closes_at=closes and now + datetime.timedelta(days=closes),
    )
    with pytest.raises(ValidationError) as error:
        enrollment_create(user=learner, course=course)
    assert error.value.messages == [str(message)]
    assert not Enrollment.objects.exists()


def test_enrolment_inside_the_window_succeeds(make_course, learner):
    now = timezone.now()
    course = make_course(
        enrolment_opens_at=now - datetime.timedelta(days=1),
        enrolment_closes_at=now + datetime.timedelta(days=1),
    )
    assert enrollment_create(user=learner, course=course).status == EnrollmentStatus.ACTIVE


def test_enrolment_key_must_match(make_course, learner):
    course = make_course(enrolment_method=EnrolmentMethod.KEY, enrolment_key="aiyl-2025")
    with pytest.raises(ValidationError) as error:
        enrollment_create(user=learner, course=course, key="wrong")
    assert error.value.messages == [str(services.WRONG_KEY)]
    assert not Enrollment.objects.exists()
    assert enrollment_create(user=learner, course=course, key=" aiyl-2025 ").is_enrolled


def test_full_course_refuses_the_next_learner(make_course, make_user):
    course = make_course(capacity=1)
    enrollment_create(user=make_user(role="Learner"), course=course)
    with pytest.raises(ValidationError) as error:
        enrollment_create(user=make_user(role="Learner"), course=course)
    assert error.value.messages == [str(services.COURSE_FULL)]
    assert Enrollment.objects.count() == 1


def test_withdrawn_places_are_free_again(make_course, make_user):
    course = make_course(capacity=1)
    first = enrollment_create(user=make_user(role="Learner"), course=course)
    enrollment_withdraw(enrollment=first)
    assert enrollment_create(user=make_user(role="Learner"), course=course).is_enrolled


def test_request_waits_then_approval_opens_the_course_and_tells(
    make_course, english_learner, make_user
):
    course = make_course(enrolment_method=EnrolmentMethod.APPROVAL)
    trainer = make_user(role="Trainer")
    pending = enrollment_create(user=english_learner, course=course)
    assert pending.status == EnrollmentStatus.PENDING
    assert not LearningEvent.objects.filter(verb="enrolled").exists()
    approved = enrollment_approve(enrollment=pending, course=course, by=trainer)
    assert approved.status == EnrollmentStatus.ACTIVE
    titles = list(
        Notification.objects.filter(recipient=english_learner)
        .order_by("pk")
        .values_list("title", flat=True)
    )
    assert len(titles) == 2  # received, then approved
    assert "approved" in titles[1]
    with pytest.raises(ValidationError):
        enrollment_approve(enrollment=approved, course=course, by=trainer)


def test_rejection_tells_the_learner_who_may_ask_again(make_course, english_learner, make_user):
    course = make_course(enrolment_method=EnrolmentMethod.APPROVAL)
    pending = enrollment_create(user=english_learner, course=course)
    rejected = enrollment_reject(enrollment=pending, by=make_user(role="Trainer"))
    assert rejected.status == EnrollmentStatus.REJECTED
    assert "declined" in Notification.objects.filter(recipient=english_learner).first().title
    assert enrollment_create(user=english_learner, course=course).status == EnrollmentStatus.PENDING


def test_approval_respects_capacity(make_course, make_user):
    course = make_course(enrolment_method=EnrolmentMethod.APPROVAL, capacity=1)
    trainer = make_user(role="Trainer")
    first = enrollment_create(user=make_user(role="Learner"), course=course)
    second = enrollment_create(user=make_user(role="Learner"), course=course)
    enrollment_approve(enrollment=first, course=course, by=trainer)
    with pytest.raises(ValidationError) as error:
        enrollment_approve(enrollment=second, course=course, by=trainer)
    assert error.value.messages == [str(services.COURSE_FULL)]
    second.refresh_from_db()
    assert second.status == EnrollmentStatus.PENDING


def test_learners_who_turned_enrolment_mail_off_are_told_on_the_site_only(make_course, make_user):
    """The per-kind preference (notifications) replaced the profile's "course news" switch for
    enrolment events: with "never", the notification is written and no e-mail queued."""
    quiet = make_user(role="Learner")
    NotificationPreference.objects.create(user=quiet, kind="enrolment", delivery="never")
    enrollment_create(user=quiet, course=make_course())
    course = make_course(enrolment_method=EnrolmentMethod.APPROVAL)
    pending = enrollment_create(user=quiet, course=course)
    enrollment_reject(enrollment=pending, by=make_user(role="Trainer"))
    assert Notification.objects.filter(recipient=quiet).count() == 3
    assert not Notification.objects.exclude(mail_state="none").filter(recipient=quiet).exists()
    assert not OutboxMessage.objects.filter(task_name=EMAIL_TASK).exists()


def test_withdraw_and_reenrol_keeps_progress(make_course, learner, lessons_of):
    course = make_course(lessons=3)
    enrollment = enrollment_create(user=learner, course=course)
    lesson_complete(user=learner, lesson=lessons_of(course)[0])
    enrollment_withdraw(enrollment=enrollment, by=learner)
    enrollment.refresh_from_db()
    assert enrollment.status == EnrollmentStatus.WITHDRAWN
    assert LearningEvent.objects.filter(verb="withdrew").count() == 1
    with pytest.raises(ValidationError):
        lesson_complete(user=learner, lesson=lessons_of(course)[1])
    again = enrollment_create(user=learner, course=course)
    assert again.pk == enrollment.pk
    assert again.status == EnrollmentStatus.ACTIVE
    assert LessonCompletion.objects.filter(user=learner).count() == 1


def test_completed_enrolment_cannot_be_withdrawn(make_course, learner, lessons_of):
    course = make_course(lessons=1)
    enrollment = enrollment_create(user=learner, course=course)
    lesson_complete(user=learner, lesson=lessons_of(course)[0])
    enrollment.refresh_from_db()
    with pytest.raises(ValidationError) as error:
        enrollment_withdraw(enrollment=enrollment)
    assert error.value.messages == [str(services.CANNOT_WITHDRAW)]
