"""Reads of reminders: who is due an inactivity or a due-date reminder, the pages in each
language a reminder names, a course's reminder log, and the learners a trainer may nudge."""

import datetime as dt
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.db.models import (
    Count,
    DateTimeField,
    Exists,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone

from courses.assignments.models import Assignment, Extension, Submission, SubmissionStatus
from courses.catalogue.models import CoursePage, LessonPage
from courses.catalogue.selectors import course_outline
from courses.enrolment.models import Enrollment, EnrollmentStatus
from courses.progress.models import LessonCompletion
from courses.reminders.models import ReminderKind, ReminderLog, ReminderTarget

# At most one inactivity reminder per learner and course in this many days.
INACTIVITY_GAP_DAYS = 14
# "Behind" on the nudge screen: not opened the course for this many days.
BEHIND_DAYS = 7
# Due reminders: (slot, the Bishkek calendar days left that fall in it). A day the beat missed
# is caught up the next day, and each slot is sent once per due date.
DUE_SLOTS = ((3, (3, 2)), (1, (1, 0)))


def local_day_start(day: dt.date) -> dt.datetime:
    """Midnight starting `day` in Asia/Bishkek, as an aware moment."""
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def days_left(due_at: dt.datetime, *, today: dt.date) -> int:
    """Bishkek calendar days from `today` to the due date (0: due today)."""
    return (timezone.localdate(due_at) - today).days


def due_slot(due_at: dt.datetime, *, today: dt.date) -> int | None:
    """Which reminder (3 or 1 days before) a due date is in today; None: none today."""
    left = days_left(due_at, today=today)
    return next((slot for slot, lefts in DUE_SLOTS if left in lefts), None)


@dataclass(frozen=True)
class CourseCopies:
    """A live course in each language it is published in; settings come from the default
    language's copy (else any), titles and links from the learner's."""

    key: uuid.UUID
    by_language: dict

    @property
    def main(self) -> CoursePage:
        return self.by_language.get(settings.LANGUAGE_CODE) or next(iter(self.by_language.values()))

    def shown(self, language: str) -> CoursePage:
        return self.by_language.get(language) or self.main


def live_courses(*, keys=None) -> dict:
    """{course_key: CourseCopies} for live courses (one query)."""
    rows = CoursePage.objects.live().select_related("locale")
    if keys is not None:
        rows = rows.filter(translation_key__in=keys)
    found: dict = {}
    for course in rows.order_by("pk"):
        found.setdefault(course.translation_key, {})[course.locale.language_code] = course
    return {key: CourseCopies(key, copies) for key, copies in found.items()}


def live_pages_by_language(model, *, keys) -> dict:
    """{translation_key: {language: page}} of live pages of `model` (one query)."""
    found: dict = {}
    for page in model.objects.live().filter(translation_key__in=keys).select_related("locale"):
        found.setdefault(page.translation_key, {})[page.locale.language_code] = page
    return found


def required_keys(course: CoursePage) -> list:
    """The translation keys of the lessons that complete the course (outline: remembered)."""
    return [lesson.translation_key for lesson in course_outline(course=course).required_lessons]


def _done_count(course_key, keys) -> Subquery:
    done = (
        LessonCompletion.objects.filter(
            user_id=OuterRef("user_id"), course_key=course_key, lesson_key__in=keys
        )
        .order_by()
        .values("user_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(done[:1]), Value(0))


def _active(course_key) -> QuerySet[Enrollment]:
    return Enrollment.objects.filter(
        course_key=course_key, status=EnrollmentStatus.ACTIVE, user__is_active=True
    )


def inactive_enrollments(
    *, course_key: uuid.UUID, days: int, lesson_keys: list, now: dt.datetime
) -> QuerySet[Enrollment]:
    """Active enrolments whose learner has not opened the course (a lesson visit, else the
    enrolment) since the Bishkek day `days` days ago, and got no inactivity reminder for it in
    the last INACTIVITY_GAP_DAYS days; with `since` and `done` (required lessons completed)."""
    today = timezone.localdate(now)
    cutoff = local_day_start(today - dt.timedelta(days=days - 1))
    recent = ReminderLog.objects.filter(
        user_id=OuterRef("user_id"),
        course_key=course_key,
        kind=ReminderKind.INACTIVITY,
        sent_at__gt=now - dt.timedelta(days=INACTIVITY_GAP_DAYS),
    )
    return (
        _active(course_key)
        .annotate(since=Greatest("created_at", Coalesce("last_activity_at", "created_at")))
        .filter(since__lt=cutoff)
        .exclude(Exists(recent))
        .annotate(done=_done_count(course_key, lesson_keys))
        .select_related("user")
        .order_by("pk")
    )


def lessons_due(*, now: dt.datetime) -> list:
    """Live lessons due from now to the end of the third Bishkek day ahead, one per lesson
    across languages (the default language's date, else any), as (lesson, course_key)."""
    end = local_day_start(timezone.localdate(now) + dt.timedelta(days=4))
    chosen: dict = {}
    rows = (
        LessonPage.objects.live()
        .filter(due_at__gt=now, due_at__lt=end)
        .select_related("locale")
        .order_by("pk")
    )
    for lesson in rows:
        known = chosen.get(lesson.translation_key)
        if known is None or lesson.locale.language_code == settings.LANGUAGE_CODE:
            chosen[lesson.translation_key] = lesson
    return list(chosen.values())


def lesson_due_enrollments(
    *, course_key: uuid.UUID, lesson_key: uuid.UUID, period: str
) -> QuerySet[Enrollment]:
    """Active learners of the course who have not completed the lesson nor had this reminder."""
    done = LessonCompletion.objects.filter(user_id=OuterRef("user_id"), lesson_key=lesson_key)
    sent = ReminderLog.objects.filter(
        user_id=OuterRef("user_id"),
        course_key=course_key,
        kind=ReminderKind.DUE,
        target=ReminderTarget.LESSON,
        target_key=str(lesson_key),
        period=period,
    )
    return (
        _active(course_key)
        .exclude(Exists(done))
        .exclude(Exists(sent))
        .select_related("user")
        .order_by("pk")
    )


def assignments_due(*, now: dt.datetime) -> QuerySet[Assignment]:
    """Assignments due (for everyone, or for someone by an extension) from now to the end of
    the third Bishkek day ahead."""
    end = local_day_start(timezone.localdate(now) + dt.timedelta(days=4))
    extended = Extension.objects.filter(
        assignment_id=OuterRef("pk"), due_at__gt=now, due_at__lt=end
    )
    return Assignment.objects.filter(
        Q(due_at__gt=now, due_at__lt=end) | Q(Exists(extended))
    ).order_by("pk")


def assignment_due_enrollments(*, assignment: Assignment, now: dt.datetime):
    """Active learners of the assignment's course who have not handed it in, with their own
    due date (`effective_due`: the extension's, else the assignment's) from now on."""
    extension = Extension.objects.filter(assignment_id=assignment.pk, user_id=OuterRef("user_id"))
    handed_in = Submission.objects.filter(
        assignment_id=assignment.pk,
        user_id=OuterRef("user_id"),
        is_latest=True,
        status=SubmissionStatus.SUBMITTED,
    )
    return (
        _active(assignment.course_key)
        .annotate(
            effective_due=Coalesce(
                Subquery(extension.values("due_at")[:1]),
                Value(assignment.due_at, output_field=DateTimeField()),
            )
        )
        .filter(effective_due__gt=now)
        .exclude(Exists(handed_in))
        .select_related("user")
        .order_by("pk")
    )


# ---- the trainers' screens -------------------------------------------------------------------


def course_reminders(*, course_key: uuid.UUID, kind: str = "") -> QuerySet[ReminderLog]:
    """A course's reminder log, newest first, with the learner and the sender (one query)."""
    rows = ReminderLog.objects.filter(course_key=course_key).select_related("user", "sent_by")
    if kind:
        rows = rows.filter(kind=kind)
    return rows


def target_titles(rows, *, language: str) -> dict:
    """{(target, target_key): title} for the lessons and assignments a page of the log names,
    in `language` else the default language (two queries at most)."""
    lesson_keys = {row.target_key for row in rows if row.target == ReminderTarget.LESSON}
    assignment_keys = {row.target_key for row in rows if row.target == ReminderTarget.ASSIGNMENT}
    titles = {}
    if lesson_keys:
        for key, copies in live_pages_by_language(LessonPage, keys=lesson_keys).items():
            page = copies.get(language) or copies.get(settings.LANGUAGE_CODE)
            page = page or next(iter(copies.values()))
            titles[(ReminderTarget.LESSON, str(key))] = page.title
    if assignment_keys:
        for assignment in Assignment.objects.filter(lesson_key__in=assignment_keys):
            titles[(ReminderTarget.ASSIGNMENT, str(assignment.lesson_key))] = (
                assignment.display_title
            )
    return titles


NUDGE_SHOW = ("all", "behind", "not_started")


def nudge_candidates(
    *, course: CoursePage, lesson_keys: list, show: str, now: dt.datetime
) -> QuerySet[Enrollment]:
    """Active learners a trainer may nudge, with `done` and `since`; `show` narrows them to
    those behind (not opened the course for BEHIND_DAYS days) or not started (no required
    lesson done). One query."""
    rows = (
        _active(course.translation_key)
        .annotate(
            since=Greatest("created_at", Coalesce("last_activity_at", "created_at")),
            done=_done_count(course.translation_key, lesson_keys),
        )
        .select_related("user")
        .order_by("user__full_name", "user__email", "pk")
    )
    if show == "behind":
        rows = rows.filter(since__lt=now - dt.timedelta(days=BEHIND_DAYS))
    elif show == "not_started":
        rows = rows.filter(done=0)
    return rows


def nudge_recipients(*, course_key: uuid.UUID, user_ids) -> list:
    """The chosen people who are active learners of the course (others are dropped)."""
    return [
        enrollment.user
        for enrollment in _active(course_key)
        .filter(user_id__in=user_ids)
        .select_related("user")
        .order_by("user__full_name", "user__email")
    ]
