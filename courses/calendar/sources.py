"""The calendar's own sources (registered in wagtail_hooks.py): course ends, lessons due and
enrolment closing from the course pages; assignments' due dates and cut-offs with the person's
extension. Pages exist once per language: the dates are read from the person's language's page,
else the default language's (wagtail-localize keeps the dates the same in every translation).

Only what the person is in: active enrolments (completed ones show their dates as done),
requests waiting for approval (the enrolment's closing date); nothing of a withdrawn or
declined enrolment.
"""

import uuid
from dataclasses import dataclass, field

from django.db.models import F, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext as _

from courses.assignments.models import Assignment, Extension, Submission, SubmissionStatus
from courses.calendar.extensions import (
    KIND_ASSIGNMENT_CUTOFF,
    KIND_ASSIGNMENT_DUE,
    KIND_COURSE_END,
    KIND_ENROLMENT_CLOSES,
    KIND_LESSON_DUE,
    CalendarEntry,
)
from courses.catalogue.selectors import course_outline
from courses.enrolment.models import EnrollmentStatus
from courses.progress.selectors import (
    courses_in_language,
    learner_completions,
    learner_enrollments,
)
from lms.locales import locale_active

UID_DOMAIN = "calendar.municipal-academy"
SHOWN_STATUSES = (EnrollmentStatus.ACTIVE, EnrollmentStatus.COMPLETED, EnrollmentStatus.PENDING)


@dataclass(frozen=True)
class Learning:
    """A person's enrolments with their courses in the reader's language and lessons done."""

    enrollments: list
    courses: dict  # course_key -> CoursePage
    completed: set = field(default_factory=set)  # lesson keys


def learning_get(*, user, request=None) -> Learning:
    """Two queries (enrolments, completions) whatever the number of courses, none more when the
    request has read them already (My learning); the courses and their outlines are remembered
    for the content version (lms.process_memo)."""
    enrollments = [
        enrollment
        for enrollment in learner_enrollments(user=user, request=request)
        if enrollment.status in SHOWN_STATUSES
    ]
    if not enrollments:
        return Learning(enrollments=[], courses={})
    keys = [enrollment.course_key for enrollment in enrollments]
    courses = courses_in_language(keys=keys, locale=locale_active(request=request), request=request)
    done = learner_completions(user=user, request=request)
    completed = set().union(*(done.get(key, ()) for key in keys))
    return Learning(enrollments=enrollments, courses=courses, completed=completed)


def uid(kind: str, key: uuid.UUID | int) -> str:
    return f"{kind}-{key}@{UID_DOMAIN}"


def course_entries(*, learning: Learning, request=None) -> list[CalendarEntry]:
    """Course ends and lessons due (enrolled), enrolment closing (requests waiting)."""
    entries = []
    for enrollment in learning.enrollments:
        course = learning.courses.get(enrollment.course_key)
        if course is None:
            continue
        if enrollment.status == EnrollmentStatus.PENDING:
            if course.enrolment_closes_at:
                entries.append(
                    CalendarEntry(
                        uid=uid(KIND_ENROLMENT_CLOSES, course.translation_key),
                        title=_("Enrolment closes: %(course)s") % {"course": course.title},
                        starts_at=course.enrolment_closes_at,
                        url=course.get_url(request=request) or "",  # only for an entry: it costs
                        kind=KIND_ENROLMENT_CLOSES,
                        course_title=course.title,
                    )
                )
            continue
        finished = enrollment.status == EnrollmentStatus.COMPLETED
        if course.ends_at:
            entries.append(
                CalendarEntry(
                    uid=uid(KIND_COURSE_END, course.translation_key),
                    title=_("Course ends: %(course)s") % {"course": course.title},
                    starts_at=course.ends_at,
                    url=course.get_url(request=request) or "",  # only for an entry: it costs
                    kind=KIND_COURSE_END,
                    course_title=course.title,
                    done=finished,
                )
            )
        for lesson in course_outline(course=course, request=request).lessons:
            if lesson.due_at is None:
                continue
            entries.append(
                CalendarEntry(
                    uid=uid(KIND_LESSON_DUE, lesson.translation_key),
                    title=_("Lesson due: %(lesson)s") % {"lesson": lesson.title},
                    starts_at=lesson.due_at,
                    url=lesson.get_url(request=request) or "",
                    kind=KIND_LESSON_DUE,
                    course_title=course.title,
                    done=finished or lesson.translation_key in learning.completed,
                )
            )
    return entries


def assignment_entries(*, learning: Learning) -> list[CalendarEntry]:
    """Due dates and cut-offs of the assignments in the person's courses, their extension
    honoured (a cut-off moves to the extension's date when that is later). One query."""
    enrolled = {
        enrollment.course_key: enrollment
        for enrollment in learning.enrollments
        if enrollment.status != EnrollmentStatus.PENDING
    }
    if not enrolled:
        return []
    user_id = learning.enrollments[0].user_id
    extension = Extension.objects.filter(assignment=OuterRef("pk"), user_id=user_id)
    latest = Submission.objects.filter(assignment=OuterRef("pk"), user_id=user_id, is_latest=True)
    rows = (
        Assignment.objects.filter(course_key__in=list(enrolled))
        .annotate(
            extended_to=Subquery(extension.values("due_at")[:1]),
            effective_due=Coalesce(Subquery(extension.values("due_at")[:1]), F("due_at")),
            latest_status=Subquery(latest.values("status")[:1]),
        )
        .only("pk", "title", "title_ru", "title_en", "course_key", "due_at", "cutoff_at")
        .order_by("pk")
    )
    entries = []
    for row in rows:
        course = learning.courses.get(row.course_key)
        course_title = course.title if course is not None else ""
        finished = enrolled[row.course_key].status == EnrollmentStatus.COMPLETED
        done = finished or row.latest_status == SubmissionStatus.SUBMITTED
        url = reverse("assignments:go", kwargs={"assignment_id": row.pk})
        title = row.display_title
        if row.effective_due:
            entries.append(
                CalendarEntry(
                    uid=uid(KIND_ASSIGNMENT_DUE, row.pk),
                    title=_("Assignment due: %(title)s") % {"title": title},
                    starts_at=row.effective_due,
                    url=url,
                    kind=KIND_ASSIGNMENT_DUE,
                    course_title=course_title,
                    done=done,
                )
            )
        cutoff = row.cutoff_at
        if cutoff and row.extended_to:
            cutoff = max(cutoff, row.extended_to)
        if cutoff and cutoff != row.effective_due and not done:
            entries.append(
                CalendarEntry(
                    uid=uid(KIND_ASSIGNMENT_CUTOFF, row.pk),
                    title=_("Hand-in closes: %(title)s") % {"title": title},
                    starts_at=cutoff,
                    url=url,
                    kind=KIND_ASSIGNMENT_CUTOFF,
                    course_title=course_title,
                )
            )
    return entries


def builtin_entries(*, user, start, end, language, request=None) -> list[CalendarEntry]:
    """The calendar's own dates: three queries whatever the number of courses and lessons."""
    learning = learning_get(user=user, request=request)
    if not learning.enrollments:
        return []
    return [
        *course_entries(learning=learning, request=request),
        *assignment_entries(learning=learning),
    ]
