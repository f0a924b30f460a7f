"""What the journeys need on the site, built through the project's own builders and services.

Each browser test empties the database when it ends, so these run once per test: they stay
small (a few cases, one short course) to keep the browser tests quick.
"""

from dataclasses import dataclass, field

from wagtail.models import Locale, Page
from wagtail.signal_handlers import disable_reference_index_auto_update

from cms.portal.demo import cases_demo_create
from cms.portal.models import BestPracticeIndexPage, CaseStudyPage
from courses.catalogue.models import CoursePage, LessonPage
from courses.catalogue.services import course_index_setup, course_trainers_sync
from courses.quizzes.authoring import questions_import, quiz_get_or_create, true_false_options
from courses.quizzes.formats import ParsedOption, ParsedQuestion
from courses.quizzes.models import QuestionType
from tests.factories.courses import (
    CourseIndexPageFactory,
    CoursePageFactory,
    LessonPageFactory,
    stream,
)
from tests.factories.places import DistrictFactory, MunicipalityFactory, OblastFactory

LANGUAGES = ("ky", "ru", "en")

# ---- the best-practice portal ---------------------------------------------------------------

# Three demo cases: two of private sector involvement (waste, lighting) and one of cooperation.
PORTAL_CASES = (
    "teploklyuchenka-waste-contract",
    "street-lighting-private-operator",
    "kenesh-cluster-joint-service",
)
# Their municipalities, in two oblasts, so the oblast facet has something to offer.
PLACES = {
    "chuy": ("Чүй облусу", "Чуйская область", "Chuy Region", ["Теплоключенка"]),
    "jalal-abad": (
        "Жалал-Абад облусу",
        "Джалал-Абадская область",
        "Jalal-Abad Region",
        ["Бешик-Жон", "Кеңеш", "Массы"],
    ),
}
MUNICIPALITY_CODES = {
    "Теплоключенка": "teploklyuchenka",
    "Бешик-Жон": "beshik-jon",
    "Кеңеш": "kenesh",
    "Массы": "massy",
}


@dataclass(frozen=True)
class Portal:
    index: BestPracticeIndexPage
    cases: dict[str, CaseStudyPage]  # by slug, the Kyrgyz pages

    def url(self, language: str) -> str:
        return self.index.get_translation(Locale.objects.get(language_code=language)).url

    def case_url(self, slug: str, language: str) -> str:
        case = self.cases[slug].get_translation(Locale.objects.get(language_code=language))
        return case.url


def portal_create() -> Portal:
    """The portal index and three demo cases (cover, gallery, figures) in ky, ru and en."""
    from cms.portal.demo_content import CASES

    for code, (ky, ru, en, municipalities) in PLACES.items():
        oblast = OblastFactory(code=code, name_ky=ky, name_ru=ru, name_en=en)
        district = DistrictFactory(oblast=oblast)
        for name in municipalities:
            code = MUNICIPALITY_CODES[name]
            MunicipalityFactory(
                code=code, district=district, name_ky=name, name_ru=name, name_en=code.title()
            )
    # The reference index (Wagtail's "usage" counts) is a third of the saving time and no
    # journey looks at it.
    with disable_reference_index_auto_update():
        cases_demo_create(cases=[case for case in CASES if case["slug"] in PORTAL_CASES])
    index = BestPracticeIndexPage.objects.get(locale__language_code="ky")
    cases = {case.slug: case for case in CaseStudyPage.objects.filter(locale__language_code="ky")}
    return Portal(index=index, cases=cases)


# ---- a short course with a quiz -------------------------------------------------------------

COURSE_TITLES = {
    "ky": "Көчө жарыгын келишим менен уюштуруу",
    "ru": "Уличное освещение по договору",
    "en": "Street lighting by contract",
}
LESSON_TITLES = [
    {
        "ky": "Келишимде эмне жазылат",
        "ru": "Что записано в договоре",
        "en": "What the contract covers",
    },
    {
        "ky": "Операторду кантип тандоо керек",
        "ru": "Как выбрать оператора",
        "en": "How to choose the operator",
    },
    {
        "ky": "Өзүңүздү текшериңиз",
        "ru": "Проверьте себя",
        "en": "Check yourself",
    },
]
QUIZ_TITLES = {"ky": "Жарык боюнча тест", "ru": "Тест по освещению", "en": "Lighting quiz"}


