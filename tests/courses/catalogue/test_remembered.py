"""Values remembered for a content version (lms.process_memo) and the routes built on them
(lms.routing): computed once, never served after a change, absent when the cache is off."""

import pytest

from courses.catalogue.models import LessonPage
from lms import process_memo
from lms.page_cache import content_version_bump

pytestmark = pytest.mark.django_db


class Counter:
    def __init__(self):
        self.calls = []

    def __call__(self, keys):
        self.calls.append(list(keys))
        return {key: f"value of {key}" for key in keys}


def test_a_value_is_computed_once_per_content_version():
    compute = Counter()
    first = process_memo.remembered_many("test", ["a", "b"], compute)
    again = process_memo.remembered_many("test", ["b", "a", "c"], compute)
    assert first == {"a": "value of a", "b": "value of b"}
    assert again["c"] == "value of c"
    assert compute.calls == [["a", "b"], ["c"]]  # only what was missing
    content_version_bump()  # a publish
    process_memo.remembered_many("test", ["a"], compute)
    assert compute.calls[-1] == ["a"]


def test_other_processes_find_the_value_in_the_shared_cache():
    compute = Counter()
    process_memo.remembered("test", "a", lambda: compute(["a"])["a"])
    process_memo.forget_all()  # as another process would start: nothing remembered here
    assert process_memo.remembered("test", "a", lambda: compute(["a"])["a"]) == "value of a"
    assert compute.calls == [["a"]]


def test_nothing_is_remembered_when_the_fragment_cache_is_off(settings):
    settings.FRAGMENT_CACHE_SECONDS = 0
    compute = Counter()
    process_memo.remembered_many("test", ["a"], compute)
    process_memo.remembered_many("test", ["a"], compute)
    assert compute.calls == [["a"], ["a"]]


def test_values_are_computed_when_the_cache_is_down(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 1},
        }
    }
    compute = Counter()
    assert process_memo.remembered_many("test", ["a"], compute) == {"a": "value of a"}


def test_a_remembered_route_follows_a_new_address_and_an_unpublish(client, make_user, make_course):
    client.force_login(make_user(role="Manager"))
    course = make_course(lessons=2, modules=0)
    lesson = LessonPage.objects.descendant_of(course).first()
    old_url = lesson.url
    assert client.get(old_url).status_code == 200
    assert client.get(old_url).status_code == 200  # from the remembered route
    lesson.slug = "new-address"
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    assert client.get(old_url).status_code == 404
    assert client.get(lesson.url).status_code == 200
    lesson.unpublish()
    assert client.get(lesson.url).status_code == 404


def test_the_outline_shows_a_lesson_added_after_it_was_remembered(client, learner, make_course):
    from courses.enrolment.services import enrollment_create
    from tests.factories.courses import LessonPageFactory

    client.force_login(learner)
    course = make_course(lessons=1, modules=0)
    enrollment_create(user=learner, course=course)
    assert "Budget hearings" not in client.get(course.url).content.decode()
    LessonPageFactory(parent=course, title="Budget hearings")
    assert "Budget hearings" in client.get(course.url).content.decode()


def test_addresses_that_lead_nowhere_are_not_remembered(client, make_course):
    from lms import process_memo

    course = make_course(lessons=1, modules=0)
    for n in range(5):
        assert client.get(f"{course.url}no-such-lesson-{n}/").status_code == 404
    assert client.get(course.url).status_code == 200
    remembered_routes = [slot for slot in process_memo._entries if slot[0] == "route"]
    assert len(remembered_routes) == 1  # the course only
