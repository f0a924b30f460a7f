"""National-scale data for the load benchmark and the reports: fast, deterministic, removable.

Pages (courses, modules, lessons and cases, in ky and ru sharing `translation_key`) go through
Wagtail's tree API, so paths, URLs and the search index are right; people and learning facts go
in with COPY on PostgreSQL (bulk_create elsewhere) with one precomputed password hash. Every row
is marked: learners' e-mails end in BENCH_EMAIL_DOMAIN, pages' slugs start with BENCH_SLUG_PREFIX.
"""

import contextlib
import random
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.db.models import F, Prefetch, Q
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.signal_handlers import disable_reference_index_auto_update

from bench import texts
from cms.demo import home_pages_create
from cms.news.demo import news_demo_create
from cms.portal.demo import cases_demo_create
from cms.portal.models import BestPracticeIndexPage, CaseGalleryImage, CaseStudyPage
from cms.portal.models.cases import CaseStatus, Mechanism, ServiceArea, Theme
from cms.portal.selectors import CARD_RENDITION, GALLERY_RENDITIONS
from cms.templatetags.seo_tags import OG_RENDITION
from courses.activity.models import LearningEvent, LearningObject, LearningVerb
from courses.catalogue.demo import catalogue_create, topics_create
from courses.catalogue.models import CoursePage, LessonPage, ModulePage
from courses.catalogue.selectors import course_group_name
from courses.catalogue.services import course_trainers_sync
from courses.certificates.models import Certificate
from courses.enrolment.models import Enrollment, EnrollmentStatus
from courses.progress.models import LessonCompletion
from courses.quizzes.authoring import question_add, quiz_get_or_create
from courses.quizzes.models import Attempt
from lms.accounts.models import Gender, Position, User
from lms.accounts.roles import LEARNER, TRAINER
from lms.places.models import Municipality
from lms.places.services import places_load

BENCH_EMAIL_DOMAIN = "bench.example.org"
BENCH_SLUG_PREFIX = "bench-"
BENCH_TRAINER_EMAIL = f"trainer@{BENCH_EMAIL_DOMAIN}"
BENCH_PASSWORD = "bench-password-2026"  # noqa: S105 - loopback benchmark accounts only
BIG_COURSE_SLUG = f"{BENCH_SLUG_PREFIX}course-64"
LANGUAGES = ("ky", "ru")
QUESTIONS_PER_QUIZ = 4
PASS_MARK = 60
INSERT_BATCH = 5000
# What a case page asks of its cover: portal/case_study_page.html's {% picture %}, the card of
# portal/includes/case_card.html (index, related cases) and the Open Graph image.
COVER_RENDITIONS = (
    *Filter.expand_spec("format-{webp,jpeg} fill-{480x270,800x450,1200x675}"),
    CARD_RENDITION,
    OG_RENDITION,
)

# Learners per municipality: cities are bigger than towns, towns than ayil aimaks.
KIND_WEIGHT = {"city": 25, "town": 4, "ayil_aimak": 1}
POSITION_WEIGHTS = {
    Position.AO_HEAD: 4,
    Position.AO_DEPUTY: 4,
    Position.KENESH_CHAIR: 3,
    Position.KENESH_MEMBER: 18,
    Position.SPECIALIST_FINANCE: 12,
    Position.SPECIALIST_LAND: 10,
    Position.SPECIALIST_SOCIAL: 10,
    Position.SPECIALIST_ECONOMIC: 10,
    Position.SPECIALIST_OTHER: 14,
    Position.MAYOR_OFFICE: 8,
    Position.OTHER: 7,
}
GENDER_WEIGHTS = {Gender.FEMALE: 46, Gender.MALE: 50, Gender.NOT_STATED: 4}
LANGUAGE_WEIGHTS = {"ky": 60, "ru": 38, "en": 2}
# Enrolments that never opened the course's lessons.
NOT_ENROLLED_SHARES = {EnrollmentStatus.PENDING: 0.02, EnrollmentStatus.REJECTED: 0.01}
WITHDRAWN_SHARE = 0.05
# Of all lesson completions, the share that belongs to completed courses (the rest: in progress).
COMPLETED_COURSE_SHARE = 0.55
HISTORY_DAYS = 730


@dataclass(frozen=True)
class BenchSize:
    """How much to generate; the defaults are the issue's national scale."""

    learners: int = 20_000
    courses: int = 50
    lessons: int = 20
    enrolments: int = 60_000
    completions: int = 500_000
    attempts: int = 50_000
    cases: int = 300
    big_course_lessons: int = 64
    seed: int = 2026


