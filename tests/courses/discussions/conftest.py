"""Fixtures of the discussion tests: a course with two lessons, its trainer, a trainer of
another course, a reviewer, a manager, two enrolled learners, a withdrawn one and an outsider.
Everyone reads English (/en/ addresses, preferred language English) to assert exact words."""

import pytest

from courses.catalogue.models import LessonPage
from courses.catalogue.services import course_index_setup, course_trainers_sync
from courses.discussions.models import BoardKind
from courses.discussions.selectors import discussion_access
from courses.discussions.services import post_create, topic_create
from courses.enrolment.models import EnrollmentStatus
from tests.factories.courses import (
    CourseIndexPageFactory,
    CoursePageFactory,
    EnrollmentFactory,
    LessonPageFactory,
    translation_publish,
)


def trainer_assign(course, user):
    """Put `user` on the course's trainer list (and so in its per-course group)."""
    course.trainers = [*course.trainers.all(), user]
    course.save()
    course_trainers_sync(course=course)
    return user


@pytest.fixture
def catalogue(home_page):
    """The Kyrgyz catalogue and its English translation (/en/ addresses, English interface)."""
    catalogue = CourseIndexPageFactory(parent=home_page)
    course_index_setup(catalogue=catalogue)
    translation_publish(catalogue, "en")
    return catalogue


@pytest.fixture
def course(catalogue):
    """An open-preview first lesson and a second lesson (`lesson`)."""
    course = CoursePageFactory(parent=catalogue, title="Tenders for waste collection")
    LessonPageFactory(parent=course, open_preview=True, title="Reading")
    LessonPageFactory(parent=course, title="Your specification")
    return course


@pytest.fixture
def other_course(catalogue):
    course = CoursePageFactory(parent=catalogue, title="Street lighting")
    LessonPageFactory(parent=course, title="Lighting plan")
    return course


@pytest.fixture
def reviewer(make_user):
    return make_user(role="Reviewer", preferred_language="en")


@pytest.fixture
def manager(make_user):
    return make_user(role="Manager", preferred_language="en")


@pytest.fixture
def lesson(course):
    return LessonPage.objects.child_of(course).order_by("path").last()


@pytest.fixture
def trainer(make_user, course):
    return trainer_assign(
        course, make_user(role="Trainer", full_name="Trainer Tilek", preferred_language="en")
    )


@pytest.fixture
def other_trainer(make_user, other_course):
    return trainer_assign(
        other_course, make_user(role="Trainer", full_name="Other Trainer", preferred_language="en")
    )


def _learner(make_user, course, name, status=EnrollmentStatus.ACTIVE):
    user = make_user(role="Learner", full_name=name, preferred_language="en")
    EnrollmentFactory(user=user, course_key=course.translation_key, status=status)
    return user


@pytest.fixture
def enrolled(make_user, course):
    return _learner(make_user, course, "Aigul Asanova")


@pytest.fixture
def other_learner(make_user, course):
    return _learner(make_user, course, "Bakyt Osmonov")


@pytest.fixture
def withdrawn(make_user, course):
    return _learner(make_user, course, "Withdrawn Learner", EnrollmentStatus.WITHDRAWN)


@pytest.fixture
def outsider(make_user):
    return make_user(role="Learner", full_name="Not Enrolled", preferred_language="en")


def access_of(user, course):
    return discussion_access(user=user, course=course)


@pytest.fixture
def topic(course, enrolled):
    """A discussion topic started by `enrolled`."""
    return topic_create(
        user=enrolled,
        access=access_of(enrolled, course),
        course_key=course.translation_key,
        kind=BoardKind.DISCUSSION,
        title="Waste collection tenders",
        body="Who has written a specification?",
    )


@pytest.fixture
def question(course, lesson, enrolled):
    """A question under `lesson` by `enrolled`."""
    return topic_create(
        user=enrolled,
        access=access_of(enrolled, course),
        course_key=course.translation_key,
        kind=BoardKind.QUESTIONS,
        title="How many bidders?",
        body="Is one bidder enough?",
        lesson_key=lesson.translation_key,
    )


@pytest.fixture
def reply_of(course):
    def make(user, topic, body, quoted=None):
        return post_create(
            user=user, access=access_of(user, course), topic=topic, body=body, quoted=quoted
        )

    return make
