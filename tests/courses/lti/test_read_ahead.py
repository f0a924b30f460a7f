"""A signed-in POST reads whether any LTI launch is scored with the request's other cache reads
(`courses.lti.selectors.read_ahead_keys`, lms.cache_ahead): marking a lesson complete makes no
separate round trip to Redis for it."""
# ruff: noqa: F811 - the tests take the fixtures imported from tests/lms/test_cache_ahead.py

from django.urls import reverse

import pytest

from courses.enrolment.services import enrollment_create
from courses.lti.selectors import SCORED_LAUNCHES_KEY, read_ahead_keys
from courses.progress.models import LessonCompletion
from tests.lms.test_cache_ahead import redis_commands, redis_site  # noqa: F401 - fixtures

pytestmark = pytest.mark.django_db


def _completion_post(client, lesson):
    return client.post(reverse("progress:lesson_complete", args=[lesson.pk]))


def test_marking_complete_reads_the_scored_launches_ahead(
    client,
    learner,
    make_course,
    lessons_of,
    redis_site,
    redis_commands,
):
    course = make_course(lessons=3)
    enrollment_create(user=learner, course=course)
    first, second = lessons_of(course)[:2]
    client.force_login(learner)
    assert _completion_post(client, first).status_code == 302  # the cache holds the answer now
    redis_commands.clear()
    assert _completion_post(client, second).status_code == 302
    assert LessonCompletion.objects.filter(user=learner).count() == 2
    single = [key for name, key in redis_commands if name == "GET"]
    assert not [key for key in single if SCORED_LAUNCHES_KEY in key], single
    ahead = [key for name, key in redis_commands if name == "MGET"]
    assert ahead  # read with the rest


def test_a_get_does_not_read_it(client, learner, make_course, lessons_of, redis_site):
    course = make_course(lessons=1)
    client.force_login(learner)
    page = client.get(lessons_of(course)[0].url)
    keys = read_ahead_keys(page.wsgi_request, learner.pk)
    assert SCORED_LAUNCHES_KEY not in keys
    page.wsgi_request.method = "POST"
    assert SCORED_LAUNCHES_KEY in read_ahead_keys(page.wsgi_request, learner.pk)
    assert SCORED_LAUNCHES_KEY not in read_ahead_keys(page.wsgi_request, None)  # a visitor
