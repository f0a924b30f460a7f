"""Read queries for the catalogue, course and lesson pages; each runs a fixed number of queries."""

import uuid
from dataclasses import dataclass, field

from django.db.models import (
    Exists,
    F,
    Func,
    Min,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce, Length, Substr
from django.utils.safestring import SafeString

from wagtail import hooks
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from courses.catalogue.extensions import COURSE_CARD_ANNOTATIONS
from courses.catalogue.models import CourseIndexPage, CoursePage, LessonPage, ModulePage, Topic
from lms.accounts.roles import MANAGER, TRAINER
from lms.locales import locale_active
from lms.process_memo import remembered
from lms.routing import page_copy_remembered
from lms.search_text import (
    pages_search,
    pages_search_ids,
    rich_text_plain,
    text_marked,
    text_matches,
    text_passage,
)

COURSE_GROUP_PREFIX = "Course trainers: "


def course_group_name(translation_key) -> str:
    """The group holding a course's trainers; keyed to the course across languages."""
    return f"{COURSE_GROUP_PREFIX}{translation_key}"


def course_keys_from_group_names(names) -> frozenset[uuid.UUID]:
    """Translation keys of the courses whose trainer list names this user, read from the names
    of their groups (`course_trainers_sync` keeps each course's group equal to its list).

    The trainer list is the only source: owning a course's pages (having created them) grants
    nothing, so a trainer taken off the list loses the course everywhere at once.
    """
    keys = set()
    for name in names:
        if name.startswith(COURSE_GROUP_PREFIX):
            try:
                keys.add(uuid.UUID(name.removeprefix(COURSE_GROUP_PREFIX)))
            except ValueError:
                continue
    return frozenset(keys)


def course_paths_trained(user) -> tuple[str, ...]:
    """Tree paths of the course pages `user` trains (on the trainer list, in any language).

    Two queries, then remembered on the user object for the rest of the request: Wagtail's
    explorer asks the permission tester about every row many times over.
    """
    cached = getattr(user, "_course_paths_trained", None)
    if cached is None:
        keys = course_keys_from_group_names(
            user.groups.filter(name__startswith=COURSE_GROUP_PREFIX).values_list("name", flat=True)
        )
        cached = tuple(
            CoursePage.objects.filter(translation_key__in=keys).values_list("path", flat=True)
        )
        user._course_paths_trained = cached
    return cached


def course_trainer_check(*, user, page: Page) -> bool:
    """Whether `user` is on the trainer list of the course that `page` is (or sits in)."""
    if not user.is_authenticated:
        return False
    return page.path.startswith(course_paths_trained(user))


def lesson_live_remembered(*, lesson_id: int, request=None) -> LessonPage | None:
    """The live lesson with this id (its locale joined), or None: what learners' POSTs act
    on. The same remembered copy that serving the lesson's address keeps (lms.routing), so the
    POST after reading the lesson costs no query for it."""
    return page_copy_remembered(request, LessonPage, lesson_id)


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


def course_original_route(*, catalogue: CourseIndexPage, path_components: list) -> Page | None:
    """A lesson or module of a translated course that this language lacks: the page at the same
    path in the course's default-language original (the outline links it so), or None."""
    default = Locale.get_default()
    if catalogue.locale_id == default.pk or len(path_components) < 2:
        return None
    course = CoursePage.objects.child_of(catalogue).live().filter(slug=path_components[0]).first()
    if course is None:
        return None
    original = (
        CoursePage.objects.live()
        .filter(translation_key=course.translation_key, locale=default)
        .first()
    )
    if original is None:
        return None
    url_path = original.url_path + "/".join(path_components[1:]) + "/"
    page = (
        Page.objects.live()
        .descendant_of(original)
        .filter(url_path=url_path)
        .type(ModulePage, LessonPage)
        .first()
    )
    return page.specific if page is not None else None


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


def count_subquery(queryset: QuerySet) -> Coalesce:
    """COUNT of a correlated queryset as an expression (0, not NULL, when it has no rows)."""
    counted = queryset.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n")
    return Coalesce(Subquery(counted[:1]), Value(0))


def catalogue_base(*, locale: Locale, filters: CatalogueFilters) -> QuerySet[CoursePage]:
    """Live courses in the locale, plus default-language courses not yet translated into it,
    narrowed by every filter but the topic: what the courses and the topics' counts are both
    taken from (the search and the view restrictions are read once)."""
    locale_id = locale.pk
    live = CoursePage.objects.live().public()
    default = Locale.get_default()
    if locale_id == default.pk:
        courses = live.filter(locale_id=locale_id)
    else:
        translated = CoursePage.objects.live().filter(locale_id=locale_id).values("translation_key")
        courses = live.filter(
            Q(locale_id=locale_id) | (Q(locale=default) & ~Q(translation_key__in=translated))
        )
    if filters.level:
        courses = courses.filter(level=filters.level)
    if filters.language:
        courses = courses.filter(
            translation_key__in=CoursePage.objects.live()
            .filter(locale__language_code=filters.language)
            .values("translation_key")
        )
    if filters.query:
        ids = course_search_ids(locale=locale, default=default, query=filters.query)
        courses = courses.filter(pk__in=ids)
    return courses


def catalogue_topics(*, base: QuerySet[CoursePage], chosen: str = "") -> list[Topic]:
    """The topics that have courses in `base` (catalogue_base), each with `course_count`, what
    choosing it would show: one query. A topic with no course is left out, unless chosen."""
    shown = Q(course_count__gt=0)
    if chosen:
        shown |= Q(slug=chosen)
    counted = count_subquery(base.filter(topic=OuterRef("pk")))
    return list(Topic.objects.annotate(course_count=counted).filter(shown))


def catalogue_courses(
    *, locale: Locale, filters: CatalogueFilters, base: QuerySet[CoursePage] | None = None
) -> QuerySet[CoursePage]:
    """Live courses in the locale, plus default-language courses not yet translated into it.

    Each carries `lesson_count` (and the figures apps above add, such as `learner_count`)
    computed in the database, its topic and its cover image with renditions prefetched: the
    query count does not grow with the list. Words (`filters.query`) are looked for in the
    whole course, in any of their forms, in the locale's language (see course_search_ids).
    `base` is catalogue_base's queryset when the caller has it already.
    """
    courses = base if base is not None else catalogue_base(locale=locale, filters=filters)
    if filters.topic:
        courses = courses.filter(topic__slug=filters.topic)
    # Live lessons of the course, leaving out those in a draft module (the outline does too).
    in_draft_module = ModulePage.objects.filter(
        live=False, path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
    )
    lessons = (
        LessonPage.objects.live()
        .filter(path__startswith=OuterRef("path"))
        .filter(~Exists(in_draft_module))
    )
    # Apps above the catalogue add their figures (enrolment: `learner_count`) as expressions.
    figures = {}
    for annotations in hooks.get_hooks(COURSE_CARD_ANNOTATIONS):
        figures.update(annotations())
    return (
        courses.select_related("topic", "locale")
        .prefetch_related(
            Prefetch("cover_image", queryset=get_image_model().objects.prefetch_renditions())
        )
        .annotate(lesson_count=count_subquery(lessons), **figures)
        .order_by("-first_published_at", "title")
    )


def course_search_ids(*, locale: Locale, default: Locale, query: str) -> list[int]:
    """Live courses whose title, summary, description, modules or lessons hold every word of
    `query` in some form: the locale's courses searched in its language, and in another
    language the untranslated default-language courses the catalogue shows, in theirs (one
    query per language searched)."""
    live = CoursePage.objects.live().public()
    ids = pages_search_ids(live.filter(locale=locale), query, language=locale.language_code)
    if locale.pk != default.pk:
        translated = CoursePage.objects.live().filter(locale=locale).values("translation_key")
        untranslated = live.filter(locale=default).exclude(translation_key__in=translated)
        ids += pages_search_ids(untranslated, query, language=default.language_code)
    return ids


def course_contents_texts(*, course: CoursePage) -> list[str]:
    """Titles and text of the course's live modules and lessons, in course order: what the
    course is also found by (two queries, when the course is indexed)."""
    modules = {
        module.path: module
        for module in ModulePage.objects.child_of(course).live().only("path", "title", "intro")
    }
    lessons = (
        LessonPage.objects.descendant_of(course).live().only("path", "title", "summary", "body")
    )
    # As in the outline: a lesson in a draft module is not part of the course.
    parents = {course.path, *modules}
    shown = [lesson for lesson in lessons if lesson.path[: -Page.steplen] in parents]
    items = sorted([*modules.values(), *shown], key=lambda page: page.path)
    texts = []
    for page in items:
        texts.extend([page.title, *page.search_field_texts()])
    return texts


@dataclass(frozen=True)
class CourseHit:
    """How a catalogue card shows what was found: its title and summary with the words
    marked, and where else they are when not there."""

    title: SafeString
    summary: SafeString
    passage: SafeString | None = None  # from the description
    place: str = ""  # "module" or "lesson", when the words are only in one of those
    place_title: SafeString | None = None


def course_search_hits(*, courses: list, query: str) -> dict[int, CourseHit]:
    """{course pk: CourseHit} for one page of cards: at most two more queries per language, for
    the cards whose title, summary and description lack the words (the module or lesson that
    has them; lesson text itself is shown to its learners only, so only its title is named)."""
    hits, elsewhere = {}, {}
    for course in courses:
        language = course.locale.language_code
        title = text_marked(course.title, query, language=language)
        summary = text_marked(course.summary, query, language=language)
        passage = None
        if "<mark>" not in title + summary:
            description = rich_text_plain(course.description)
            passage = text_passage(description, query, language=language)
            if passage is None:
                elsewhere.setdefault(language, []).append(course)
        hits[course.pk] = CourseHit(title=title, summary=summary, passage=passage)
    for language, group in elsewhere.items():
        found = _course_places_search(courses=group, query=query, language=language)
        for course in group:
            page = found.get(course.pk)
            if page is not None:
                hits[course.pk] = CourseHit(
                    title=hits[course.pk].title,
                    summary=hits[course.pk].summary,
                    place="module" if page.specific_class is ModulePage else "lesson",
                    place_title=text_marked(page.title, query, language=language),
                )
    return hits


MAX_PLACES = 200


def _course_places_search(*, courses: list, query: str, language: str) -> dict:
    """{course pk: the live module or lesson of that course to name} (two queries): the best
    ranked whose title has the words, else the best ranked; never a lesson of a draft module,
    which is not part of the course (Wagtail search takes no subquery filter, so those modules
    are read first)."""
    inside = Q()
    for course in courses:
        inside |= Q(path__startswith=course.path, depth__gt=course.depth)
    drafts = tuple(ModulePage.objects.filter(inside, live=False).values_list("path", flat=True))
    places = (
        Page.objects.live()
        .filter(inside)
        .type(ModulePage, LessonPage)
        .only("id", "path", "title", "content_type")
    )
    found: dict = {}
    titled: set = set()
    for page in pages_search(places, query, language=language, operator="or")[:MAX_PLACES]:
        course = next(c for c in courses if page.path.startswith(c.path))
        if course.pk in titled or (drafts and page.path.startswith(drafts)):
            continue
        if text_matches(page.title, query, language=language):
            found[course.pk] = page
            titled.add(course.pk)
        else:
            found.setdefault(course.pk, page)
    return found


@dataclass(frozen=True)
class LessonHit:
    lesson: LessonPage
    title: SafeString
    passage: SafeString | None


MAX_LESSON_HITS = 20


def course_lessons_search(*, course: CoursePage, outline, query: str) -> list[LessonHit]:
    """The course's lessons (those of its outline, in its language) holding every word of
    `query` in some form: the 20 best, shown in course order, each with the passage that has
    the words (one query). Only for readers who may read the lessons: the caller checks."""
    order = {lesson.pk: n for n, lesson in enumerate(outline.lessons)}
    if not order:
        return []
    language = course.locale.language_code
    lessons = LessonPage.objects.live().filter(pk__in=list(order))
    found = list(pages_search(lessons, query, language=language)[:MAX_LESSON_HITS])
    found.sort(key=lambda lesson: order[lesson.pk])
    return [
        LessonHit(
            lesson=lesson,
            title=text_marked(lesson.title, query, language=language),
            passage=text_passage(" ".join(lesson.search_field_texts()), query, language=language),
        )
        for lesson in found
    ]


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
    # {lesson translation_key: when the lesson was first published in any language}: what is
    # "new since you finished" for those who completed the course earlier.
    first_published: dict = field(default_factory=dict)
    # Primary keys of the lessons shown in the default language because this course's language
    # has no live translation of them (each page carries `shown_under`, see LessonPage).
    fallback_pks: frozenset = frozenset()

    @property
    def total_minutes(self) -> int:
        return sum(lesson.estimated_minutes for lesson in self.lessons)

    @property
    def required_lessons(self) -> list:
        """The lessons that complete the course: those marked required, or every lesson when
        none is (a lesson is optional by default; docs/progress.md)."""
        marked = [lesson for lesson in self.lessons if lesson.required_for_completion]
        return marked or list(self.lessons)

    @property
    def some_required(self) -> bool:
        """Whether lessons are marked required, so the others are optional."""
        return any(lesson.required_for_completion for lesson in self.lessons)

    @property
    def required_count(self) -> int:
        return len(self.required_lessons)

    def neighbours(self, lesson: Page) -> tuple:
        """The lessons before and after `lesson` in course order (None at either end)."""
        ids = [item.pk for item in self.lessons]
        if lesson.pk not in ids:
            return None, None
        at = ids.index(lesson.pk)
        previous = self.lessons[at - 1] if at > 0 else None
        following = self.lessons[at + 1] if at + 1 < len(self.lessons) else None
        return previous, following

    def lesson_shown(self, lesson: Page):
        """This outline's copy of `lesson` (which links at the reader's address), or `lesson`."""
        return next((item for item in self.lessons if item.pk == lesson.pk), lesson)


def course_outline(*, course: CoursePage, request=None) -> CourseOutline:
    """Modules and live lessons of a course in tree order: a few queries whatever their number,
    then remembered by this process for the content version, so most requests make none. The
    outline and its pages are shared by every request: read only.

    A translated course also lists, in the default language's order, the lessons of its
    default-language original that have no live translation here (shown in that language with
    a notice), so every language's page of the course counts the same lessons.
    """
    return remembered(
        "course_outline", course.pk, lambda: _course_outline_merged(course), request=request
    )


def _course_outline_merged(course: CoursePage) -> CourseOutline:
    own = _course_outline_build(course)
    default = Locale.get_default()
    original = None
    if course.locale_id != default.pk:
        original = (
            CoursePage.objects.live()
            .filter(translation_key=course.translation_key, locale=default)
            .first()
        )
    outline = own if original is None else _outline_with_fallbacks(course, own, original)
    keys = [lesson.translation_key for lesson in outline.lessons]
    first = dict(
        LessonPage.objects.filter(translation_key__in=keys, first_published_at__isnull=False)
        .values("translation_key")
        .annotate(first=Min("first_published_at"))
        .values_list("translation_key", "first")
        .order_by()
    )
    return CourseOutline(
        sections=outline.sections,
        lessons=outline.lessons,
        first_published=first,
        fallback_pks=outline.fallback_pks,
    )


def _outline_with_fallbacks(course, own: CourseOutline, original) -> CourseOutline:
    """`own` in the original's order, the original's lessons standing in for missing ones; own
    lessons and modules the original lacks keep their place at the end of their section."""
    base = _course_outline_build(original)
    own_lessons = {lesson.translation_key: lesson for lesson in own.lessons}
    own_sections = {s.module.translation_key: s for s in own.sections if s.module is not None}
    relative_start = len(original.url_path)
    sections: list[OutlineSection] = []
    used, fallbacks = set(), set()
    for section in base.sections:
        module = section.module
        if module is not None and module.translation_key in own_sections:
            module = own_sections[module.translation_key].module
        lessons = []
        for lesson in section.lessons:
            shown = own_lessons.get(lesson.translation_key)
            if shown is None:
                shown = lesson
                # Linked below the reader's course: /ru/courses/<ru course>/<path in ky>/.
                shown.shown_under = (course, lesson.url_path[relative_start:])
                fallbacks.add(lesson.pk)
            used.add(shown.translation_key)
            lessons.append(shown)
        sections.append(OutlineSection(module=module, lessons=lessons))
    for section in own.sections:
        extra = [lesson for lesson in section.lessons if lesson.translation_key not in used]
        if not extra:
            continue
        key = section.module.translation_key if section.module is not None else None
        target = next(
            (
                s
                for s in sections
                if (s.module.translation_key if s.module is not None else None) == key
            ),
            None,
        )
        if target is None:
            sections.append(OutlineSection(module=section.module, lessons=extra))
        else:
            target.lessons.extend(extra)
    ordered = [lesson for section in sections for lesson in section.lessons]
    return CourseOutline(sections=sections, lessons=ordered, fallback_pks=frozenset(fallbacks))


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


def course_shown(*, course: CoursePage, request=None) -> CoursePage:
    """The course as a reader in the active language sees it: its live translation in that
    language, else `course` itself (remembered for the content version)."""
    locale = locale_active(request=request)
    if course.locale_id == locale.pk:
        return course
    translation = remembered(
        "course_in_locale",
        (course.translation_key, locale.pk),
        lambda: (
            CoursePage.objects.live()
            .filter(translation_key=course.translation_key, locale=locale)
            .select_related("locale")
            .first()
        ),
        request=request,
    )
    return translation or course


def course_trainers(*, course: CoursePage) -> list:
    """The trainers named on the course, by name (one query)."""
    return list(course.trainers.order_by("full_name"))


# ---- trainers' scope ------------------------------------------------------------------------


def course_keys_taught(user) -> set | None:
    """Translation keys of the courses `user` trains; None means every course (managers)."""
    if user.is_superuser:
        return None
    names = list(user.groups.values_list("name", flat=True))
    if MANAGER in names:
        return None
    return set(course_keys_from_group_names(names))


def taught_courses(*, user, locale: Locale) -> list:
    """The courses a trainer teaches (managers: all), in this language or the default one."""
    keys = course_keys_taught(user)
    courses = CoursePage.objects.filter(locale_id__in={locale.pk, Locale.get_default().pk})
    if keys is not None:
        courses = courses.filter(translation_key__in=keys)
    chosen: dict = {}
    for course in courses.select_related("locale").order_by("title"):
        if course.translation_key not in chosen or course.locale_id == locale.pk:
            chosen[course.translation_key] = course
    return sorted(chosen.values(), key=lambda course: course.title.lower())


def course_for_trainer(*, user, course_key: uuid.UUID, locale: Locale) -> CoursePage | None:
    """The course if `user` trains it or manages every course; None hides it from others."""
    if not user.is_authenticated:
        return None
    keys = course_keys_taught(user)
    courses = CoursePage.objects.filter(translation_key=course_key).select_related("locale")
    chosen = None
    for course in courses:
        if chosen is None or course.locale_id == locale.pk:
            chosen = course
    if chosen is None:
        return None
    if keys is None or course_key in keys:
        return chosen
    return None


def staff_group_names(user) -> tuple:
    """The user's group names, remembered on the user object for the request."""
    names = getattr(user, "_staff_group_names", None)
    if names is None:
        names = tuple(user.groups.values_list("name", flat=True))
        user._staff_group_names = names
    return names


def course_staff_check(user) -> bool:
    """Managers and trainers (by role or by a course assignment) teach or oversee courses (the
    teaching area's reports, the admin's report menu)."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return any(
        name in (MANAGER, TRAINER) or name.startswith(COURSE_GROUP_PREFIX)
        for name in staff_group_names(user)
    )
