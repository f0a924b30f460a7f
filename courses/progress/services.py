"""Progress actions: complete a lesson, complete the course, remember the last visited lesson.

Facts are keyed to translation keys, so a lesson completed in Russian counts in Kyrgyz.
"""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import Q
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.activity.models import LearningObject, LearningVerb
from courses.activity.services import learning_event_record
from courses.catalogue.models import CoursePage, LessonPage
from courses.catalogue.selectors import course_for_page, course_outline
from courses.enrolment.models import ENROLLED_STATUSES, Enrollment, EnrollmentStatus
from courses.enrolment.services import enrollment_notify
from courses.progress.completion_statement import completion_insert
from courses.progress.extensions import course_completion_allowed, lesson_completion_check
from courses.progress.models import LessonCompletion
from courses.progress.selectors import lesson_lock_get
from courses.progress.signals import course_completed

# Reloading the lesson just opened within this time is not a new visit: no writes.
VISIT_REPEAT_WINDOW = timedelta(minutes=5)
NOT_ENROLLED = _("Enrol in the course to record your progress.")
LESSON_LOCKED = _("Complete “%(title)s” first: this course's lessons open in order.")


def lesson_complete(
    *, user, lesson: LessonPage, source: str = "manual", course: CoursePage | None = None
) -> tuple[LessonCompletion, bool]:
    """Record that `user` completed `lesson`; (completion, created). A repeat changes nothing.

    When it was the last required lesson the enrolment becomes completed, once, and
    `courses.progress.signals.course_completed` is sent in the same transaction; the new
    completion's `course_completed` says whether this call completed the course.

    The learner's enrolment row is locked first, so this learner's completions in the course
    happen one at a time. On PostgreSQL (a course whose lessons do not open in order) one
    statement locks, inserts the completion and its event, and a count follows, sent with it and
    BEGIN in one round trip; COMMIT is the second (`courses.progress.completion_statement`).
    Elsewhere the completions are read under the lock, a repeat finds its row there, and the
    INSERT needs no savepoint (six statements). A refusal (ValidationError) is decided before
    anything is written and raised once the block is left, so inside a caller's transaction (a
    quiz passed, an assignment graded) no savepoint is needed either: the caller's transaction
    goes on.
    """
    with transaction.atomic(savepoint=False):
        outcome = _lesson_complete_locked(user=user, lesson=lesson, source=source, course=course)
    if isinstance(outcome, ValidationError):
        raise outcome
    return outcome


def _lesson_complete_locked(*, user, lesson, source, course):
    """`lesson_complete` inside its transaction: the result, or the refusal to raise."""
    course = course or course_for_page(lesson)
    if connection.vendor == "postgresql" and not course.sequential_lessons:
        outcome = _lesson_complete_statement(user=user, lesson=lesson, source=source, course=course)
        if outcome is not None:
            return outcome
    enrollment = (
        Enrollment.objects.select_for_update()
        .filter(user=user, course_key=course.translation_key, status__in=ENROLLED_STATUSES)
        .first()
    )
    if enrollment is None:
        return ValidationError(NOT_ENROLLED, code="not_enrolled")
    # The course's completions and this lesson's row wherever it is (a lesson moved from
    # another course keeps its completion there): one query.
    rows = LessonCompletion.objects.filter(
        Q(course_key=course.translation_key) | Q(lesson_key=lesson.translation_key), user=user
    ).values_list("lesson_key", "course_key")
    done = {key for key, course_key in rows if course_key == course.translation_key}
    if any(key == lesson.translation_key for key, _course_key in rows):
        return LessonCompletion.objects.get(user=user, lesson_key=lesson.translation_key), False
    # Apps above progress may refuse (quizzes: a lesson with a quiz is completed by passing it).
    try:
        lesson_completion_check(lesson=lesson, source=source)
    except ValidationError as refusal:
        return refusal
    outline = course_outline(course=course)
    blocker = lesson_lock_get(course=course, outline=outline, completed=done, lesson=lesson)
    if blocker is not None:
        return ValidationError(LESSON_LOCKED, code="locked", params={"title": blocker.title})
    completion = LessonCompletion.objects.create(
        user=user,
        lesson_key=lesson.translation_key,
        course_key=course.translation_key,
        source=source,
    )
    completion.course_completed = False
    learning_event_record(
        actor=user,
        verb=LearningVerb.COMPLETED,
        object_type=LearningObject.LESSON,
        object_key=lesson.translation_key,
        course_key=course.translation_key,
        context={"source": source},
    )
    # The required lessons, or every lesson when none is marked (CourseOutline.required_lessons).
    required = {item.translation_key for item in outline.required_lessons}
    if required and required <= done | {lesson.translation_key}:
        completion.course_completed = course_complete(enrollment=enrollment)
    return completion, True