@dataclass
class BenchReport:
    """Rows created per kind and seconds per step."""

    counts: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)


@dataclass
class _Course:
    key: uuid.UUID
    title: str
    hours: int
    lessons: list[uuid.UUID]  # lesson translation keys in course order
    quizzes: list[tuple[int, int, uuid.UUID, list[str]]]  # (lesson index, quiz id, key, questions)
    weight: float


# ---------------------------------------------------------------------------------------------
# Rows in bulk


@contextlib.contextmanager
def _dates_as_given(model):
    """bulk_create would overwrite auto_now(_add) dates; the data sets its own history."""
    fields = [f for f in model._meta.concrete_fields if getattr(f, "auto_now", False)] + [
        f for f in model._meta.concrete_fields if getattr(f, "auto_now_add", False)
    ]
    saved = [(f, f.auto_now, f.auto_now_add) for f in fields]
    for f in fields:
        f.auto_now = f.auto_now_add = False
    try:
        yield
    finally:
        for f, auto_now, auto_now_add in saved:
            f.auto_now, f.auto_now_add = auto_now, auto_now_add


def _insert(model, fields: list[str], rows: Iterable[tuple]) -> int:
    """Insert rows (values in `fields` order, foreign keys by attname); returns how many."""
    count = 0
    if connection.vendor == "postgresql":
        from psycopg.types.json import Jsonb

        columns = [model._meta.get_field(name).column for name in fields]
        json_at = [
            i
            for i, name in enumerate(fields)
            if model._meta.get_field(name).get_internal_type() == "JSONField"
        ]
        quoted = ", ".join(connection.ops.quote_name(c) for c in columns)
        table = connection.ops.quote_name(model._meta.db_table)
        sql = f"COPY {table} ({quoted}) FROM STDIN"
        with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
            for row in rows:
                if json_at:
                    row = list(row)
                    for i in json_at:
                        row[i] = Jsonb(row[i])
                copy.write_row(row)
                count += 1
        return count
    attnames = [model._meta.get_field(name).attname for name in fields]
    batch = []
    with _dates_as_given(model):
        for row in rows:
            batch.append(model(**dict(zip(attnames, row, strict=True))))
            if len(batch) >= INSERT_BATCH:
                model.objects.bulk_create(batch)
                count += len(batch)
                batch = []
        model.objects.bulk_create(batch)
    return count + len(batch)


# ---------------------------------------------------------------------------------------------
# Removal


def bench_data_present() -> dict[str, int]:
    """What bench data there is: learners, courses (ky), enrolments and completions."""
    learners = User.objects.filter(email__endswith=f"@{BENCH_EMAIL_DOMAIN}")
    courses = CoursePage.objects.filter(
        slug__startswith=BENCH_SLUG_PREFIX, locale__language_code="ky"
    )
    keys = courses.values("translation_key")
    return {
        "learners": learners.count(),
        "courses": courses.count(),
        "enrolments": Enrollment.objects.filter(course_key__in=keys).count(),
        "completions": LessonCompletion.objects.filter(course_key__in=keys).count(),
        "attempts": Attempt.objects.filter(course_key__in=keys).count(),
        "cases": CaseStudyPage.objects.filter(
            slug__startswith=BENCH_SLUG_PREFIX, locale__language_code="ky"
        ).count(),
    }


@transaction.atomic
def bench_data_remove() -> dict[str, int]:
    """Delete every bench row: learning facts, learners, course and case pages in all languages."""
    removed = {}
    users = User.objects.filter(email__endswith=f"@{BENCH_EMAIL_DOMAIN}")
    course_keys = list(
        CoursePage.objects.filter(slug__startswith=BENCH_SLUG_PREFIX).values_list(
            "translation_key", flat=True
        )
    )
    for name, queryset in (
        (
            "events",
            LearningEvent.objects.filter(Q(actor__in=users) | Q(course_key__in=course_keys)),
        ),
        (
            "certificates",
            Certificate.objects.filter(Q(user__in=users) | Q(course_key__in=course_keys)),
        ),
        ("attempts", Attempt.objects.filter(Q(user__in=users) | Q(course_key__in=course_keys))),
        (
            "completions",
            LessonCompletion.objects.filter(Q(user__in=users) | Q(course_key__in=course_keys)),
        ),
        (
            "enrolments",
            Enrollment.objects.filter(Q(user__in=users) | Q(course_key__in=course_keys)),
        ),
    ):
        removed[name] = queryset.delete()[0]
    removed["pages"] = 0
    tops = Page.objects.filter(slug__startswith=BENCH_SLUG_PREFIX).order_by("depth", "path")
    paths = []
    for path in tops.values_list("path", flat=True):
        if not any(path.startswith(p) for p in paths):
            paths.append(path)
    with _page_deletes_quick():
        for path in paths:
            tree = Page.objects.filter(path__startswith=path)
            tree.update(live=False)  # nothing to unpublish one by one: they all go
            removed["pages"] += tree.count()
            Page.objects.get(path=path).delete()
    Group.objects.filter(name__in=[course_group_name(key) for key in course_keys]).delete()
    removed["learners"] = users.count()
    users.delete()
    return removed


