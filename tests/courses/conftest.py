"""Fixtures for the course pages: a catalogue under the home page and courses with lessons."""

import pytest

from courses.catalogue.services import course_index_setup, course_trainers_sync
from tests.factories.courses import (
    CourseIndexPageFactory,
    CoursePageFactory,
    LessonPageFactory,
    ModulePageFactory,
)


@pytest.fixture
def catalogue(home_page):
    """The Kyrgyz catalogue, set up as the admin would: trainer rights and the review workflow."""
    page = CourseIndexPageFactory(parent=home_page)
    course_index_setup(catalogue=page)
    return page


@pytest.fixture
def make_course(catalogue):
    """make_course(lessons=5, modules=2, trainers=[...]): a live course with lessons spread over
    modules (modules=0 puts them directly under the course); the first lesson is an open preview."""

    def make(*, lessons=3, modules=1, trainers=(), **fields):
        course = CoursePageFactory(parent=catalogue, **fields)
        if trainers:
            course.trainers = list(trainers)
            course.save()
            course_trainers_sync(course=course)
        parents = [ModulePageFactory(parent=course) for _ in range(modules)] or [course]
        for n in range(lessons):
            LessonPageFactory(parent=parents[n % len(parents)], open_preview=(n == 0))
        return course

    return make


# ---- enrolment and progress (issue 4) ------------------------------------------------------


@pytest.fixture
def lessons_of():
    """lessons_of(course): the course's live lessons in course order."""
    from courses.catalogue.selectors import course_outline

    return lambda course: course_outline(course=course).lessons


@pytest.fixture
def translate_course():
    """translate_course(course, "ru"): publish a translation of the course with all its pages."""
    from wagtail.models import Locale, Page

    def translate(course, language="ru"):
        locale = Locale.objects.get(language_code=language)
        for page in [course, *Page.objects.descendant_of(course).order_by("path")]:
            page = page.specific
            copy = page.get_translation_or_none(locale) or page.copy_for_translation(
                locale, copy_parents=True
            )
            copy.save_revision().publish()
        return course.get_translation(locale)

    return translate
