"""Course page and lesson player: what they show, navigation, blocks, and bounded queries."""

from datetime import datetime, timedelta

from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.documents.models import Document

import pytest
import wagtail_factories

from courses.catalogue.models import LessonPage, ModulePage
from tests.factories.cms import case_create, portal_index
from tests.factories.courses import (
    EnrollmentFactory,
    LessonPageFactory,
    ModulePageFactory,
    stream,
)

pytestmark = pytest.mark.django_db


def count_queries(client, url):
    client.get(url)  # warm Wagtail's site, locale and rendition caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


def test_course_page_shows_description_outcomes_trainers_syllabus(client, make_course, make_user):
    trainer = make_user(role="Trainer", full_name="Нургүл Асанова")
    course = make_course(lessons=4, modules=2, trainers=[trainer], completion_requirements="Pass.")
    html = client.get(course.url).content.decode()
    assert "A longer description." in html
    assert "Plan a service contract" in html  # outcome
    assert "Нургүл Асанова" in html
    for module in ModulePage.objects.child_of(course):
        assert module.title in html
    for lesson in LessonPage.objects.descendant_of(course):
        assert lesson.title in html
    assert "Pass." in html
    assert 'id="enrolment"' in html


def test_course_page_enrolment_area_follows_the_visitor(client, make_course, learner):
    course = make_course()
    assert "/accounts/login/?next=" in client.get(course.url).content.decode()
    EnrollmentFactory(user=learner, course_key=course.translation_key, status="pending")
    client.force_login(learner)
    assert client.get(course.url).context["access"].state == "pending"


def test_enrolment_dates_are_written_the_kyrgyz_way(client, make_course):
    opens = timezone.make_aware(datetime(2026, 11, 25, 10, 0))
    course = make_course(enrolment_opens_at=opens, enrolment_closes_at=opens + timedelta(days=36))
    html = client.get(course.url).content.decode()
    assert course.url.startswith("/ky/")
    assert "<dd>25-ноябрь 2026-ж. 10:00</dd>" in html
    assert "<dd>31-декабрь 2026-ж. 10:00</dd>" in html


def test_lesson_player_outline_marks_current_and_links_previous_next(
    client, make_course, make_user
):
    client.force_login(make_user(role="Manager"))
    course = make_course(lessons=4, modules=2)
    ordered = list(LessonPage.objects.descendant_of(course).order_by("path"))
    second = ordered[1]
    response = client.get(second.url)
    html = response.content.decode()
    assert f'<a href="{second.url}" aria-current="page">' in html
    assert f'rel="prev" href="{ordered[0].url}"' in html
    assert f'rel="next" href="{ordered[2].url}"' in html
    assert second.get_parent().title in html  # the module in the breadcrumb
    assert "data-completion-slot" in html
    assert 'class="breadcrumb"' in html
    first = client.get(ordered[0].url).content.decode()
    assert 'rel="prev"' not in first


def test_lessons_directly_under_a_course_are_in_the_outline(client, make_course, make_user):
    client.force_login(make_user(role="Manager"))
    course = make_course(lessons=2, modules=0)
    lesson = LessonPage.objects.child_of(course).first()
    assert len(client.get(lesson.url).context["outline"].lessons) == 2


def test_draft_lessons_are_not_in_the_outline(client, make_course, make_user):
    client.force_login(make_user(role="Manager"))
    course = make_course(lessons=3, modules=0)
    last = LessonPage.objects.child_of(course).last()
    last.unpublish()
    html = client.get(course.url).content.decode()
    assert last.title not in html


def rich_lesson(parent, home_page):
    image = wagtail_factories.ImageFactory(width=1600, height=900)
    document = Document(title="Contract template")
    document.file.save("contract.pdf", ContentFile(b"%PDF-1.4 " + b"x" * 2048), save=False)
    document.save()
    case = case_create(portal_index(home_page), title="Teploklyuchenka waste contract")
    body = stream(
        ("heading", "How to choose"),
        ("image", {"image": image.pk, "alt": "Bins by the road", "caption": "Collection point"}),
        (
            "video",
            {
                "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "title": "Street lighting",
                "transcript": "<p>Every word that is said.</p>",
            },
        ),
        ("document", {"document": document.pk, "title": ""}),
        ("callout", {"kind": "warning", "title": "Check", "text": "<p>Read the tariff.</p>"}),
        ("quote", {"text": "Clean streets.", "attribution": "A mayor"}),
        ("table", {"caption": "Costs", "header": ["Item", "Som"], "rows": [["Fuel", "100"]]}),
        ("glossary", [{"term": "Tender", "definition": "An open competition."}]),
        ("case", {"page": case.pk, "note": "See how they did it."}),
    )
    return LessonPageFactory(parent=parent, body=body, open_preview=True)


