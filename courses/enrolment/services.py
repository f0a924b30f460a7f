"""Enrolment actions: join by each method, request and decision, withdraw, staff enrolment.

Every action is one transaction. Capacity is checked under a row lock on the course's pages, so
concurrent requests on PostgreSQL queue up and the last places are never handed out twice.
"""

import hmac

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from courses.activity.models import LearningObject, LearningVerb
from courses.activity.services import learning_event_record
from courses.catalogue.models import CoursePage, EnrolmentMethod
from courses.enrolment.models import ENROLLED_STATUSES, Enrollment, EnrollmentStatus
from courses.enrolment.notifications import learners_notify, trainers_notify_request
from courses.enrolment.selectors import learners_count
from lms.outbox.services import outbox_send

ENROLMENT_CLOSED = _("Enrolment in this course is closed.")
NOT_OPEN_YET = _("Enrolment in this course has not opened yet.")
WINDOW_CLOSED = _("Enrolment in this course has closed.")
COURSE_FULL = _("This course is full.")
WRONG_KEY = _("The enrolment key is not right. Check it with your trainer and try again.")
NOT_PENDING = _("This request has already been decided.")
CANNOT_WITHDRAW = _("Only a current enrolment or a pending request can be withdrawn.")


def _course_lock(*, course: CoursePage) -> None:
    """Lock the course's pages in every language until commit: capacity checks queue up."""
    list(
        Page.objects.select_for_update()
        .filter(translation_key=course.translation_key, content_type_id=course.content_type_id)
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def _capacity_check(*, course: CoursePage) -> None:
    if course.capacity is None:
        return
    if learners_count(course=course) >= course.capacity:
        raise ValidationError(COURSE_FULL, code="full")


def _window_check(*, course: CoursePage) -> None:
    now = timezone.now()
    if course.enrolment_opens_at and now < course.enrolment_opens_at:
        raise ValidationError(NOT_OPEN_YET, code="not_open")
    if course.enrolment_closes_at and now >= course.enrolment_closes_at:
        raise ValidationError(WINDOW_CLOSED, code="window_closed")


def enrollment_notify(enrollment: Enrollment, kind: str) -> None:
    """Mail the learner the completion note after commit, through the outbox (the task
    re-checks its state). Enrolment events are notifications (`courses.enrolment.notifications`)."""
    from courses.enrolment.tasks import enrollment_email_send

    outbox_send(enrollment_email_send, enrollment.pk, kind)


def _activate(*, user, course: CoursePage, status: str, by=None) -> Enrollment:
    """Create or reopen the enrolment; an earlier completion (and its progress) is kept."""
    enrollment = (
        Enrollment.objects.select_for_update()
        .filter(user=user, course_key=course.translation_key)
        .first()
    )
    if enrollment is None:
        try:
            with transaction.atomic():
                enrollment = Enrollment.objects.create(
                    user=user, course_key=course.translation_key, status=status
                )
        except IntegrityError:
            enrollment = Enrollment.objects.select_for_update().get(
                user=user, course_key=course.translation_key
            )
            return enrollment
    else:
        if status == EnrollmentStatus.ACTIVE and enrollment.completed_at:
            status = EnrollmentStatus.COMPLETED
        enrollment.status = status
        enrollment.save(update_fields=["status", "updated_at"])
    if enrollment.status in ENROLLED_STATUSES:
        learning_event_record(
            actor=user,
            verb=LearningVerb.ENROLLED,
            object_type=LearningObject.COURSE,
            object_key=course.translation_key,
            course_key=course.translation_key,
            context={"by": by.pk} if by is not None and by.pk != user.pk else None,
        )
    return enrollment


@transaction.atomic
def enrollment_create(*, user, course: CoursePage, key: str = "") -> Enrollment:
    """A learner joins a course by its method: open, key, or request (pending until decided).

    Already enrolled, completed or pending: nothing changes and the enrolment is returned.
    """
    existing = Enrollment.objects.filter(user=user, course_key=course.translation_key).first()
    if existing and existing.status in (*ENROLLED_STATUSES, EnrollmentStatus.PENDING):
        return existing
    method = course.enrolment_method
    if method == EnrolmentMethod.CLOSED:
        raise ValidationError(ENROLMENT_CLOSED, code="closed")
    _window_check(course=course)
    if method == EnrolmentMethod.KEY and not hmac.compare_digest(
        (key or "").strip().encode(), course.enrolment_key.strip().encode()
    ):
        raise ValidationError(WRONG_KEY, code="wrong_key")
    _course_lock(course=course)
    if method == EnrolmentMethod.APPROVAL:
        enrollment = _activate(user=user, course=course, status=EnrollmentStatus.PENDING)
        learners_notify(users=[user], course=course, event="requested")
        trainers_notify_request(enrollment=enrollment, course=course)
        return enrollment
    _capacity_check(course=course)
    enrollment = _activate(user=user, course=course, status=EnrollmentStatus.ACTIVE)
    learners_notify(users=[user], course=course, event="enrolled")
    return enrollment


@transaction.atomic
def enrollment_staff_create(*, user, course: CoursePage, by, tell: bool = True) -> Enrollment:
    """A trainer or manager enrols someone: any method, outside the window, beyond capacity.

    `tell=False`: the caller enrols a batch and tells everyone in one `learners_notify` call.
    """
    existing = Enrollment.objects.filter(user=user, course_key=course.translation_key).first()
    if existing and existing.status in ENROLLED_STATUSES:
        return existing
    _course_lock(course=course)
    enrollment = _activate(user=user, course=course, status=EnrollmentStatus.ACTIVE, by=by)
    if tell:
        learners_notify(users=[user], course=course, event="enrolled")
    return enrollment


@transaction.atomic
def enrollment_approve(*, enrollment: Enrollment, course: CoursePage, by) -> Enrollment:
    """Accept a pending request, if a place is left; the learner is told by e-mail."""
    _course_lock(course=course)
    enrollment = Enrollment.objects.select_for_update().get(pk=enrollment.pk)
    if enrollment.status != EnrollmentStatus.PENDING:
        raise ValidationError(NOT_PENDING, code="not_pending")
    _capacity_check(course=course)
    enrollment = _activate(
        user=enrollment.user, course=course, status=EnrollmentStatus.ACTIVE, by=by
    )
    learners_notify(users=[enrollment.user], course=course, event="approved")
    return enrollment


@transaction.atomic
def enrollment_reject(*, enrollment: Enrollment, by) -> Enrollment:
    """Decline a pending request; the learner is told by e-mail and may ask again."""
    enrollment = Enrollment.objects.select_for_update().get(pk=enrollment.pk)
    if enrollment.status != EnrollmentStatus.PENDING:
        raise ValidationError(NOT_PENDING, code="not_pending")
    enrollment.status = EnrollmentStatus.REJECTED
    enrollment.save(update_fields=["status", "updated_at"])
    course = CoursePage.objects.filter(translation_key=enrollment.course_key).order_by("pk").first()
    if course is not None:
        learners_notify(users=[enrollment.user], course=course, event="rejected")
    return enrollment


@transaction.atomic
def enrollment_withdraw(*, enrollment: Enrollment, by=None) -> Enrollment:
    """Leave a course (or cancel a request); completions stay, so re-enrolling resumes."""
    enrollment = Enrollment.objects.select_for_update().get(pk=enrollment.pk)
    if enrollment.status == EnrollmentStatus.WITHDRAWN:
        return enrollment
    if enrollment.status not in (EnrollmentStatus.ACTIVE, EnrollmentStatus.PENDING):
        raise ValidationError(CANNOT_WITHDRAW, code="cannot_withdraw")
    was_enrolled = enrollment.status == EnrollmentStatus.ACTIVE
    enrollment.status = EnrollmentStatus.WITHDRAWN
    enrollment.save(update_fields=["status", "updated_at"])
    if was_enrolled:
        learning_event_record(
            actor=enrollment.user,
            verb=LearningVerb.WITHDREW,
            object_type=LearningObject.COURSE,
            object_key=enrollment.course_key,
            course_key=enrollment.course_key,
            context={"by": by.pk} if by is not None and by.pk != enrollment.user_id else None,
        )
    return enrollment
