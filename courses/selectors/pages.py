"""Read queries for the catalogue, course and lesson pages; each runs a fixed number of queries."""

from dataclasses import dataclass, field

from django.db.models import Exists, F, Func, OuterRef, Prefetch, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce, Length, Substr

from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from courses.models import (
    CourseIndexPage,
    CoursePage,
    Enrollment,
    EnrollmentStatus,
    LessonPage,
    ModulePage,
)
from courses.models.enrollment import ENROLLED_STATUSES
from lms.accounts.access_cache import user_group_names
from lms.accounts.roles import MANAGER, REVIEWER
from lms.process_memo import remembered

COURSE_GROUP_PREFIX = "Course trainers: "


def course_group_name(translation_key) -> str:
    """The group holding a course's trainers; keyed to the course across languages."""
    return f"{COURSE_GROUP_PREFIX}{translation_key}"


def course_paths_trained(user) -> tuple[str, ...]:
    """Tree paths of the course pages `user` trains (assigned in any language, or created).

    Two queries, then remembered on the user object for the rest of the request: Wagtail's
    explorer asks the permission tester about every row many times over.
    """
    cached = getattr(user, "_course_paths_trained", None)
    if cached is None:
        keys = [
            name.removeprefix(COURSE_GROUP_PREFIX)
            for name in user.groups.filter(name__startswith=COURSE_GROUP_PREFIX).values_list(
                "name", flat=True
            )
        ]
        cached = tuple(
            CoursePage.objects.filter(Q(translation_key__in=keys) | Q(owner=user)).values_list(
                "path", flat=True
            )
        )
        user._course_paths_trained = cached
    return cached


def course_trainer_check(*, user, page: Page) -> bool:
    """Whether `user` trains the course that `page` is (or sits in): assigned or its creator."""
    if not user.is_authenticated:
        return False
    return page.path.startswith(course_paths_trained(user))


def course_for_page(page: Page, *, request=None) -> CoursePage | None:
    """The course a module or lesson belongs to: one query, then remembered by this process for
    the content version (a move starts a new one). The course returned is shared: read only."""
    return remembered(
        "course_for_page",
        page.pk,
        lambda: (
            CoursePage.objects.ancestor_of(page).select_related("locale").order_by("-depth").first()
        ),
        request=request,
    )


def course_fallback_get(*, catalogue: CourseIndexPage, slug: str) -> CoursePage | None:
    """The default-language course with this slug, when this catalogue's language lacks it."""
    default = Locale.get_default()
    if catalogue.locale_id == default.pk:
        return None
    original = catalogue.get_translation_or_none(default)
    if original is None:
        return None
    return CoursePage.objects.child_of(original).live().public().filter(slug=slug).first()


# ---- catalogue ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CatalogueFilters:
    topic: str = ""
    level: str = ""
    language: str = ""
    query: str = ""

    @property
    def active(self) -> bool:
        return bool(self.topic or self.level or self.language or self.query)


def _count_subquery(queryset: QuerySet) -> Coalesce:
    counted = queryset.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n")
    return Coalesce(Subquery(counted[:1]), Value(0))


def catalogue_courses(*, locale_id: int, filters: CatalogueFilters) -> QuerySet[CoursePage]:
    """Live courses in the locale, plus default-language courses not yet translated into it.

    Each carries `lesson_count` and `learner_count` computed in the database, its topic and its
    cover image with renditions prefetched: the query count does not grow with the list.
    """
    live = CoursePage.objects.live().public()
    default = Locale.get_default()
    if locale_id == default.pk:
        courses = live.filter(locale_id=locale_id)
    else:
        translated = CoursePage.objects.live().filter(locale_id=locale_id).values("translation_key")
        courses = live.filter(
            Q(locale_id=locale_id) | (Q(locale=default) & ~Q(translation_key__in=translated))
        )
    if filters.topic:
        courses = courses.filter(topic__slug=filters.topic)
    if filters.level:
        courses = courses.filter(level=filters.level)
    if filters.language:
        courses = courses.filter(
            translation_key__in=CoursePage.objects.live()
            .filter(locale__language_code=filters.language)
            .values("translation_key")
        )
    if filters.query:
        courses = courses.filter(
            Q(title__icontains=filters.query)
            | Q(summary__icontains=filters.query)
            | Q(description__icontains=filters.query)
        )
    # Live lessons of the course, leaving out those in a draft module (the outline does too).
    in_draft_module = ModulePage.objects.filter(
        live=False, path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
    )
    lessons = (
        LessonPage.objects.live()
        .filter(path__startswith=OuterRef("path"))
        .filter(~Exists(in_draft_module))
    )
    learners = Enrollment.objects.filter(
        course_key=OuterRef("translation_key"), status__in=ENROLLED_STATUSES
    )
    return (
        courses.select_related("topic", "locale")
        .prefetch_related(
            Prefetch("cover_image", queryset=get_image_model().objects.prefetch_renditions())
        )
        .annotate(lesson_count=_count_subquery(lessons), learner_count=_count_subquery(learners))
        .order_by("-first_published_at", "title")
    )


