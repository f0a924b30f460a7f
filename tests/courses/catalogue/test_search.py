"""Searching the whole course in the catalogue, and a course's lessons from its page."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.translation import gettext, override

from wagtail.models import Page

import pytest

from courses.catalogue.models import LessonPage, ModulePage
from tests.factories.courses import (
    EnrollmentFactory,
    LessonPageFactory,
    ModulePageFactory,
    stream,
    translation_publish,
)

pytestmark = pytest.mark.django_db


def published(page):
    """Published as an editor does (factories make pages live without it)."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def lesson(parent, title, text, *, live=True):
    page = LessonPageFactory(
        parent=parent, title=title, body=stream(("paragraph", f"<p>{text}</p>")), live=False
    )
    return published(page) if live else page


def module(parent, title):
    return published(ModulePageFactory(parent=parent, title=title, live=False))


def titles(response):
    assert response.status_code == 200
    return sorted(card["course"].title for card in response.context["cards"])


def count_queries(client, url):
    client.get(url)  # warm Wagtail's site, locale and rendition caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


@pytest.fixture
def water_course(make_course):
    """A Kyrgyz course whose words are in its description, a module title and a lesson."""
    course = make_course(
        lessons=0,
        modules=0,
        title="Кызматтарды уюштуруу",
        summary="Айыл аймактары үчүн курс.",
        description="<p>Ичүүчү суунун сапаты жана тарифтер.</p>",
    )
    first = module(course, "Таштанды чыгаруу келишимдери")
    lesson(first, "Биринчи сабак", "Айыл өкмөтү эски түтүктөрдү алмаштырды.")
    return course


def test_catalogue_finds_words_of_the_description_modules_and_lessons_in_any_form(
    client, water_course, make_course
):
    make_course(title="Башка курс", summary="Бюджет угуулары.")
    # description: "суу" finds "суунун"; a module title: "келишим" finds "келишимдери";
    # lesson text typed without Kyrgyz letters: "окмот" finds "өкмөтү", "тутук" "түтүктөрдү".
    for q in ("суу", "келишим", "окмоту", "тутук", "Түтүк"):
        assert titles(client.get(f"/ky/courses/?q={q}")) == ["Кызматтарды уюштуруу"], q
    assert titles(client.get("/ky/courses/?q=бюджет")) == ["Башка курс"]
    assert titles(client.get("/ky/courses/?q=суу+бюджет")) == []  # every word, in one course


def card_hit(client, q):
    response = client.get("/ky/courses/", {"q": q})
    (card,) = response.context["cards"]
    return card["hit"], response.content.decode()


def test_catalogue_card_marks_the_words_and_says_where_they_are(client, water_course):
    hit, html = card_hit(client, "аймактарда")
    assert "<mark>аймактары</mark>" in html  # the summary on the card
    hit, html = card_hit(client, "суу")
    assert "<mark>суунун</mark> сапаты" in html  # a passage of the description
    hit, html = card_hit(client, "келишим")
    assert hit.place == "module"
    assert "Таштанды чыгаруу <mark>келишимдери</mark>" in html
    hit, html = card_hit(client, "тутук")
    assert hit.place == "lesson"
    assert "«Биринчи сабак»" in html
    # Lesson text is for the course's learners: the public catalogue names the lesson only.
    assert "түтүктөрдү" not in html
    # A lesson of a draft module is not part of the course: never named.
    hidden = module(water_course, "Даяр эмес модуль")
    lesson(hidden, "Жашыруун сабак", "Түтүк, түтүк, түтүк.")
    hidden.unpublish()
    hit, html = card_hit(client, "тутук")
    assert "«Биринчи сабак»" in html and "Жашыруун сабак" not in html


