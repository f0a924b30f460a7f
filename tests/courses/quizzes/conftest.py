"""A course with a quiz in its second lesson, an enrolled learner and the course's trainer."""

from django.conf import settings
from django.utils import translation

import pytest

from courses.catalogue.models import LessonPage
from courses.catalogue.services import course_index_setup
from courses.enrolment.models import EnrollmentStatus
from tests.factories.courses import (
    CourseIndexPageFactory,
    CoursePageFactory,
    EnrollmentFactory,
    LessonPageFactory,
)
from tests.factories.quizzes import quiz_with_questions


@pytest.fixture
def course(home_page, make_user):
    catalogue = CourseIndexPageFactory(parent=home_page)
    course_index_setup(catalogue=catalogue)
    course = CoursePageFactory(parent=catalogue)
    LessonPageFactory(parent=course, open_preview=True)
    LessonPageFactory(parent=course)
    return course


@pytest.fixture
def lesson(course):
    return LessonPage.objects.child_of(course).order_by("path").last()


@pytest.fixture
def quiz(lesson):
    return quiz_with_questions(lesson=lesson)


@pytest.fixture
def enrolled(make_user, course):
    user = make_user(role="Learner")
    EnrollmentFactory(user=user, course_key=course.translation_key, status=EnrollmentStatus.ACTIVE)
    return user


def questions_by_type(quiz) -> dict:
    return {q.qtype: q for q in quiz.questions.prefetch_related("options")}


@pytest.fixture(autouse=True)
def _english(client):
    """Quiz tests read pages in English (/en/ addresses, English admin) to assert exact words;
    the catalogue test checks the Kyrgyz and Russian translations exist."""
    translation.activate("en")
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    yield
    translation.activate(settings.LANGUAGE_CODE)
