"""Anonymous pages served from the cache (lms/page_cache.py), and nginx purges on publish."""

from unittest import mock

import pytest

from courses.catalogue.models import Topic
from lms.page_cache import HEADER
from tests.factories.courses import translation_publish

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 120
    settings.PAGE_CACHE_PROXY_SECONDS = 60


def test_second_anonymous_visit_is_served_from_the_cache_without_queries(
    client, make_course, django_assert_num_queries
):
    make_course(title="Waste collection by contract")
    first = client.get("/ky/courses/")
    assert first[HEADER] == "miss"
    # A stored page is sent as it is: no session, no user, no page tree, no query at all.
    with django_assert_num_queries(0):
        second = client.get("/ky/courses/")
    assert second.status_code == 200
    assert second[HEADER] == "hit"
    assert second.content == first.content
    assert "Waste collection by contract" in second.content.decode()
    assert second["Cache-Control"] == "public, max-age=0, s-maxage=60"
    assert second["Content-Type"] == first["Content-Type"]


def test_each_language_and_query_string_is_a_page_of_its_own(client, make_course):
    course = make_course(title="Kyrgyz title")
    translation_publish(course.get_parent(), "ru", title="Курсы")
    translation_publish(course, "ru", title="Русское название")
    assert "Kyrgyz title" in client.get("/ky/courses/").content.decode()
    russian = client.get("/ru/courses/")
    assert russian[HEADER] == "miss"
    assert "Русское название" in russian.content.decode()
    assert "Kyrgyz title" not in russian.content.decode()
    assert client.get("/ru/courses/")[HEADER] == "hit"

    filtered = client.get("/ky/courses/?level=beginner&topic=private-sector-involvement")
    assert filtered[HEADER] == "miss"
    # The same filters in another order are the same page.
    again = client.get("/ky/courses/?topic=private-sector-involvement&level=beginner")
    assert again[HEADER] == "hit"
    assert client.get("/ky/courses/?level=advanced")[HEADER] == "miss"


def test_the_api_catalogue_is_kept_for_anonymous_callers_and_renewed_on_publish(
    client, make_course, learner, django_assert_num_queries
):
    """The public API reads mirror public pages (docs/api.md): kept the same way, per query."""
    course = make_course(title="Waste collection by contract")
    first = client.get("/api/v1/courses/?lang=ky")
    assert first[HEADER] == "miss"
    with django_assert_num_queries(0):
        second = client.get("/api/v1/courses/?lang=ky")
    assert second[HEADER] == "hit" and second.json() == first.json()
    assert client.get("/api/v1/courses/?lang=ru")[HEADER] == "miss"  # the language is the key
    course.title = "Street lighting by contract"
    course.save_revision().publish()
    renewed = client.get("/api/v1/courses/?lang=ky")
    assert renewed[HEADER] == "miss"
    assert "Street lighting by contract" in renewed.content.decode()
    # A token or a session is answered afresh, and what needs one is never stored.
    assert HEADER not in client.get("/api/v1/courses/?lang=ky", HTTP_AUTHORIZATION="Bearer x")
    client.force_login(learner)
    assert HEADER not in client.get("/api/v1/courses/?lang=ky")
    client.logout()
    refused = client.get("/api/v1/me/enrolments/")
    assert refused.status_code == 401 and HEADER not in refused


def test_signed_in_people_never_get_or_fill_the_anonymous_copy(client, make_course, learner):
    make_course(title="Waste collection by contract")
    client.get("/ky/courses/")
    assert client.get("/ky/courses/")[HEADER] == "hit"
    client.force_login(learner)
    mine = client.get("/ky/courses/")
    assert HEADER not in mine
    assert "/ky/accounts/logout/" in mine.content.decode()
    assert "private" in mine["Cache-Control"]
    assert "public" not in mine["Cache-Control"]
    client.logout()
    assert "/ky/accounts/logout/" not in client.get("/ky/courses/").content.decode()


def test_publishing_shows_the_change_at_once(client, make_course):
    course = make_course(title="Old title")
    client.get("/ky/courses/")
    client.get(course.url)
    assert client.get(course.url)[HEADER] == "hit"
    course.title = "New title"
    course.save_revision().publish()
    page = client.get(course.url)
    assert page[HEADER] == "miss"
    assert "New title" in page.content.decode()
    listing = client.get("/ky/courses/").content.decode()
    assert "New title" in listing
    assert "Old title" not in listing


def test_unpublishing_removes_the_page_from_the_cached_listing(client, make_course):
    course = make_course(title="Soon gone")
    assert "Soon gone" in client.get("/ky/courses/").content.decode()
    course.unpublish()
    assert "Soon gone" not in client.get("/ky/courses/").content.decode()
    assert client.get(course.url).status_code == 404


def test_a_topic_renamed_in_the_admin_shows_at_once(client, make_course):
    make_course()
    topic = Topic.objects.get(slug="private-sector-involvement")
    client.get("/ky/courses/")
    topic.name_ky = "Renamed topic"
    topic.save()
    assert "Renamed topic" in client.get("/ky/courses/").content.decode()


