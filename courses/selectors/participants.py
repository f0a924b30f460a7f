"""Read queries for trainers: their courses, a course's participants, one learner's record."""

import uuid
from dataclasses import dataclass

from django.db.models import Count, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from wagtail.models import Locale

from courses.models import CoursePage, Enrollment, EnrollmentStatus, LessonCompletion
from courses.selectors.pages import COURSE_GROUP_PREFIX, course_outline
from lms.accounts.roles import MANAGER


def _course_keys_taught(user) -> set | None:
    """Translation keys of the courses `user` trains; None means every course (managers)."""
    if user.is_superuser:
        return None
    names = list(user.groups.values_list("name", flat=True))
    if MANAGER in names:
        return None
    keys = set()
    for name in names:
        if name.startswith(COURSE_GROUP_PREFIX):
            try:
                keys.add(uuid.UUID(name.removeprefix(COURSE_GROUP_PREFIX)))
            except ValueError:
                continue
    return keys


def taught_courses(*, user, locale: Locale) -> list:
    """The courses a trainer teaches (managers: all), in this language or the default one."""
    keys = _course_keys_taught(user)
    courses = CoursePage.objects.filter(locale_id__in={locale.pk, Locale.get_default().pk})
    if keys is not None:
        courses = courses.filter(Q(translation_key__in=keys) | Q(owner=user))
    chosen: dict = {}
    for course in courses.select_related("locale").order_by("title"):
        if course.translation_key not in chosen or course.locale_id == locale.pk:
            chosen[course.translation_key] = course
    return sorted(chosen.values(), key=lambda course: course.title.lower())


def course_for_trainer(*, user, course_key: uuid.UUID, locale: Locale) -> CoursePage | None:
    """The course if `user` trains it or manages every course; None hides it from others."""
    if not user.is_authenticated:
        return None
    keys = _course_keys_taught(user)
    courses = CoursePage.objects.filter(translation_key=course_key).select_related("locale")
    chosen = None
    for course in courses:
        if chosen is None or course.locale_id == locale.pk:
            chosen = course
    if chosen is None:
        return None
    if keys is None or course_key in keys or chosen.owner_id == user.pk:
        return chosen
    return None


def required_lesson_keys(*, course: CoursePage) -> list:
    """Translation keys of the course's live required lessons (two queries: the outline)."""
    outline = course_outline(course=course)
    return [lesson.translation_key for lesson in outline.lessons if lesson.required_for_completion]


@dataclass(frozen=True)
class ParticipantFilters:
    status: str = ""
    oblast: int | None = None
    query: str = ""


def participants(
    *, course: CoursePage, required_keys: list, filters: ParticipantFilters
) -> QuerySet[Enrollment]:
    """A course's enrolments with the learner's place and `done` (required lessons completed).

    One query whatever the number of learners: the count is a subquery in the database.
    """
    done = (
        LessonCompletion.objects.filter(
            user_id=OuterRef("user_id"),
            course_key=course.translation_key,
            lesson_key__in=required_keys,
        )
        .order_by()
        .values("user_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    rows = (
        Enrollment.objects.filter(course_key=course.translation_key)
        .select_related("user__municipality__district__oblast")
        .annotate(done=Coalesce(Subquery(done[:1]), Value(0)))
        .order_by("user__full_name", "user__email")
    )
    if filters.status:
        rows = rows.filter(status=filters.status)
    if filters.oblast:
        rows = rows.filter(user__municipality__district__oblast_id=filters.oblast)
    if filters.query:
        rows = rows.filter(
            Q(user__full_name__icontains=filters.query) | Q(user__email__icontains=filters.query)
        )
    return rows


def status_counts(*, course: CoursePage) -> dict:
    """{status: number of enrolments} for the filter links (one query)."""
    rows = (
        Enrollment.objects.filter(course_key=course.translation_key)
        .values_list("status")
        .annotate(n=Count("pk"))
        .order_by()
    )
    counts = dict.fromkeys(EnrollmentStatus.values, 0)
    counts.update(dict(rows))
    return counts


@dataclass(frozen=True)
class LessonRecord:
    lesson: object
    completed_at: object = None


def learner_record(*, course: CoursePage, enrollment: Enrollment) -> list:
    """Lesson by lesson, whether and when the learner completed it (three queries)."""
    outline = course_outline(course=course)
    dates = dict(
        LessonCompletion.objects.filter(
            user_id=enrollment.user_id, course_key=course.translation_key
        ).values_list("lesson_key", "completed_at")
    )
    return [
        LessonRecord(lesson=lesson, completed_at=dates.get(lesson.translation_key))
        for lesson in outline.lessons
    ]
