"""Read queries of progress: one learner's progress, locks, resume and My learning dashboard, and
a course's participants with progress for their trainers."""

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import Count, F, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from wagtail.models import Locale

from courses.catalogue.models import CoursePage, EnrolmentMethod, LessonPage
from courses.catalogue.selectors import course_outline
from courses.enrolment.models import Enrollment, EnrollmentStatus
from courses.progress.models import LessonCompletion
from lms.compiled_queries import compiled, compiled_run
from lms.locales import locale_default
from lms.process_memo import remembered_many


def completed_lesson_keys(*, user, course_key: uuid.UUID) -> set:
    """The translation keys of the lessons `user` completed in a course (one query)."""
    if not user.is_authenticated:
        return set()
    return set(compiled_run(_completed_keys, user_id=user.pk, course_key=course_key))


@compiled(LessonCompletion)
def _completed_keys(*, user_id: int, course_key):
    """Read on every signed-in course and lesson page: compiled once per process."""
    return LessonCompletion.objects.filter(user_id=user_id, course_key=course_key).values_list(
        "lesson_key", flat=True
    )


def lesson_lock_get(*, course: CoursePage, outline, completed: set, lesson) -> LessonPage | None:
    """In a sequential course, the earlier required lesson still to complete (None: open)."""
    if not course.sequential_lessons:
        return None
    required = {item.pk for item in outline.required_lessons}
    for item in outline.lessons:
        if item.pk == lesson.pk:
            return None
        if item.pk in required and item.translation_key not in completed:
            return item
    return None


@dataclass(frozen=True)
class CourseProgress:
    """Where a learner stands in a course, the same on every page and in every language.

    A completed enrolment is complete (100 %) whatever was added to the course since; lessons
    published after it are `new_lessons` (offered, not demanded). Otherwise: required lessons
    done over required lessons. `next_lesson` ("Continue") is the first lesson not done, in
    outline order; None when every lesson is done.
    """

    done: int
    total: int
    next_lesson: object = None
    completed: bool = False
    completed_at: object = None
    new_lessons: tuple = ()
    any_done: bool = False

    @property
    def percent(self) -> int:
        if self.completed:
            return 100
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def starting(self) -> bool:
        """Nothing done yet: "Start the first lesson" rather than "Continue"."""
        return not self.any_done


def course_progress_get(*, outline, completed: set, enrollment=None) -> CourseProgress:
    """Progress over the course's `outline` for a learner who completed the lessons whose keys
    are `completed` (no query)."""
    lessons = outline.lessons
    required = outline.required_lessons
    done = sum(1 for lesson in required if lesson.translation_key in completed)
    next_lesson = next(
        (lesson for lesson in lessons if lesson.translation_key not in completed), None
    )
    finished = enrollment is not None and enrollment.status == EnrollmentStatus.COMPLETED
    new = ()
    if finished:
        since = enrollment.completed_at
        new = tuple(
            lesson
            for lesson in lessons
            if lesson.translation_key not in completed
            and since is not None
            and (outline.first_published.get(lesson.translation_key) or since) > since
        )
        done = len(required)
    return CourseProgress(
        done=done,
        total=len(required),
        next_lesson=next_lesson,
        completed=finished,
        completed_at=enrollment.completed_at if finished else None,
        new_lessons=new,
        any_done=bool(completed),
    )


def progress_percent(status: str, done: int, total: int) -> int:
    """A participant's progress in percent: 100 once completed, else required lessons done."""
    if status == EnrollmentStatus.COMPLETED:
        return 100
    return round(100 * min(done, total) / total) if total else 0


def course_completed_check(*, user, course_key: uuid.UUID) -> bool:
    """Whether `user` completed the course (one query)."""
    return Enrollment.objects.filter(
        user=user, course_key=course_key, status=EnrollmentStatus.COMPLETED
    ).exists()


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


def courses_in_language(*, keys, locale: Locale, request=None) -> dict:
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


def _read_once_per_get(request, name: str, user, read: Callable):
    """`read()`, kept on a GET or HEAD request under `name` for the rest of it: such a request
    writes nothing, so what it read holds; any other request reads afresh each time."""
    kept = getattr(request, name, None)
    if kept is not None and kept[0] == user.pk:
        return kept[1]
    value = read()
    if request is not None and request.method in ("GET", "HEAD"):
        setattr(request, name, (user.pk, value))
    return value