def test_lesson_blocks_render_accessibly(client, make_course, home_page):
    course = make_course(lessons=1, modules=0)
    lesson = rich_lesson(course, home_page)
    html = client.get(lesson.url).content.decode()
    assert "<h2" in html and "How to choose" in html
    assert 'alt="Bins by the road"' in html
    assert 'type="image/webp"' in html and "srcset=" in html
    assert 'src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"' in html
    assert "Every word that is said." in html
    assert "(PDF, 2.0" in html  # type and size of the download
    assert "callout--warning" in html
    assert "<blockquote>" in html and "A mayor" in html
    assert '<th scope="col">Som</th>' in html and "<caption>Costs</caption>" in html
    assert "<dt>Tender</dt>" in html
    assert "See how they did it." in html


def test_course_page_query_count_does_not_grow(client, make_course):
    course = make_course(lessons=3, modules=1)
    few, _ = count_queries(client, course.url)
    for _ in range(3):
        parent = ModulePageFactory(parent=course)
        for _ in range(19):
            LessonPageFactory(parent=parent)
    many, response = count_queries(client, course.url)
    assert len(response.context["outline"].lessons) == 60
    # Same for 3 or 60 lessons: none. The first render walked to the course and kept its copy
    # with the catalogue for the breadcrumb and the topic (lms.routing); trainers are
    # remembered too; a visitor's access needs none. The site, the route, view restrictions,
    # languages and the outline (lms.process_memo), the menu, hreflang links, language switcher
    # and syllabus (fragment cache) are remembered for the content version: count_queries
    # renders the page once first, as the first visitor after a publish does.
    assert many == few == 0


def test_lesson_page_query_count_does_not_grow(client, make_course, make_user):
    client.force_login(make_user(role="Manager"))
    course = make_course(lessons=3, modules=1)
    lesson = LessonPage.objects.descendant_of(course).first()
    few, _ = count_queries(client, lesson.url)
    for _ in range(3):
        parent = ModulePageFactory(parent=course)
        for _ in range(19):
            LessonPageFactory(parent=parent)
    many, response = count_queries(client, lesson.url)
    assert len(response.context["outline"].lessons) == 60
    # Same for 3 or 60 lessons: the session (1; the user comes from its kept copy,
    # lms.accounts.user_cache; the lesson is the copy the first render kept when it walked to
    # it, lms.routing). The user's groups and permissions for the admin link are a kept copy
    # (lms.accounts.access_cache); the site, route, view restrictions, course, outline and the
    # lesson's quiz (lms.process_memo: the quizzes app's part of the page now remembers it for
    # every reader, not only for enrolled learners), and the menu, hreflang links, language
    # switcher, lesson body and outline HTML (fragment cache) are remembered for the content
    # version (count_queries renders the page once first). The lesson's latest questions
    # (courses.discussions, for those who may read the course): 1 more, 2 in all.
    assert many == few == 2


def test_enrolled_learner_gets_a_start_button_visitor_does_not(client, make_course, learner):
    course = make_course(lessons=2, modules=0)
    first = LessonPage.objects.child_of(course).order_by("path").first()
    button = f'<a class="button" href="{first.url}">'
    assert button not in client.get(course.url).content.decode()
    EnrollmentFactory(user=learner, course_key=course.translation_key)
    client.force_login(learner)
    assert button in client.get(course.url).content.decode()


def test_lesson_in_a_draft_module_is_not_served(client, make_course, make_user):
    client.force_login(make_user(role="Manager"))
    course = make_course(lessons=2, modules=2)
    module = ModulePage.objects.child_of(course).first()
    lesson = LessonPage.objects.child_of(module).get()
    assert client.get(lesson.url).status_code == 200
    module.unpublish()
    assert client.get(lesson.url).status_code == 404