def course_languages(*, translation_keys) -> dict:
    """{translation_key: [language codes with a live course]} for a page of cards (one query)."""
    languages: dict = {}
    rows = (
        CoursePage.objects.live()
        .filter(translation_key__in=list(translation_keys))
        .values_list("translation_key", "locale__language_code")
        .order_by("locale__language_code")
    )
    for key, code in rows:
        languages.setdefault(key, []).append(code)
    return languages


# ---- course outline ------------------------------------------------------------------------


@dataclass(frozen=True)
class OutlineSection:
    """A module with its lessons, or (module None) lessons placed directly under the course."""

    module: ModulePage | None
    lessons: list = field(default_factory=list)


@dataclass(frozen=True)
class CourseOutline:
    sections: list
    lessons: list

    @property
    def total_minutes(self) -> int:
        return sum(lesson.estimated_minutes for lesson in self.lessons)

    @property
    def required_count(self) -> int:
        return sum(1 for lesson in self.lessons if lesson.required_for_completion)

    def neighbours(self, lesson: Page) -> tuple:
        """The lessons before and after `lesson` in course order (None at either end)."""
        ids = [item.pk for item in self.lessons]
        if lesson.pk not in ids:
            return None, None
        at = ids.index(lesson.pk)
        previous = self.lessons[at - 1] if at > 0 else None
        following = self.lessons[at + 1] if at + 1 < len(self.lessons) else None
        return previous, following


def course_outline(*, course: CoursePage, request=None) -> CourseOutline:
    """Modules and live lessons of a course in tree order: two queries whatever their number,
    then remembered by this process for the content version, so most requests make none. The
    outline and its pages are shared by every request: read only."""
    return remembered(
        "course_outline", course.pk, lambda: _course_outline_build(course), request=request
    )


def _course_outline_build(course: CoursePage) -> CourseOutline:
    modules = {
        module.path: module
        for module in ModulePage.objects.child_of(course).live().select_related("locale")
    }
    lessons = list(
        LessonPage.objects.descendant_of(course)
        .live()
        .defer("body")
        .select_related("locale")
        .order_by("path")
    )
    sections: list[OutlineSection] = []
    items = sorted(
        list(modules.items())
        + [(lesson.path, lesson) for lesson in lessons if lesson.depth == course.depth + 1],
        key=lambda pair: pair[0],
    )
    by_module = {path: [] for path in modules}
    for lesson in lessons:
        parent_path = lesson.path[: -Page.steplen]
        if parent_path in by_module:
            by_module[parent_path].append(lesson)
    for path, item in items:
        if path in modules:
            sections.append(OutlineSection(module=item, lessons=by_module[path]))
        elif sections and sections[-1].module is None:
            sections[-1].lessons.append(item)
        else:
            sections.append(OutlineSection(module=None, lessons=[item]))
    ordered = [lesson for section in sections for lesson in section.lessons]
    return CourseOutline(sections=sections, lessons=ordered)


def course_trainers(*, course: CoursePage) -> list:
    """The trainers named on the course, by name (one query)."""
    return list(course.trainers.order_by("full_name"))


# ---- access ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CourseAccess:
    """Who someone is for a course, which decides what they may read."""

    state: str  # anonymous | none | pending | withdrawn | enrolled | completed | trainer | staff
    enrollment: Enrollment | None = None

    @property
    def can_read_lessons(self) -> bool:
        return self.state in ("enrolled", "completed", "trainer", "staff")


def course_access(*, user, course: CoursePage) -> CourseAccess:
    """Managers and reviewers see every course; trainers theirs; learners those they are in."""
    if not user.is_authenticated:
        return CourseAccess(state="anonymous")
    if user.is_superuser:
        return CourseAccess(state="staff")
    groups = user_group_names(user)
    if groups & {MANAGER, REVIEWER}:
        return CourseAccess(state="staff")
    if course_group_name(course.translation_key) in groups or course.owner_id == user.pk:
        return CourseAccess(state="trainer")
    enrollment = Enrollment.objects.filter(user=user, course_key=course.translation_key).first()
    if enrollment is None:
        return CourseAccess(state="none")
    state = "enrolled" if enrollment.status == EnrollmentStatus.ACTIVE else enrollment.status
    return CourseAccess(state=state, enrollment=enrollment)


@dataclass(frozen=True)
class LessonAccess:
    allowed: bool
    course: CourseAccess
    preview: bool = False


def lesson_access(*, user, lesson: LessonPage, course: CoursePage) -> LessonAccess:
    """Open-preview lessons are for everyone; the rest need enrolment or a role on the course."""
    access = course_access(user=user, course=course)
    if access.can_read_lessons:
        return LessonAccess(allowed=True, course=access)
    return LessonAccess(allowed=lesson.open_preview, course=access, preview=lesson.open_preview)


def learners_count(*, course: CoursePage) -> int:
    """Learners enrolled in the course in any language."""
    return Enrollment.objects.filter(
        course_key=course.translation_key, status__in=ENROLLED_STATUSES
    ).count()