def learner_enrollments(*, user, request=None) -> list:
    """All of a person's enrolments, the latest activity first; read once per GET for the
    parts of a page that each need them (My learning and its "Due soon")."""
    ordered = Enrollment.objects.filter(user=user).order_by(
        F("last_activity_at").desc(nulls_last=True), "-updated_at"
    )
    return _read_once_per_get(request, "_learner_enrollments", user, lambda: list(ordered))


def learner_completions(*, user, request=None) -> dict:
    """{course key: lesson keys done} of every course of a person; read once per GET, as
    `learner_enrollments`."""

    def read() -> dict:
        completed: dict = {}
        rows = LessonCompletion.objects.filter(user=user).values_list("course_key", "lesson_key")
        for course_key, lesson_key in rows:
            completed.setdefault(course_key, set()).add(lesson_key)
        return completed

    return _read_once_per_get(request, "_learner_completions", user, read)


def dashboard_get(*, user, locale: Locale, suggestions: int = 4, request=None) -> Dashboard:
    """Everything My learning shows: enrolments and completions (two queries, shared with the
    page's other parts), the rest remembered for the content version (one query each for what
    is missing after a publish)."""
    everything = learner_enrollments(user=user, request=request)
    hidden = (EnrollmentStatus.WITHDRAWN, EnrollmentStatus.REJECTED)
    enrollments = [enrollment for enrollment in everything if enrollment.status not in hidden]
    keys = [enrollment.course_key for enrollment in enrollments]
    courses = courses_in_language(keys=keys, locale=locale, request=request) if keys else {}
    completed = learner_completions(user=user, request=request) if keys else {}
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
            # Remembered per course for the content version (lms.process_memo): no query.
            progress=course_progress_get(
                outline=course_outline(course=course, request=request),
                completed=completed.get(enrollment.course_key, set()),
                enrollment=enrollment,
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


def next_courses(*, user, course: CoursePage, locale: Locale, limit: int = 3) -> list:
    """What to take after `course`: open courses on its topic the learner has never been in,
    else on any topic (one query for the learner's enrolments; candidates are remembered)."""
    taken = set(Enrollment.objects.filter(user=user).values_list("course_key", flat=True))
    taken.add(course.translation_key)
    for topics in ({course.topic_id}, set()):
        candidates = _suggestion_candidates(locale=locale, topics=topics)
        found = [item for item in candidates if item.translation_key not in taken][:limit]
        if found:
            return found
    return []


# ---- the trainers' view of a course's learners ----------------------------------------------


def required_lesson_keys(*, course: CoursePage) -> list:
    """Translation keys of the lessons that complete the course (the outline: remembered)."""
    outline = course_outline(course=course)
    return [lesson.translation_key for lesson in outline.required_lessons]


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
    required: bool = False
    new: bool = False  # published after the learner completed the course, and not done


def learner_record(*, course: CoursePage, enrollment: Enrollment) -> list:
    """Lesson by lesson, whether and when the learner completed it (one query and the
    remembered outline)."""
    outline = course_outline(course=course)
    dates = dict(
        LessonCompletion.objects.filter(
            user_id=enrollment.user_id, course_key=course.translation_key
        ).values_list("lesson_key", "completed_at")
    )
    progress = course_progress_get(outline=outline, completed=set(dates), enrollment=enrollment)
    new = {lesson.pk for lesson in progress.new_lessons}
    required = {lesson.pk for lesson in outline.required_lessons}
    return [
        LessonRecord(
            lesson=lesson,
            completed_at=dates.get(lesson.translation_key),
            required=lesson.pk in required,
            new=lesson.pk in new,
        )
        for lesson in outline.lessons
    ]


def learner_progress(
    *, course: CoursePage, enrollment: Enrollment, records: list
) -> CourseProgress:
    """The learner's progress from their record (no query)."""
    done = {record.lesson.translation_key for record in records if record.completed_at}
    return course_progress_get(
        outline=course_outline(course=course), completed=done, enrollment=enrollment
    )