# ---------------------------------------------------------------------------------------------
# Generation


class _Generator:
    def __init__(self, size: BenchSize, log: Callable[[str], None]):
        self.size = size
        self.log = log
        self.rng = random.Random(size.seed)  # noqa: S311 - test data, not security
        self.now = timezone.now().replace(microsecond=0)
        self.report = BenchReport()
        self.created: dict[type, list[Page]] = {}
        self.last_child_path: dict[int, str] = {}
        self.locales = {
            code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES
        }

    def new_key(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    @contextlib.contextmanager
    def step(self, name: str):
        started = time.monotonic()
        yield
        seconds = time.monotonic() - started
        self.report.seconds[name] = round(seconds, 1)
        self.log(f"{name}: {self.report.counts.get(name, '')} in {seconds:.1f} s")

    def sentences(self, language: int, n: int) -> str:
        return " ".join(self.rng.choice(texts.SENTENCES)[language] for _ in range(n))

    # -- site and pages ------------------------------------------------------------------------

    def site(self) -> None:
        places_load()
        home = home_pages_create()
        cases_demo_create(cases=[], home=home)
        news_demo_create(news=[], home=home)
        trainer = User.objects.filter(email=BENCH_TRAINER_EMAIL).first()
        if trainer is None:
            trainer = User.objects.create_user(
                email=BENCH_TRAINER_EMAIL, password=BENCH_PASSWORD, full_name="Bench Trainer"
            )
            trainer.groups.add(Group.objects.get(name=TRAINER))
        self.trainer = trainer
        self.catalogues = catalogue_create(home=home, user=trainer)
        from courses.catalogue.demo_content import TOPICS

        self.topics = list(topics_create(TOPICS).values())
        self.portal = {
            code: BestPracticeIndexPage.objects.get(locale=locale)
            for code, locale in self.locales.items()
        }

    def _add(self, parent: Page, page: Page, key: uuid.UUID, code: str) -> Page:
        page.translation_key = key
        page.locale = self.locales[code]
        page.owner = self.trainer
        page.live = True
        page.first_published_at = page.last_published_at = self.now - timedelta(days=400)
        page.draft_title = page.title
        # Treebeard's add_child, without its per-child lookups, validation or audit log rows:
        # the data is valid by construction and thousands of pages must go in quickly.
        last = self.last_child_path.get(parent.pk)
        if last is None:
            last = (
                Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
                .order_by("-path")
                .values_list("path", flat=True)
                .first()
            )
        page.depth = parent.depth + 1
        page.path = (
            Page(path=last)._inc_path() if last else Page._get_path(parent.path, page.depth, 1)
        )
        page.save(clean=False, log_action=None)
        self.last_child_path[parent.pk] = page.path
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + 1)
        self.created.setdefault(type(page), []).append(page)
        return page

    def course(self, n: int, lesson_count: int, modules: int, slug: str) -> _Course:
        rng = self.rng
        subject = texts.SUBJECTS[n % len(texts.SUBJECTS)]
        level_index = (n // len(texts.SUBJECTS)) % len(texts.LEVELS)
        level = texts.LEVELS[level_index]
        titles = [f"{subject[i]}: {level[i]}" for i in range(2)]
        if n >= len(texts.SUBJECTS) * len(texts.LEVELS):
            titles = [f"{t} ({n + 1})" for t in titles]
        key = self.new_key()
        topic = self.topics[n % len(self.topics)]
        hours = rng.choice((4, 6, 8, 12, 16, 24, 36))
        course_pages = {}
        for i, code in enumerate(LANGUAGES):
            page = CoursePage(
                slug=slug,
                title=titles[i],
                summary=self.sentences(i, 2)[:250],
                description="".join(f"<p>{self.sentences(i, 4)}</p>" for _ in range(3)),
                topic=topic,
                level=("beginner", "intermediate", "advanced")[level_index],
                estimated_hours=hours,
                completion_requirements=self.sentences(i, 1)[:600],
                certificate_enabled=True,
            )
            page.trainers = [self.trainer]
            course_pages[code] = self._add(self.catalogues[code], page, key, code)
        per_module = -(-lesson_count // modules)
        lesson_keys = []
        lesson_pages = []
        for m in range(modules):
            module_key = self.new_key()
            module_pages = {}
            for i, code in enumerate(LANGUAGES):
                module_pages[code] = self._add(
                    course_pages[code],
                    ModulePage(
                        slug=f"module-{m + 1}",
                        title=f"{texts.MODULE_WORDS[0][i]} {m + 1}",
                        intro=self.sentences(i, 2),
                    ),
                    module_key,
                    code,
                )
            for _ in range(per_module):
                if len(lesson_keys) >= lesson_count:
                    break
                number = len(lesson_keys) + 1
                lesson_key = self.new_key()
                topic_words = texts.LESSON_TOPICS[(number - 1) % len(texts.LESSON_TOPICS)]
                minutes = rng.choice((10, 15, 20, 30))
                for i, code in enumerate(LANGUAGES):
                    body = [
                        {"type": "paragraph", "value": f"<p>{self.sentences(i, 5)}</p>"}
                        for _ in range(4)
                    ]
                    page = self._add(
                        module_pages[code],
                        LessonPage(
                            slug=f"lesson-{number}",
                            title=f"{texts.LESSON_WORDS[0][i]} {number}. {topic_words[i]}",
                            summary=self.sentences(i, 1)[:300],
                            body=body,
                            estimated_minutes=minutes,
                            required_for_completion=True,
                            open_preview=number == 1,
                        ),
                        lesson_key,
                        code,
                    )
                    if code == "ky":
                        lesson_pages.append(page)
                lesson_keys.append(lesson_key)
        course_trainers_sync(course=course_pages["ky"])
        quizzes = []
        # A quiz half-way and one at the end of each course.
        for index in sorted({len(lesson_pages) // 2 - 1, len(lesson_pages) - 1}):
            if index < 0:
                continue
            quiz, _ = quiz_get_or_create(
                lesson=lesson_pages[index],
                title=f"Тест: {titles[0]}"[:200],
                title_ru=f"Тест: {titles[1]}"[:200],
                pass_mark=PASS_MARK,
            )
            questions = []
            for q in range(QUESTIONS_PER_QUIZ):
                correct = rng.randrange(4)
                question = question_add(
                    quiz=quiz,
                    qtype="single",
                    text={
                        "ky": f"Суроо {q + 1}. {self.sentences(0, 1)}",
                        "ru": f"Вопрос {q + 1}. {self.sentences(1, 1)}",
                    },
                    options=[
                        {
                            "text": {"ky": f"Жооп {o + 1}", "ru": f"Ответ {o + 1}"},
                            "fraction": 1 if o == correct else 0,
                        }
                        for o in range(4)
                    ],
                )
                questions.append(str(question.key))
            quizzes.append((index, quiz.pk, lesson_keys[index], questions))
        return _Course(
            key=key,
            title=titles[0],
            hours=hours,
            lessons=lesson_keys,
            quizzes=quizzes,
            weight=1.0 / (n + 1) ** 0.7,
        )

    def courses(self) -> None:
        size = self.size
        self.course_list = []
        for n in range(size.courses):
            modules = max(1, size.lessons // 5)
            self.course_list.append(
                self.course(n, size.lessons, modules, f"{BENCH_SLUG_PREFIX}course-{n + 1}")
            )
        if size.big_course_lessons:
            big = self.course(
                size.courses,
                size.big_course_lessons,
                max(1, size.big_course_lessons // 8),
                BIG_COURSE_SLUG,
            )
            big.weight = self.course_list[-1].weight if self.course_list else 1.0
            self.course_list.append(big)
        self.report.counts["courses"] = len(self.course_list)

    def cases(self) -> None:
        rng = self.rng
        municipalities = list(Municipality.objects.order_by("code"))
        choices = {
            "theme": [c.value for c in Theme],
            "service_area": [c.value for c in ServiceArea],
            "mechanism": [c.value for c in Mechanism],
            "status": [c.value for c in CaseStatus],
        }
        for n in range(self.size.cases):
            key = self.new_key()
            facets = {name: rng.choice(values) for name, values in choices.items()}
            places = rng.sample(municipalities, k=min(len(municipalities), rng.randint(1, 3)))
            subject = texts.SUBJECTS[n % len(texts.SUBJECTS)]
            year = rng.randint(2012, 2026)
            population = rng.randint(2_000, 60_000)
            budget = Decimal(rng.randrange(200_000, 20_000_000, 1000))
            for i, code in enumerate(LANGUAGES):
                page = CaseStudyPage(
                    slug=f"{BENCH_SLUG_PREFIX}case-{n + 1}",
                    title=f"{subject[i]} — {n + 1}",
                    summary=self.sentences(i, 2)[:300],
                    year=year,
                    population_served=population,
                    budget_amount=budget,
                    situation_before=f"<p>{self.sentences(i, 3)}</p>",
                    body=[
                        {"type": "paragraph", "value": f"<p>{self.sentences(i, 5)}</p>"}
                        for _ in range(3)
                    ],
                    lessons_learned=f"<p>{self.sentences(i, 3)}</p>",
                    transferability=f"<p>{self.sentences(i, 2)}</p>",
                    **facets,
                )
                page.municipalities = places
                self._add(self.portal[code], page, key, code)
        self.report.counts["cases"] = self.size.cases

    # -- people --------------------------------------------------------------------------------

    def learners(self) -> None:
        rng = self.rng
        places = list(Municipality.objects.order_by("code").values_list("pk", "kind"))
        place_ids = [pk for pk, _ in places]
        place_weights = [KIND_WEIGHT.get(kind, 1) for _, kind in places]
        password = make_password(BENCH_PASSWORD)
        size = self.size.learners
        towns = rng.choices(place_ids, weights=place_weights, k=size) if places else [None] * size
        positions = rng.choices(list(POSITION_WEIGHTS), weights=POSITION_WEIGHTS.values(), k=size)
        genders = rng.choices(list(GENDER_WEIGHTS), weights=GENDER_WEIGHTS.values(), k=size)
        languages = rng.choices(list(LANGUAGE_WEIGHTS), weights=LANGUAGE_WEIGHTS.values(), k=size)
        self.joined = [
            self.now - timedelta(days=HISTORY_DAYS + 30 * rng.random()) for _ in range(size)
        ]

        def rows():
            for n in range(size):
                gender = genders[n]
                first = rng.choice(texts.FIRST_NAMES.get(gender) or texts.FIRST_NAMES["male"])
                last = rng.choice(texts.LAST_NAMES) + ("а" if gender == Gender.FEMALE else "")
                name = f"{last} {first[0 if languages[n] == 'ky' else 1]}"
                yield (
                    f"learner{n + 1}@{BENCH_EMAIL_DOMAIN}",
                    password,
                    name,
                    towns[n],
                    positions[n],
                    gender,
                    languages[n],
                    True,
                    self.joined[n],
                    False,
                    False,
                    True,
                    self.joined[n],
                )

        _insert(
            User,
            [
                "email",
                "password",
                "full_name",
                "municipality",
                "position",
                "gender",
                "preferred_language",
                "notify_optional",
                "email_confirmed_at",
                "is_staff",
                "is_superuser",
                "is_active",
                "date_joined",
            ],
            rows(),
        )
        self.user_ids = list(
            User.objects.filter(
                email__startswith="learner", email__endswith=f"@{BENCH_EMAIL_DOMAIN}"
            )
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        learner_group = Group.objects.get(name=LEARNER)
        _insert(
            User.groups.through,
            ["user", "group"],
            ((pk, learner_group.pk) for pk in self.user_ids),
        )
        self.report.counts["learners"] = len(self.user_ids)

    # -- learning facts ------------------------------------------------------------------------

    def plan_enrolments(self) -> list[list]:
        """[user, course index, status, created, n_done] per enrolment, distinct pairs."""
        rng = self.rng
        courses = self.course_list
        users = self.user_ids
        total = min(self.size.enrolments, len(users) * len(courses))
        per_user = [0] * len(users)
        # Everyone enrols once, then the rest goes to the keen (a long tail of many courses).
        for n in range(min(total, len(users))):
            per_user[n] += 1
        left = total - min(total, len(users))
        keen = list(range(len(users)))
        while left > 0:
            i = rng.choice(keen)
            if per_user[i] < len(courses):
                per_user[i] += 1
                left -= 1
        weights = [c.weight for c in courses]
        plan = []
        for i, user in enumerate(users):
            chosen: set[int] = set()
            while len(chosen) < per_user[i]:
                if per_user[i] > len(courses) // 2:
                    chosen = set(rng.sample(range(len(courses)), per_user[i]))
                    break
                chosen.add(rng.choices(range(len(courses)), weights=weights)[0])
            for c in sorted(chosen):
                created = self.now - timedelta(seconds=rng.random() * HISTORY_DAYS * 86400)
                plan.append([user, c, EnrollmentStatus.ACTIVE, created, 0])
        rng.shuffle(plan)
        # Statuses: a few never got in, some withdrew, the rest study; some of those completed.
        cursor = 0
        for status, share in NOT_ENROLLED_SHARES.items():
            for item in plan[cursor : cursor + int(total * share)]:
                item[2] = status
            cursor += int(total * share)
        for item in plan[cursor : cursor + int(total * WITHDRAWN_SHARE)]:
            item[2] = EnrollmentStatus.WITHDRAWN
            item[4] = rng.randint(0, max(0, len(courses[item[1]].lessons) // 3))
        cursor += int(total * WITHDRAWN_SHARE)
        studying = plan[cursor:]
        budget = self.size.completions - sum(item[4] for item in plan)
        completed_budget = int(budget * COMPLETED_COURSE_SHARE)
        for item in studying:
            lessons = len(courses[item[1]].lessons)
            if lessons > completed_budget or lessons > budget:
                break
            item[2] = EnrollmentStatus.COMPLETED
            item[4] = lessons
            completed_budget -= lessons
            budget -= lessons
        active = [item for item in studying if item[2] == EnrollmentStatus.ACTIVE]
        # The rest of the completions: a skewed share per active enrolment, short of the end.
        shares = [rng.random() ** 1.5 for _ in active]
        total_share = sum(shares) or 1
        for item, share in zip(active, shares, strict=True):
            room = len(courses[item[1]].lessons) - 1
            item[4] = min(room, int(budget * share / total_share))
        budget -= sum(item[4] for item in active)
        while budget > 0:
            open_items = [item for item in active if item[4] < len(courses[item[1]].lessons) - 1]
            if not open_items:
                break
            for item in open_items:
                if budget <= 0:
                    break
                item[4] += 1
                budget -= 1
        return plan

    def learning(self) -> None:
        rng = self.rng
        courses = self.course_list
        plan = self.plan_enrolments()
        events = []  # (actor, verb, object_type, object_key, course_key, language, context, at)
        completions = []  # (user, lesson_key, course_key, at)
        enrolment_rows = []
        language = {}

        def when(start: datetime, span_days: float) -> datetime:
            return min(self.now, start + timedelta(seconds=rng.random() * span_days * 86400))

        for user, c, status, created, done in plan:
            course = courses[c]
            code = language.setdefault(user, rng.choice(("ky", "ky", "ru")))
            span = max(1.0, (self.now - created).total_seconds() / 86400)
            at = created
            last_key = None
            for lesson_key in course.lessons[:done]:
                at = min(
                    self.now,
                    at + timedelta(seconds=rng.random() * min(span, 180) / max(1, done) * 86400),
                )
                completions.append((user, lesson_key, course.key, at))
                events.append(
                    (
                        user,
                        LearningVerb.VIEWED,
                        LearningObject.LESSON,
                        lesson_key,
                        course.key,
                        code,
                        at - timedelta(minutes=rng.randint(3, 40)),
                    )
                )
                events.append(
                    (
                        user,
                        LearningVerb.COMPLETED,
                        LearningObject.LESSON,
                        lesson_key,
                        course.key,
                        code,
                        at,
                    )
                )
                last_key = lesson_key
            completed_at = at if status == EnrollmentStatus.COMPLETED else None
            if status in (
                EnrollmentStatus.ACTIVE,
                EnrollmentStatus.COMPLETED,
                EnrollmentStatus.WITHDRAWN,
            ):
                events.append(
                    (
                        user,
                        LearningVerb.ENROLLED,
                        LearningObject.COURSE,
                        course.key,
                        course.key,
                        code,
                        created,
                    )
                )
            if status == EnrollmentStatus.WITHDRAWN:
                events.append(
                    (
                        user,
                        LearningVerb.WITHDREW,
                        LearningObject.COURSE,
                        course.key,
                        course.key,
                        code,
                        when(at, 30),
                    )
                )
            if completed_at:
                events.append(
                    (
                        user,
                        LearningVerb.COMPLETED,
                        LearningObject.COURSE,
                        course.key,
                        course.key,
                        code,
                        completed_at,
                    )
                )
            updated = completed_at or at
            enrolment_rows.append(
                (
                    user,
                    course.key,
                    status,
                    created,
                    updated,
                    completed_at,
                    last_key,
                    at if last_key else None,
                )
            )
        self.report.counts["enrolments"] = _insert(
            Enrollment,
            [
                "user",
                "course_key",
                "status",
                "created_at",
                "updated_at",
                "completed_at",
                "last_lesson_key",
                "last_activity_at",
            ],
            enrolment_rows,
        )
        self.report.counts["completions"] = _insert(
            LessonCompletion,
            ["user", "lesson_key", "course_key", "source", "completed_at"],
            ((u, lk, ck, "manual", at) for u, lk, ck, at in completions),
        )
        del completions
        self.plan = plan
        self.language = language
        self.events = events

    def attempts(self) -> None:
        rng = self.rng
        courses = self.course_list
        pairs = [
            (user, c, quiz, created)
            for user, c, status, created, done in self.plan
            if status in (EnrollmentStatus.ACTIVE, EnrollmentStatus.COMPLETED)
            for quiz in courses[c].quizzes
            if done > quiz[0] or status == EnrollmentStatus.COMPLETED
        ]
        rng.shuffle(pairs)
        numbers = {}
        rows = []
        target = self.size.attempts
        rounds = 0
        while len(rows) < target and pairs and rounds < 5:
            rounds += 1
            for user, c, (_index, quiz_id, lesson_key, questions), created in pairs:
                if len(rows) >= target:
                    break
                if rounds > 1 and rng.random() < 0.6:
                    continue  # most learners stop after a pass
                number = numbers[(user, lesson_key)] = numbers.get((user, lesson_key), 0) + 1
                started = min(self.now, created + timedelta(days=rng.random() * 60, hours=number))
                submitted = started + timedelta(minutes=rng.randint(4, 25))
                right = rng.choices(
                    range(len(questions) + 1), weights=[1, 2, 4, 6, 8][: len(questions) + 1]
                )[0]
                score = Decimal(right * 100 / len(questions)).quantize(Decimal("0.01"))
                passed = score >= PASS_MARK
                code = self.language.get(user, "ky")
                layout = [{"q": q, "o": []} for q in questions]
                rows.append(
                    (
                        user,
                        quiz_id,
                        lesson_key,
                        courses[c].key,
                        number,
                        "submitted",
                        layout,
                        code,
                        started,
                        None,
                        submitted,
                        Decimal(right),
                        Decimal(len(questions)),
                        score,
                        passed,
                    )
                )
                self.events.append(
                    (
                        user,
                        LearningVerb.ATTEMPTED,
                        LearningObject.QUIZ,
                        lesson_key,
                        courses[c].key,
                        code,
                        started,
                    )
                )
                self.events.append(
                    (
                        user,
                        LearningVerb.PASSED if passed else LearningVerb.FAILED,
                        LearningObject.QUIZ,
                        lesson_key,
                        courses[c].key,
                        code,
                        submitted,
                    )
                )
        self.report.counts["attempts"] = _insert(
            Attempt,
            [
                "user",
                "quiz",
                "lesson_key",
                "course_key",
                "number",
                "state",
                "layout",
                "language",
                "started_at",
                "deadline",
                "submitted_at",
                "points",
                "max_points",
                "score",
                "passed",
            ],
            rows,
        )

    def certificates(self) -> None:
        courses = {c.key: c for c in self.course_list}
        names = dict(User.objects.filter(pk__in=self.user_ids).values_list("pk", "full_name"))
        completed = Enrollment.objects.filter(
            course_key__in=list(courses), status=EnrollmentStatus.COMPLETED
        ).values_list("pk", "user_id", "course_key", "completed_at")
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        rows = []
        for pk, user, course_key, completed_at in completed.iterator():
            course = courses[course_key]
            code = "".join(self.rng.choice(alphabet) for _ in range(20))
            issued = completed_at + timedelta(minutes=2)
            language = self.language.get(user, "ky")
            rows.append(
                (
                    pk,
                    user,
                    course_key,
                    code,
                    "valid",
                    names[user],
                    course.title,
                    course.hours,
                    language,
                    completed_at.date(),
                    "Bench",
                    "Bench Trainer",
                    issued,
                    issued,
                    issued,
                    "",
                    "",
                    "",
                    "course",
                    "",
                    "",
                )
            )
            self.events.append(
                (
                    user,
                    LearningVerb.EARNED,
                    LearningObject.CERTIFICATE,
                    self.new_key(),
                    course_key,
                    language,
                    issued,
                )
            )
        # Files are not rendered: marking them delivered keeps the periodic sweep from
        # rendering tens of thousands of PDFs on a benchmark machine.
        self.report.counts["certificates"] = _insert(
            Certificate,
            [
                "enrollment",
                "user",
                "course_key",
                "code",
                "status",
                "holder_name",
                "course_title",
                "course_hours",
                "language",
                "completed_on",
                "issuer_name",
                "trainer_names",
                "issued_at",
                "rendered_at",
                "emailed_at",
                "png",
                "pdf",
                "revocation_reason",
                "kind",
                "venue",
                "subject_key",
            ],
            rows,
        )

    def write_events(self) -> None:
        self.events.sort(key=lambda e: e[6])
        self.report.counts["events"] = _insert(
            LearningEvent,
            [
                "actor",
                "verb",
                "object_type",
                "object_key",
                "course_key",
                "language",
                "context",
                "created_at",
            ],
            ((a, v, t, k, c, lang, {}, at) for a, v, t, k, c, lang, at in self.events),
        )
        self.events = []


PAGE_MODELS = (CoursePage, ModulePage, LessonPage, CaseStudyPage)


@contextlib.contextmanager
def _page_deletes_quick():
    """Bench pages were never translated with wagtail-localize nor referenced elsewhere: skip
    the per-page clean-up of both, which makes deleting thousands of pages take minutes."""
    from wagtail_localize.models import handle_translation_on_delete

    for model in PAGE_MODELS:
        post_delete.disconnect(handle_translation_on_delete, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in PAGE_MODELS:
            post_delete.connect(handle_translation_on_delete, sender=model)


@contextlib.contextmanager
def _pages_unindexed():
    """Pages are indexed for search in bulk afterwards instead of one by one (the slow part
    of a page save); Wagtail's reference index (the admin's "usage") is left alone."""
    from modelsearch.signal_handlers import post_save_signal_handler

    for model in PAGE_MODELS:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in PAGE_MODELS:
            post_save.connect(post_save_signal_handler, sender=model)


def _pages_index(created: dict) -> int:
    backend = get_search_backend()
    for model, pages in created.items():
        for start in range(0, len(pages), 500):
            backend.add_bulk(model, pages[start : start + 500])
    return sum(len(pages) for pages in created.values())


def bench_data_create(
    *, size: BenchSize, log: Callable[[str], None] = lambda _: None
) -> BenchReport:
    """Generate the bench data set; call bench_data_remove first to replace an earlier one."""
    generator = _Generator(size, log)
    with transaction.atomic():
        with generator.step("site"):
            generator.site()
        with _pages_unindexed():
            with generator.step("courses"):
                generator.courses()
            with generator.step("cases"):
                generator.cases()
        with generator.step("pages"):
            generator.report.counts["pages"] = _pages_index(generator.created)
    with transaction.atomic():
        with generator.step("learners"):
            generator.learners()
        with generator.step("enrolments"):
            generator.learning()
        with generator.step("attempts"):
            generator.attempts()
        with generator.step("certificates"):
            generator.certificates()
        with generator.step("events"):
            generator.write_events()
    if connection.vendor == "postgresql":
        with generator.step("analyze"), connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return generator.report


def renditions_warm() -> int:
    """Make every rendition the bench case pages ask for, each distinct image once, so the load
    benchmark's first view of a case does not resize images; five queries when all exist.
    Returns how many renditions were made."""
    cases = CaseStudyPage.objects.filter(slug__startswith=BENCH_SLUG_PREFIX)
    specs: dict[int, set[str]] = defaultdict(set)
    for image_id in cases.values_list("cover_image_id", flat=True).distinct():
        specs[image_id].update(COVER_RENDITIONS)
    for image_id in cases.values_list("og_image_id", flat=True).distinct():
        specs[image_id].add(OG_RENDITION)
    gallery = CaseGalleryImage.objects.filter(page__in=cases).values_list("image_id", flat=True)
    for image_id in gallery.distinct():
        specs[image_id].update(GALLERY_RENDITIONS)
    specs.pop(None, None)
    if not specs:
        return 0
    image_model = get_image_model()
    renditions = image_model.get_rendition_model().objects
    wanted = {spec for image_specs in specs.values() for spec in image_specs}
    images = image_model.objects.filter(pk__in=specs).prefetch_related(
        Prefetch("renditions", queryset=renditions.filter(filter_spec__in=wanted))
    )
    made = 0
    for image in images:
        have = {r.filter_spec for r in image.renditions.all()}
        missing = sorted(specs[image.pk] - have)
        if missing:
            image.get_renditions(*missing)
            made += len(missing)
    return made
