"""Fixtures of the calendar tests: the clock stopped on a known Bishkek day, a course with due
dates and a learner enrolled in it. Pages are read in English (/en/ addresses)."""

import datetime as dt
from zoneinfo import ZoneInfo

from django.urls import reverse
from django.utils import translation

import pytest
import time_machine

from courses.catalogue.services import course_index_setup
from courses.enrolment.services import enrollment_create
from tests.factories.courses import CourseIndexPageFactory, translation_publish

BISHKEK = ZoneInfo("Asia/Bishkek")
# Thursday 10 December 2026, 12:00 in Bishkek (06:00 UTC).
NOW = dt.datetime(2026, 12, 10, 12, 0, tzinfo=BISHKEK)


def at(day: int, hour: int = 18, minute: int = 0, month: int = 12, year: int = 2026):
    return dt.datetime(year, month, day, hour, minute, tzinfo=BISHKEK)


def en(name: str, **kwargs) -> str:
    with translation.override("en"):
        return reverse(name, kwargs=kwargs or None)


@pytest.fixture
def catalogue(home_page):
    """The Kyrgyz catalogue and its English translation, so that /en/ addresses serve the
    (Kyrgyz) courses with an English interface."""
    page = CourseIndexPageFactory(parent=home_page)
    course_index_setup(catalogue=page)
    translation_publish(page, "en")
    return page


@pytest.fixture
def clock():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def dated_course(make_course, lessons_of, clock):
    """A course ending on 31 December with lessons due on the 11th, the 15th and the 1st."""
    course = make_course(lessons=3, modules=0, title="Street lighting", ends_at=at(31))
    first, second, third = lessons_of(course)
    for lesson, due in ((first, at(11)), (second, at(15)), (third, at(1))):
        lesson.due_at = due
        lesson.save_revision().publish()
    return course


@pytest.fixture
def student(learner, dated_course):
    enrollment_create(user=learner, course=dated_course)
    learner.preferred_language = "en"
    learner.save(update_fields=["preferred_language"])
    return learner