def test_locked_lessons_and_pages_with_forms_are_never_stored(client, make_course, lessons_of):
    course = make_course(lessons=2)
    locked = lessons_of(course)[1]
    for _ in range(2):
        response = client.get(locked.url)
        assert response.status_code == 403
        assert HEADER not in response
        assert "private" in response["Cache-Control"]
    # The sign-in form sets the CSRF cookie: it is personal.
    for _ in range(2):
        response = client.get("/ky/accounts/login/")
        assert HEADER not in response


def test_a_visitor_with_a_session_or_a_message_waiting_is_rendered_afresh(client, make_course):
    make_course()
    client.get("/ky/courses/")
    client.cookies["sessionid"] = "whatever"
    assert HEADER not in client.get("/ky/courses/")
    del client.cookies["sessionid"]
    client.cookies["messages"] = "a message"
    assert HEADER not in client.get("/ky/courses/")


def test_open_preview_lesson_is_cached_for_visitors(client, make_course, lessons_of):
    course = make_course(lessons=2)
    preview = lessons_of(course)[0]
    assert client.get(preview.url)[HEADER] == "miss"
    assert client.get(preview.url)[HEADER] == "hit"


# ---- nginx purges through Wagtail's front-end cache ---------------------------------------


def purged(urlopen) -> set[str]:
    return {
        (call.args[0].get_method(), call.args[0].full_url, call.args[0].get_header("Host"))
        for call in urlopen.call_args_list
    }


@pytest.fixture
def purge_url(settings):
    settings.FRONTEND_CACHE_PURGE_URL = "http://127.0.0.1:8081"
    settings.WAGTAILFRONTENDCACHE = {
        "nginx": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:8081",
        }
    }


def test_publishing_purges_the_page_and_its_listings_in_every_language(
    purge_url, make_course, django_capture_on_commit_callbacks
):
    course = make_course(title="Old title")
    host = course.get_site().hostname
    with (
        mock.patch("wagtail.contrib.frontend_cache.backends.http.urlopen") as urlopen,
        django_capture_on_commit_callbacks(execute=True),
    ):
        course.title = "New title"
        course.save_revision().publish()
    sent = purged(urlopen)
    for language in ("ky", "ru", "en"):
        for path in ("", "courses/", f"courses/{course.slug}/"):
            path = f"/{language}/{path}"
            assert ("PURGE", f"http://127.0.0.1:8081{path}", host) in sent


def test_purges_wait_for_the_commit(purge_url, make_course, django_capture_on_commit_callbacks):
    course = make_course()
    with mock.patch("wagtail.contrib.frontend_cache.backends.http.urlopen") as urlopen:
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            course.save_revision().publish()
        assert not urlopen.called
        for callback in callbacks:
            callback()
    assert urlopen.called


def test_nothing_is_purged_without_a_purge_address(
    make_course, django_capture_on_commit_callbacks, settings
):
    assert settings.WAGTAILFRONTENDCACHE == {}
    course = make_course()
    with (
        mock.patch("wagtail.contrib.frontend_cache.backends.http.urlopen") as urlopen,
        django_capture_on_commit_callbacks(execute=True),
    ):
        course.save_revision().publish()
        course.unpublish()
    assert not urlopen.called


# ---- fragments shared by signed-in readers --------------------------------------------------


def test_outline_shared_by_learners_marks_each_ones_own_progress(
    client, make_course, make_user, lessons_of
):
    from courses.enrolment.services import enrollment_create
    from courses.progress.services import lesson_complete

    course = make_course(lessons=3)
    first, second, third = lessons_of(course)
    ahead, behind = make_user(role="Learner"), make_user(role="Learner")
    for user in (ahead, behind):
        enrollment_create(user=user, course=course)
    lesson_complete(user=ahead, lesson=first)
    lesson_complete(user=ahead, lesson=second)
    done = '<span class="badge badge--done">'
    client.force_login(ahead)
    html = client.get(third.url).content.decode()
    assert html.count(done) == 2
    assert f'<li class="is-current"><a href="{third.url}" aria-current="page">' in html
    client.force_login(behind)
    html = client.get(second.url).content.decode()
    assert done not in html
    assert f'<li class="is-current"><a href="{second.url}" aria-current="page">' in html
    assert f'<li><a href="{third.url}">' in html


def test_a_published_lesson_edit_shows_to_signed_in_learners_at_once(
    client, make_course, learner, lessons_of
):
    from courses.enrolment.services import enrollment_create
    from tests.factories.courses import stream

    course = make_course(lessons=2)
    enrollment_create(user=learner, course=course)
    lesson = lessons_of(course)[1].specific
    client.force_login(learner)
    assert "Secret lesson text." in client.get(lesson.url).content.decode()
    lesson.body = stream(("paragraph", "<p>Corrected lesson text.</p>"))
    lesson.title = "Corrected title"
    lesson.save_revision().publish()
    html = client.get(lesson.url).content.decode()
    assert "Corrected lesson text." in html
    assert "Secret lesson text." not in html
    assert html.count("Corrected title") >= 2  # heading and outline
    assert "Corrected title" in client.get(course.url).content.decode()  # syllabus