def test_catalogue_results_are_in_the_catalogue_language(
    client, catalogue, water_course, make_course
):
    ru_catalogue = translation_publish(catalogue, "ru", title="Курсы")
    translation_publish(catalogue, "en", title="Courses")
    from courses.catalogue.services import course_index_setup

    course_index_setup(catalogue=ru_catalogue)
    translated = make_course(title="Суу түтүгү", summary="Суу жөнүндө.")
    ru = translation_publish(translated, "ru", title="Водопровод", summary="О подаче воды.")
    # Russian words find the Russian course in any form, never its Kyrgyz original...
    for q in ("вода", "воду", "воды"):
        response = client.get(f"/ru/courses/?q={q}")
        assert [c["course"].pk for c in response.context["cards"]] == [ru.pk], q
    assert titles(client.get("/ky/courses/?q=воды")) == []
    # ...and the Kyrgyz course not yet translated is searched in Kyrgyz, as it is listed.
    response = client.get("/ru/courses/?q=келишим")
    assert [c["course"].pk for c in response.context["cards"]] == [water_course.pk]
    assert response.context["cards"][0]["fallback"] is True


def test_course_entry_follows_its_lessons_being_published_moved_and_deleted(
    client, water_course, make_course
):
    def found(q):
        return titles(client.get(f"/ky/courses/?q={q}"))

    first = ModulePage.objects.child_of(water_course).get()
    new = lesson(first, "Жаңы сабак", "Көпүрө курулду.", live=False)
    assert found("көпүрө") == []  # a draft lesson is not part of the course yet
    new.save_revision().publish()
    assert found("көпүрө") == ["Кызматтарды уюштуруу"]
    LessonPage.objects.get(pk=new.pk).unpublish()
    assert found("көпүрө") == []
    new.save_revision().publish()
    other = make_course(lessons=0, modules=0, title="Экинчи курс")
    LessonPage.objects.get(pk=new.pk).move(other, pos="last-child")
    assert found("көпүрө") == ["Экинчи курс"]
    LessonPage.objects.get(pk=new.pk).delete()
    assert found("көпүрө") == []
    first.unpublish()  # a draft module hides its lessons from the course
    assert found("келишим") == []
    assert found("тутук") == []


def test_deleting_a_whole_course_indexes_nothing_again(water_course, monkeypatch):
    """Wagtail unpublishes (without saving) each live page it deletes: the course's entry is
    not rebuilt once per lesson while it goes."""
    from courses.catalogue import services

    lesson(water_course, "Экинчи сабак", "Текст.")
    rebuilt = []
    monkeypatch.setattr(services.index, "insert_or_update_object", rebuilt.append)
    Page.objects.get(pk=water_course.pk).delete()
    assert rebuilt == []
    assert not LessonPage.objects.exists()


def test_catalogue_search_query_count_does_not_grow(client, make_course):
    def build(start, n):
        for i in range(start, start + n):
            course = make_course(lessons=0, modules=0, title=f"Курс {i}", summary="Курс.")
            lesson(module(course, "Суу түтүктөрү"), "Сабак", "Суу жана жарык.")

    build(0, 1)
    few, response = count_queries(client, "/ky/courses/?q=түтүк")
    assert len(response.context["cards"]) == 1
    build(1, 12)
    many, response = count_queries(client, "/ky/courses/?q=түтүк")
    assert len(response.context["cards"]) == 12
    assert all(card["hit"].place == "module" for card in response.context["cards"])
    # Same for 1 or 13 courses: the catalogue without words (8, see test_catalogue.py) and its
    # page count and cards, with the search (1) narrowing both; the cards' modules or lessons
    # that hold the words: the draft modules to leave out and one search over the page's
    # courses (2). The locale's language is the catalogue's, already read. 11 in all.
    assert many == few == 11


# ---- a course's own search --------------------------------------------------------------


@pytest.fixture
def course_with_lessons(water_course):
    """The water course with a second lesson directly under it, and one in a draft module."""
    lesson(water_course, "Экинчи сабак", "Суу түтүгүнүн абалы текшерилди.")
    hidden = module(water_course, "Даяр эмес модуль")
    lesson(hidden, "Жашыруун сабак", "Түтүк жөнүндө жашыруун текст.")
    hidden.unpublish()
    return water_course


