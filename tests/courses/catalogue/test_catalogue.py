"""The catalogue: cards, filters as shareable links, search, pagination, languages, queries."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
import wagtail_factories

from courses.catalogue.models import CoursePage, ModulePage, Topic
from courses.catalogue.services import course_index_setup
from tests.factories.courses import EnrollmentFactory, translation_publish

pytestmark = pytest.mark.django_db


def titles(response):
    return [card["course"].title for card in response.context["cards"]]


def test_card_shows_the_course_facts(client, make_course, learner):
    course = make_course(lessons=5, modules=2, title="Waste collection by contract")
    EnrollmentFactory(user=learner, course_key=course.translation_key)
    EnrollmentFactory(course_key=course.translation_key, status="pending")  # not a learner yet
    EnrollmentFactory(course_key=course.translation_key, status="completed")
    response = client.get("/ky/courses/")
    html = response.content.decode()
    assert "Waste collection by contract" in html
    card = response.context["cards"][0]["course"]
    assert (card.lesson_count, card.learner_count) == (5, 2)
    assert card.topic.slug == "private-sector-involvement"
    assert f'href="/ky/courses/{course.slug}/"' in html


def test_drafts_are_not_listed(client, make_course):
    course = make_course(title="Draft course")
    course.unpublish()
    assert titles(client.get("/ky/courses/")) == []


def test_filters_by_topic_and_level_as_links(client, make_course):
    make_course(title="Lighting", level="beginner")
    make_course(
        title="Clusters",
        level="advanced",
        topic=Topic.objects.get(slug="intermunicipal-cooperation"),
    )
    html = client.get("/ky/courses/").content.decode()
    assert 'href="?topic=intermunicipal-cooperation"' in html
    assert titles(client.get("/ky/courses/?topic=intermunicipal-cooperation")) == ["Clusters"]
    assert titles(client.get("/ky/courses/?level=beginner")) == ["Lighting"]
    assert titles(client.get("/ky/courses/?level=beginner&topic=intermunicipal-cooperation")) == []
    # A filtered list links on to the other filters keeping this one.
    html = client.get("/ky/courses/?level=advanced").content.decode()
    assert 'href="?topic=intermunicipal-cooperation&amp;level=advanced"' in html


def test_unknown_filter_values_are_ignored_not_errors(client, make_course):
    make_course(title="Lighting")
    response = client.get("/ky/courses/?level=expert&language=xx&topic=nope&page=abc")
    assert response.status_code == 200
    assert titles(response) == []  # unknown topic matches nothing; the rest is ignored
    assert titles(client.get("/ky/courses/?level=expert&language=xx")) == ["Lighting"]


def test_search_matches_title_and_summary(client, make_course):
    make_course(title="Street lighting", summary="Lamps and poles.")
    make_course(title="Parks", summary="Landscaping with a contractor.")
    assert titles(client.get("/ky/courses/?q=lighting")) == ["Street lighting"]
    assert titles(client.get("/ky/courses/?q=contractor")) == ["Parks"]
    html = client.get("/ky/courses/?q=nothing-like-this").content.decode()
    assert 'value="nothing-like-this"' in html


def test_pagination_keeps_the_filters(client, make_course):
    for n in range(14):
        make_course(lessons=1, title=f"Course {n:02}", level="beginner")
    first = client.get("/ky/courses/?level=beginner")
    assert len(first.context["cards"]) == 12
    assert 'href="?level=beginner&amp;page=2"' in first.content.decode()
    second = client.get("/ky/courses/?level=beginner&page=2")
    assert len(second.context["cards"]) == 2
    assert 'href="?page=2"' in client.get("/ky/courses/").content.decode()


def test_language_filter_and_kyrgyz_fallback_in_russian(client, catalogue, make_course):
    ru_catalogue = translation_publish(catalogue, "ru", title="Курсы")
    course_index_setup(catalogue=ru_catalogue)
    translated = make_course(title="Кызмат")
    translation_publish(translated, "ru", title="Услуги")
    make_course(title="Кластер")  # Kyrgyz only

    ru_page = client.get("/ru/courses/")
    assert sorted(titles(ru_page)) == ["Кластер", "Услуги"]
    fallback = {c["course"].title: c["fallback"] for c in ru_page.context["cards"]}
    assert fallback == {"Кластер": True, "Услуги": False}
    html = ru_page.content.decode()
    assert html.count('class="course-card__notice"') == 1
    assert 'class="card course-card" lang="ky"' in html

    assert titles(client.get("/ky/courses/?language=ru")) == ["Кызмат"]
    assert sorted(titles(client.get("/ky/courses/?language=ky"))) == ["Кластер", "Кызмат"]
    assert titles(client.get("/ru/courses/?language=ru")) == ["Услуги"]
    # The untranslated course opens at the Russian address, in Kyrgyz, with a notice.
    response = client.get("/ru/courses/" + CoursePage.objects.get(title="Кластер").slug + "/")
    assert response.status_code == 200
    assert response.context["page"].locale.language_code == "ky"
    assert "fallback-notice" in response.content.decode()


def build(make_course, courses, lessons_each):
    made = []
    for _ in range(courses):
        image = wagtail_factories.ImageFactory()
        course = make_course(lessons=lessons_each, modules=2, cover_image=image, cover_alt="A bin")
        EnrollmentFactory(course_key=course.translation_key)
        made.append(course)
    return made


def count_queries(client, url):
    client.get(url)  # warm Wagtail's site, locale and rendition caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


def test_catalogue_query_count_does_not_grow(client, make_course):
    build(make_course, courses=1, lessons_each=3)
    few, response = count_queries(client, "/ky/courses/")
    assert len(response.context["cards"]) == 1
    build(make_course, courses=12, lessons_each=5)  # 13 courses, 63 lessons, 13 learners
    many, response = count_queries(client, "/ky/courses/")
    assert len(response.context["cards"]) == 12
    # Same for 1 or 13 courses: site, locale and routing (6), view restrictions on the
    # catalogue (1), the default locale and the courses' view restrictions (2), the page count
    # and the cards with lesson and learner counts in SQL (2), cover images and their renditions
    # (2), languages of the cards (1), topics (1). 15 in all when Wagtail routes; the site, the
    # route, its view restrictions and the page the first render walked to remembered for the
    # content version (lms.routing) make it 8. The menu and the head's hreflang links come from
    # the fragment cache (count_queries renders the page once first; cold, +6).
    assert many == few == 8


def test_lessons_in_a_draft_module_are_not_counted(client, make_course):
    course = make_course(lessons=4, modules=2)
    ModulePage.objects.child_of(course).first().unpublish()
    card = client.get("/ky/courses/").context["cards"][0]["course"]
    assert card.lesson_count == 2
