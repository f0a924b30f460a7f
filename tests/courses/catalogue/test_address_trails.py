"""A process new to an address fetches what requests of it recalled before in one shared-cache
read (lms.process_memo.AddressTrailMiddleware), and a trail never shows a wrong value."""

from django.core.cache import caches

import pytest

from courses.catalogue.models import LessonPage
from courses.enrolment.services import enrollment_create
from lms.process_memo import TRAIL, TRAIL_MAX, forget_all, recall_many

pytestmark = pytest.mark.django_db


@pytest.fixture
def memo_reads(monkeypatch):
    """The shared-cache reads of remembered values, one entry per round trip."""
    reads = []
    store = caches["default"]
    get_many = store.get_many

    def counting(keys, *args, **kwargs):
        keys = list(keys)
        if any(key.startswith("memo:") for key in keys):
            reads.append(keys)
        return get_many(keys, *args, **kwargs)

    monkeypatch.setattr(store, "get_many", counting)
    return reads


@pytest.fixture
def reader(make_course, make_user, client):
    course = make_course(lessons=3, modules=0)
    lesson = LessonPage.objects.descendant_of(course).live().order_by("path").last()
    aida = make_user(role="Learner", full_name="Aida Test")
    enrollment_create(user=aida, course=course)
    client.force_login(aida)
    return client, lesson


def _served_by_a_new_process(client, lesson, memo_reads):
    """The lesson as a process that has served nothing yet in this version serves it."""
    forget_all()
    memo_reads.clear()
    response = client.get(lesson.url)
    assert response.status_code == 200
    return response


def test_a_new_process_reads_an_address_remembered_values_in_one_round_trip(reader, memo_reads):
    client, lesson = reader
    client.get(lesson.url)
    client.get(lesson.url)  # the first walked the tree; the second recalls the route
    response = _served_by_a_new_process(client, lesson, memo_reads)
    assert lesson.title in response.content.decode()
    # The site (once per process), the trail, then everything on it at once.
    lesson_reads = [keys for keys in memo_reads if not keys[0].startswith("memo:site:")]
    assert len(lesson_reads) == 2, lesson_reads
    fetched = lesson_reads[1]
    for name in ("route", "route_page", "view_restrictions", "course_for_page"):
        assert any(key.startswith(f"memo:{name}:") for key in fetched), (name, fetched)


def test_without_trails_the_same_process_reads_them_one_by_one(reader, memo_reads, settings):
    settings.ADDRESS_TRAILS = False
    client, lesson = reader
    client.get(lesson.url)
    client.get(lesson.url)
    _served_by_a_new_process(client, lesson, memo_reads)
    assert len([k for k in memo_reads if not k[0].startswith("memo:site:")]) > 4


def test_a_publish_is_shown_whatever_the_trail_fetched(reader, memo_reads):
    client, lesson = reader
    client.get(lesson.url)
    client.get(lesson.url)
    lesson.title = "Waste collection contracts: the tender"
    lesson.save_revision().publish()
    response = _served_by_a_new_process(client, lesson, memo_reads)
    assert "Waste collection contracts: the tender" in response.content.decode()


def _trail_of(path: str, language: str = "en"):
    return recall_many(TRAIL, [("testserver", "GET", path, language)]).get(
        ("testserver", "GET", path, language)
    )


def test_an_address_that_is_not_found_leaves_no_trail(reader):
    client, lesson = reader
    client.get(lesson.url)
    assert 0 < len(_trail_of(lesson.url, lesson.locale.language_code)) <= TRAIL_MAX
    for _ in range(2):
        assert client.get("/en/no-such-page/").status_code == 404
    assert _trail_of("/en/no-such-page/") is None