def test_enrolled_learner_finds_the_course_lessons_by_their_words(
    client, course_with_lessons, make_course, learner
):
    other = make_course(title="Башка", lessons=0, modules=0)
    lesson(other, "Башка сабак", "Түтүк башка курста.")
    EnrollmentFactory(user=learner, course_key=course_with_lessons.translation_key)
    client.force_login(learner)
    response = client.get(course_with_lessons.url + "?q=тутук")
    html = response.content.decode()
    hits = response.context["lesson_search"]["hits"]
    # In course order, this course's live lessons only (not the draft module's, not another
    # course's), with the words marked in a passage of the lesson's text.
    assert [hit.lesson.title for hit in hits] == ["Биринчи сабак", "Экинчи сабак"]
    assert "эски <mark>түтүктөрдү</mark> алмаштырды" in html
    assert "Суу <mark>түтүгүнүн</mark> абалы" in html
    assert "Жашыруун сабак" not in html
    assert 'name="q" value="тутук"' in html
    response = client.get(course_with_lessons.url + "?q=көпүрө")
    assert response.context["lesson_search"]["hits"] == []
    with override("ky"):
        nothing = gettext("No lesson of this course has all these words. Try other or fewer words.")
    assert nothing in response.content.decode()


@pytest.mark.parametrize("who", ["anonymous", "not enrolled", "pending"])
def test_readers_who_may_not_read_the_lessons_get_no_box_and_no_results(
    client, course_with_lessons, learner, who
):
    if who != "anonymous":
        client.force_login(learner)
    if who == "pending":
        EnrollmentFactory(
            user=learner, course_key=course_with_lessons.translation_key, status="pending"
        )
    response = client.get(course_with_lessons.url + "?q=тутук")
    assert response.status_code == 200
    html = response.content.decode()
    assert "lesson_search" not in response.context
    assert 'id="course-q"' not in html
    assert "түтүктөрдү" not in html and "түтүгүнүн" not in html


def test_the_course_trainer_searches_the_lessons_too(client, course_with_lessons, make_user):
    trainer = make_user(role="Trainer")
    course_with_lessons.trainers = [trainer]
    course_with_lessons.save()
    from courses.catalogue.services import course_trainers_sync

    course_trainers_sync(course=course_with_lessons)
    client.force_login(trainer)
    hits = client.get(course_with_lessons.url + "?q=суу").context["lesson_search"]["hits"]
    assert [hit.lesson.title for hit in hits] == ["Экинчи сабак"]


def test_course_search_query_count_does_not_grow(client, make_course, learner):
    course = make_course(lessons=0, modules=0)
    part = module(course, "Модуль")
    lesson(part, "Сабак", "Суу түтүгү.")
    EnrollmentFactory(user=learner, course_key=course.translation_key)
    client.force_login(learner)
    few, response = count_queries(client, course.url + "?q=түтүк")
    assert len(response.context["lesson_search"]["hits"]) == 1
    for n in range(30):
        lesson(part, f"Сабак {n}", "Суу түтүгү жана жарык.")
    many, response = count_queries(client, course.url + "?q=түтүк")
    assert len(response.context["lesson_search"]["hits"]) == 20  # at most 20 are listed
    without, _ = count_queries(client, course.url)
    # Same for 1 or 31 lessons found. The enrolled learner's course page without words is 3
    # (the session, the enrolment, the completions: the user, the page's copy and its trainers
    # are kept for the content version). With words it is 5: those 3 and the search over the
    # outline's lessons that reads the 20 listed (2); the course's copy, with its catalogue and
    # topic, is the one kept when the first request walked to it (lms.routing).
    assert without == 3
    assert many == few == 5
