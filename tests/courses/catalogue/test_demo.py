"""The demo seeder builds courses in each language from data, once, with pictures."""

from wagtail.models import Page, WorkflowPage

import pytest

from cms.portal.models import BestPracticeIndexPage
from courses.catalogue.demo import demo_courses_create
from courses.catalogue.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from courses.catalogue.selectors import course_group_name
from lms.accounts.demo import demo_users_create
from tests.factories.cms import case_create, portal_index

pytestmark = pytest.mark.django_db

TOPICS = {
    "private-sector-involvement": {"ky": "Жеке сектор", "ru": "Частный сектор", "en": "PSI"},
}


def lesson(slug, preview, body_ky, body_ru):
    return {
        "slug": slug,
        "minutes": 10,
        "required": True,
        "preview": preview,
        "text": {
            "ky": {"title": f"Сабак {slug}", "summary": "Кыскача", "body": body_ky},
            "ru": {"title": f"Урок {slug}", "summary": "Кратко", "body": body_ru},
        },
    }


def body(code):
    return [
        ("heading", f"Heading {code}"),
        ("paragraph", f"<p>Text {code}</p>"),
        ("image", {"motif": "waste", "alt": f"Alt {code}", "caption": ""}),
        ("case", {"slug": "no-such-case", "note": "skipped"}),
        ("case", {"slug": "teploklyuchenka-waste-contract", "note": f"Note {code}"}),
        ("table", {"caption": "T", "header": ["a", "b"], "rows": [["1", "2"]]}),
        ("glossary", [{"term": "Тендер", "definition": "Сынак"}]),
        ("callout", {"kind": "tip", "title": "", "text": "<p>Tip</p>"}),
        ("quote", {"text": "Q", "attribution": "A"}),
    ]


COURSE = {
    "slug": "demo-course",
    "topic": "private-sector-involvement",
    "level": "beginner",
    "hours": 2,
    "enrolment_method": "open",
    "sequential": False,
    "certificate": True,
    "cover": {"motif": "lighting", "alt": {"ky": "Чырак", "ru": "Фонарь", "en": "Lamp"}},
    "text": {
        code: {
            "title": f"Course {code}",
            "summary": "S" * 300,  # longer than the field: shortened, not an error
            "description": "<p>Description</p>",
            "outcomes": ["One", "Two"],
            "completion": "Finish all lessons.",
        }
        for code in ("ky", "ru")
    },
    "modules": [
        {
            "slug": "module-one",
            "text": {"ky": {"title": "Модуль 1", "intro": ""}, "ru": {"title": "Модуль 1"}},
            "lessons": [
                lesson("one", True, body("ky"), body("ru")),
                lesson("two", False, body("ky"), body("ru")),
            ],
        }
    ],
}


@pytest.fixture
def seeded(home_page):
    demo_users_create(password="demo-password-2026")
    case_create(portal_index(home_page), slug="teploklyuchenka-waste-contract")
    return demo_courses_create(courses=[COURSE], topics=TOPICS)


def test_seeder_builds_the_course_in_each_language(seeded, client):
    (course,) = seeded
    translations = CoursePage.objects.filter(translation_key=course.translation_key)
    assert {p.locale.language_code for p in translations} == {"ky", "ru"}
    assert all(p.live and p.owner.email == "trainer@example.org" for p in translations)
    assert ModulePage.objects.count() == 2
    assert LessonPage.objects.filter(live=True).count() == 4
    assert course.cover_image is not None and course.cover_alt == "Чырак"
    assert len(course.summary) == 250
    catalogues = CourseIndexPage.objects.all()
    assert {c.locale.language_code for c in catalogues} == {"ky", "ru", "en"}
    assert all(WorkflowPage.objects.filter(page=c).exists() for c in catalogues)
    trainer_group = course.trainers.get().groups.filter(
        name=course_group_name(course.translation_key)
    )
    assert trainer_group.exists()

    ru_lesson = LessonPage.objects.get(slug="one", locale__language_code="ru")
    types = [block.block_type for block in ru_lesson.body]
    assert types.count("case") == 1  # the citation of a missing case was skipped
    html = client.get(ru_lesson.url).content.decode()
    assert "Heading ru" in html and 'alt="Alt ru"' in html and "Note ru" in html
    assert client.get("/ru/courses/").status_code == 200
    assert "Course ru" in client.get("/ru/courses/").content.decode()


def test_seeder_twice_changes_nothing(seeded):
    counts = (Page.objects.count(), LessonPage.objects.count())
    demo_courses_create(courses=[COURSE], topics=TOPICS)
    assert (Page.objects.count(), LessonPage.objects.count()) == counts


def test_home_page_button_leads_to_the_catalogue(seeded, client):
    html = client.get("/ru/").content.decode()
    assert 'href="/ru/courses/"' in html and "Смотреть курсы" in html


def test_courses_lead_the_main_menu_in_every_language(home_page, client):
    demo_users_create(password="demo-password-2026")
    portal_index(home_page)
    for page in BestPracticeIndexPage.objects.all():
        page.show_in_menus = True  # the portal is in the menu before the courses exist
        page.save_revision().publish()
    demo_courses_create(courses=[COURSE], topics=TOPICS)
    for code, first_label in (("ky", "Курстар"), ("ru", "Курсы")):
        html = client.get(f"/{code}/").content.decode()
        menu = html.split('class="main-nav"', 1)[1].split("</nav>", 1)[0]
        assert "Portal" in menu
        assert menu.index(first_label) < menu.index("Portal")
