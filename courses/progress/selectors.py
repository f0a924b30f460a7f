"""Read queries of progress: one learner's progress, locks, resume and My learning dashboard, and
a course's participants with progress for their trainers."""

import uuid
from dataclasses import dataclass, field

from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce, Length, Substr

from wagtail.models import Locale, Page

from courses.catalogue.models import CoursePage, EnrolmentMethod, LessonPage, ModulePage
from courses.catalogue.selectors import course_outline
from courses.enrolment.models import Enrollment, EnrollmentStatus
from courses.progress.models import LessonCompletion
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
    """{translation_key: course} in `locale`, else the default language: remembered per course
    and language for the content version; those missing are read in one query."""
    default = locale_default(request=request)

    def read(missing) -> dict:
        found: dict = dict.fromkeys(missing)
        rows = (
            CoursePage.objects.live()
            .filter(
                translation_key__in=[key for key, _locale in missing],
                locale_id__in={locale.pk, default.pk},
            )
            .select_related("topic", "locale")
        )
        for course in rows:
            slot = (course.translation_key, locale.pk)
            if found.get(slot) is None or course.locale_id == locale.pk:
                found[slot] = course
        return found

    remembered = remembered_many(
        "course_in_language", [(key, locale.pk) for key in keys], read, request=request
    )
    return {key: course for (key, _locale), course in remembered.items() if course is not None}


def _suggestion_candidates(*, locale: Locale, topics: set, request=None) -> list:
    """Open live public courses in `locale` (on these topics, if any), newest first: the same
    for every learner, so remembered for the content version; each learner's own are removed
    afterwards."""
    key = (locale.pk, tuple(sorted(topics)))

    def read(_keys) -> dict:
        courses = (
            CoursePage.objects.live()
            .public()
            .filter(locale=locale)
            .exclude(enrolment_method=EnrolmentMethod.CLOSED)
            .select_related("topic")
            .order_by("-first_published_at")
        )
        if topics:
            courses = courses.filter(topic_id__in=topics)
        return {key: list(courses)}

    return remembered_many("suggestion_candidates", [key], read, request=request)[key]


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
    """Everything My learning shows: enrolments and completions (two queries), the rest
    remembered for the content version (one query each for what is missing after a publish)."""
    everything = list(
        Enrollment.objects.filter(user=user).order_by(
            F("last_activity_at").desc(nulls_last=True), "-updated_at"
        )
    )
    hidden = (EnrollmentStatus.WITHDRAWN, EnrollmentStatus.REJECTED)
    enrollments = [enrollment for enrollment in everything if enrollment.status not in hidden]
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
    # Never a course the learner is or was in (withdrawn and declined included).
    taken = {enrollment.course_key for enrollment in everything}
    candidates = _suggestion_candidates(locale=locale, topics=topics, request=request)
    dashboard.suggested.extend(
        [course for course in candidates if course.translation_key not in taken][:suggestions]
    )
    return dashboard


# ---- the trainers' view of a course's learners ----------------------------------------------


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
