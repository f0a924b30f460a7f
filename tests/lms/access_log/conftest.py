"""A course with a quiz and an assignment, its trainer, a manager and two enrolled learners:
what the instrumented screens show, and who may read the access log."""

import pytest

from courses.catalogue.services import course_index_setup, course_trainers_sync
from courses.enrolment.models import EnrollmentStatus
from tests.factories.assignments import AssignmentFactory
from tests.factories.courses import (
    CourseIndexPageFactory,
    CoursePageFactory,
    EnrollmentFactory,
    LessonPageFactory,
)
from tests.factories.quizzes import quiz_with_questions


@pytest.fixture
def course(home_page):
    catalogue = CourseIndexPageFactory(parent=home_page)
    course_index_setup(catalogue=catalogue)
    course = CoursePageFactory(parent=catalogue, title="Budget hearings")
    LessonPageFactory(parent=course, open_preview=True, title="Reading")
    LessonPageFactory(parent=course, title="Your plan")
    return course


@pytest.fixture
def lessons(course):
    from wagtail.models import Page

    return [page.specific for page in Page.objects.child_of(course).order_by("path")]


@pytest.fixture
def quiz(lessons):
    return quiz_with_questions(lesson=lessons[0])


@pytest.fixture
def assignment(lessons):
    return AssignmentFactory(lesson=lessons[1])


@pytest.fixture
def trainer(make_user, course):
    user = make_user(role="Trainer", full_name="Tilek Trainerov", preferred_language="en")
    course.trainers = [user]
    course.save()
    course_trainers_sync(course=course)
    return user


@pytest.fixture
def manager(make_user):
    return make_user(role="Manager", full_name="Bakyt Managerov", preferred_language="en")


@pytest.fixture
def reviewer(make_user):
    return make_user(role="Reviewer", preferred_language="en")


def _enrolled(make_user, course, name):
    user = make_user(role="Learner", full_name=name, preferred_language="en")
    enrollment = EnrollmentFactory(
        user=user, course_key=course.translation_key, status=EnrollmentStatus.ACTIVE
    )
    return user, enrollment


@pytest.fixture
def aigul(make_user, course):
    return _enrolled(make_user, course, "Aigul Asanova")


@pytest.fixture
def bolot(make_user, course):
    return _enrolled(make_user, course, "Bolot Osmonov")