@dataclass(frozen=True)
class Course:
    course: CoursePage  # the Kyrgyz page
    lessons: list[LessonPage]  # the Kyrgyz pages, in course order
    quiz: object
    trainer: object
    pages: dict = field(default_factory=dict)  # {language: {"course": page, "lessons": [...]}}

    def course_url(self, language: str) -> str:
        return self.pages[language]["course"].url

    def lesson_url(self, n: int, language: str) -> str:
        return self.pages[language]["lessons"][n].url


def _lesson_body(n: int, image) -> str:
    """A lesson that uses the blocks trainers use: text, a figure, a tip and a table."""
    blocks = [
        ("heading", "Негизги түшүнүктөр"),
        (
            "paragraph",
            "<p>Айыл өкмөтү көчө жарыгын жеке операторго келишим менен өткөрүп бере алат. "
            "Келишимде кызматтын көлөмү, сапаты жана баасы так жазылат.</p>",
        ),
        (
            "callout",
            {"kind": "tip", "title": "Кеңеш", "text": "<p>Жарыктын графигин жазыңыз.</p>"},
        ),
        (
            "table",
            {
                "caption": "Кызматтын көрсөткүчтөрү",
                "header": ["Көрсөткүч", "Максат"],
                "rows": [["Күйүп турган чырактар", "95 %"], ["Оңдоо мөөнөтү", "3 күн"]],
            },
        ),
    ]
    if n == 0:
        blocks.insert(
            2,
            (
                "image",
                {"image": image.pk, "alt": "Түнкү көчөдөгү чырактар", "caption": "Көчө жарыгы"},
            ),
        )
    return stream(*blocks)


def _course_image():
    """A 1600-pixel-wide photo-like upload, so renditions for small screens matter."""
    from wagtail_factories import ImageFactory

    return ImageFactory(
        title="Street lights", file__width=1600, file__height=900, file__color="navy"
    )


def course_create(*, trainer, catalogue_languages=LANGUAGES) -> Course:
    """A live course of two lessons and a quiz lesson in ky, ru and en, taught by `trainer`.

    Set up as the admin would be (trainer rights, the review workflow); passing the quiz
    completes its lesson and so the course.
    """
    home = Page.objects.get(depth=2, locale__language_code="ky").specific
    catalogue = CourseIndexPageFactory(parent=home, show_in_menus=True)
    course_index_setup(catalogue=catalogue)
    course = CoursePageFactory(parent=catalogue, title=COURSE_TITLES["ky"], slug="street-lighting")
    course.trainers = [trainer]
    course.save_revision().publish()
    course_trainers_sync(course=course)
    image = _course_image()
    lessons = [
        LessonPageFactory(
            parent=course,
            title=titles["ky"],
            slug=f"lesson-{n + 1}",
            body=_lesson_body(n, image),
            estimated_minutes=10,
        )
        for n, titles in enumerate(LESSON_TITLES)
    ]
    quiz, _ = quiz_get_or_create(
        lesson=lessons[-1],
        title=QUIZ_TITLES["ky"],
        title_ru=QUIZ_TITLES["ru"],
        title_en=QUIZ_TITLES["en"],
        pass_mark=60,
    )
    questions_import(
        quiz=quiz,
        questions=[
            ParsedQuestion(
                qtype=QuestionType.SINGLE,
                text="Who signs the service contract?",
                options=[
                    ParsedOption(text="The head of the ayil okmotu", fraction=1),
                    ParsedOption(text="The operator alone", fraction=0),
                    ParsedOption(text="Nobody", fraction=0),
                ],
            ),
            ParsedQuestion(
                qtype=QuestionType.TRUE_FALSE,
                text="A contract sets the price and the quality of the service.",
                options=true_false_options(correct=True),
            ),
        ],
    )
    pages = {"ky": {"course": course, "lessons": lessons}}
    for language in LANGUAGES[1:]:
        locale = Locale.objects.get(language_code=language)
        catalogue_copy = catalogue.copy_for_translation(locale)
        catalogue_copy.save_revision().publish()
        course_index_setup(catalogue=catalogue_copy)
        translated = course.copy_for_translation(locale)
        translated.title = COURSE_TITLES[language]
        translated.save_revision().publish()
        copies = []
        for lesson, titles in zip(lessons, LESSON_TITLES, strict=True):
            copy = lesson.copy_for_translation(locale)
            copy.title = titles[language]
            copy.save_revision().publish()
            copies.append(copy)
        pages[language] = {"course": translated, "lessons": copies}
    course_trainers_sync(course=course)
    return Course(
        course=course,
        lessons=lessons,
        quiz=quiz,
        trainer=trainer,
        pages=pages,
    )