def _lesson_complete_statement(*, user, lesson, source, course):
    """The one-statement write; None when an app refuses the completion, so that the ORM path
    answers in its own order (a lesson done before stays done, without a refusal)."""
    try:
        lesson_completion_check(lesson=lesson, source=source)
    except ValidationError:
        return None
    # The required lessons, or every lesson when none is marked (CourseOutline.required_lessons).
    # Counted under the enrolment's lock, by a statement after the insert: another tab's
    # completion of the course's other last lesson has committed by then, so the course is never
    # left open.
    required = {item.translation_key for item in course_outline(course=course).required_lessons}
    written = completion_insert(
        user=user,
        lesson_key=lesson.translation_key,
        course_key=course.translation_key,
        source=source,
        required_keys=required,
    )
    if written is None:
        return ValidationError(NOT_ENROLLED, code="not_enrolled")
    enrollment_id, status, completion, event, done = written
    if completion is None:  # done before, in this course or the one the lesson came from
        return LessonCompletion.objects.get(user=user, lesson_key=lesson.translation_key), False
    # The receivers the ORM's saves would have called (LTI grade passback, xAPI statements),
    # in the same transaction.
    for instance in (completion, event):
        post_save.send(
            sender=type(instance),
            instance=instance,
            created=True,
            update_fields=None,
            raw=False,
            using=connection.alias,
        )
    completion.course_completed = False
    if status == EnrollmentStatus.ACTIVE and required and done >= len(required):
        enrollment = Enrollment.objects.get(pk=enrollment_id)
        completion.course_completed = course_complete(enrollment=enrollment)
    return completion, True


@transaction.atomic
def course_complete(*, enrollment: Enrollment) -> bool:
    """Mark the enrolment completed with today's date; True only the first time, and only when
    every COURSE_COMPLETION_CHECKS hook allows it."""
    if not course_completion_allowed(enrollment=enrollment):
        return False  # an app holds it back (a blended course's seminar not yet attended)
    now = timezone.now()
    updated = Enrollment.objects.filter(pk=enrollment.pk, status=EnrollmentStatus.ACTIVE).update(
        status=EnrollmentStatus.COMPLETED, completed_at=now, updated_at=now
    )
    if not updated:
        return False
    enrollment.status, enrollment.completed_at = EnrollmentStatus.COMPLETED, now
    learning_event_record(
        actor=enrollment.user,
        verb=LearningVerb.COMPLETED,
        object_type=LearningObject.COURSE,
        object_key=enrollment.course_key,
        course_key=enrollment.course_key,
    )
    enrollment_notify(enrollment, "completed")
    # In the transaction: receivers write outbox messages (lms.outbox), stored with the
    # completion and handed to Celery only once it commits, so none is lost to a broker outage.
    course_completed.send(sender=Enrollment, enrollment_id=enrollment.pk)
    return True


def lesson_visit_due(*, enrollment: Enrollment, lesson: LessonPage, now=None) -> bool:
    """Whether opening the lesson is a new visit to record: not a reload of the lesson just
    visited within VISIT_REPEAT_WINDOW."""
    now = now or timezone.now()
    return not (
        enrollment.last_lesson_key == lesson.translation_key
        and enrollment.last_activity_at is not None
        and now - enrollment.last_activity_at < VISIT_REPEAT_WINDOW
    )


def lesson_visit(*, user, enrollment: Enrollment, lesson: LessonPage) -> None:
    """Remember the lesson for "Continue" and log the view: one UPDATE and one INSERT in one
    transaction (one commit to wait for, not two); a reload of the lesson just visited (within
    VISIT_REPEAT_WINDOW) is the same visit and writes nothing."""
    now = timezone.now()
    if not lesson_visit_due(enrollment=enrollment, lesson=lesson, now=now):
        return
    with transaction.atomic():
        Enrollment.objects.filter(pk=enrollment.pk).update(
            last_lesson_key=lesson.translation_key, last_activity_at=now
        )
        learning_event_record(
            actor=user,
            verb=LearningVerb.VIEWED,
            object_type=LearningObject.LESSON,
            object_key=lesson.translation_key,
            course_key=enrollment.course_key,
        )
