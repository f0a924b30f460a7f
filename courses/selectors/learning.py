"""Read queries about one learner's learning: progress, locks, resume, the My learning dashboard."""

import uuid
from dataclasses import dataclass, field

from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Length, Substr

from wagtail.models import Locale, Page

from courses.models import (
    CoursePage,
    Enrollment,
    EnrollmentStatus,
    EnrolmentMethod,
    LessonCompletion,
    LessonPage,
    ModulePage,
)
from lms.locales import locale_default
from lms.process_memo import remembered_many


def completed_lesson_keys(*, user, course_key: uuid.UUID) -> set:
    """The translation keys of the lessons `user` completed in a course (one query)."""
    if not user.is_authenticated:
        return set()
    return set(
        LessonCompletion.objects.filter(user=user, course_key=course_key).values_list(
            "lesson_key", flat=True
        )
    )


def lesson_lock_get(*, course: CoursePage, outline, completed: set, lesson) -> LessonPage | None:
    """In a sequential course, the earlier required lesson still to complete (None: open)."""
    if not course.sequential_lessons:
        return None
    for item in outline.lessons:
        if item.pk == lesson.pk:
            return None
        if item.required_for_completion and item.translation_key not in completed:
            return item
    return None


@dataclass(frozen=True)
class CourseProgress:
    """Completed required lessons over required lessons, and where to go next."""

    done: int
    total: int
    next_lesson: object = None
    resume_lesson: object = None

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0


def course_progress_get(*, lessons: list, completed: set, last_lesson_key=None) -> CourseProgress:
    """Progress over `lessons` (in course order); resume at the last visited or next unfinished."""
    required = [lesson for lesson in lessons if lesson.required_for_completion]
    done = sum(1 for lesson in required if lesson.translation_key in completed)
    unfinished = [lesson for lesson in lessons if lesson.translation_key not in completed]
    next_lesson = next(
        (lesson for lesson in unfinished if lesson.required_for_completion),
        unfinished[0] if unfinished else None,
    )
    last = next((lesson for lesson in lessons if lesson.translation_key == last_lesson_key), None)
    resume = last or next_lesson or (lessons[0] if lessons else None)
    return CourseProgress(
        done=done, total=len(required), next_lesson=next_lesson, resume_lesson=resume
    )


# ---- the My learning dashboard ---------------------------------------------------------------


@dataclass(frozen=True)
class DashboardCourse:
    course: CoursePage
    enrollment: Enrollment
    progress: CourseProgress


@dataclass(frozen=True)
class Dashboard:
    current: list = field(default_factory=list)
    pending: list = field(default_factory=list)
    completed: list = field(default_factory=list)
    suggested: list = field(default_factory=list)


def _courses_in_language(*, keys, locale: Locale, request=None) -> dict:
    """{translation_key: course} in `locale`, else the default language (one query)."""
    default = locale_default(request=request)
    courses: dict = {}
    rows = (
        CoursePage.objects.live()
        .filter(translation_key__in=keys, locale_id__in={locale.pk, default.pk})
        .select_related("topic", "locale")
    )
    for course in rows:
        if course.translation_key not in courses or course.locale_id == locale.pk:
            courses[course.translation_key] = course
    return courses


def _lessons_by_course(*, courses: list, request=None) -> dict:
    """{course pk: [live lessons in tree order]}: remembered per course for the content version
    (`lms.process_memo`); those missing are read for all courses in one query."""
    if not courses:
        return {}
    by_pk = {course.pk: course for course in courses}
    return remembered_many(
        "course_lessons",
        list(by_pk),
        lambda pks: _lessons_read(courses=[by_pk[pk] for pk in pks]),
        request=request,
    )


def _lessons_read(*, courses: list) -> dict:
    in_draft_module = ModulePage.objects.filter(
        live=False, path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
    )
    prefix = Q()
    for course in courses:
        prefix |= Q(path__startswith=course.path, depth__gt=course.depth)
    lessons = (
        LessonPage.objects.live()
        .filter(prefix)
        .filter(~Exists(in_draft_module))
        .defer("body")
        .select_related("locale")
        .order_by("path")
    )
    by_path = {course.path: course.pk for course in courses}
    grouped: dict = {course.pk: [] for course in courses}
    for lesson in lessons:
        for length in range(Page.steplen, len(lesson.path), Page.steplen):
            if lesson.path[:length] in by_path:
                grouped[by_path[lesson.path[:length]]].append(lesson)
                break
    return grouped


def dashboard_get(*, user, locale: Locale, suggestions: int = 4, request=None) -> Dashboard:
    """Everything My learning shows, in five queries whatever the number of courses and lessons."""
    enrollments = list(
        Enrollment.objects.filter(user=user)
        .exclude(status__in=[EnrollmentStatus.WITHDRAWN, EnrollmentStatus.REJECTED])
        .order_by(F("last_activity_at").desc(nulls_last=True), "-updated_at")
    )
    keys = [enrollment.course_key for enrollment in enrollments]
    courses = _courses_in_language(keys=keys, locale=locale, request=request) if keys else {}
    lessons = _lessons_by_course(courses=list(courses.values()), request=request)
    completed: dict = {}
    if keys:
        for course_key, lesson_key in LessonCompletion.objects.filter(user=user).values_list(
            "course_key", "lesson_key"
        ):
            completed.setdefault(course_key, set()).add(lesson_key)
    dashboard = Dashboard()
    topics = set()
    for enrollment in enrollments:
        course = courses.get(enrollment.course_key)
        if course is None:
            continue
        topics.add(course.topic_id)
        item = DashboardCourse(
            course=course,
            enrollment=enrollment,
            progress=course_progress_get(
                lessons=lessons.get(course.pk, []),
                completed=completed.get(enrollment.course_key, set()),
                last_lesson_key=enrollment.last_lesson_key,
            ),
        )
        if enrollment.status == EnrollmentStatus.PENDING:
            dashboard.pending.append(item)
        elif enrollment.status == EnrollmentStatus.COMPLETED:
            dashboard.completed.append(item)
        else:
            dashboard.current.append(item)
    suggested = (
        CoursePage.objects.live()
        .public()
        .filter(locale=locale)
        .exclude(translation_key__in=Enrollment.objects.filter(user=user).values("course_key"))
        .exclude(enrolment_method=EnrolmentMethod.CLOSED)
        .select_related("topic")
        .order_by("-first_published_at")
    )
    if topics:
        suggested = suggested.filter(topic_id__in=topics)
    dashboard.suggested.extend(suggested[:suggestions])
    return dashboard
