"""Shared fixtures of the assignment tests (owned by the authoring/learner side; other modules
read them and add their own locally).

A course with an open-preview first lesson and an assignment lesson (`lesson`), its trainer (on
the trainer list), a trainer of another course, a reviewer, a manager, two enrolled learners
and one who is not enrolled. Pages are read in English (/en/ addresses, and every user's
preferred language is English, which the admin and mails follow) to assert exact words.
"""

from django.conf import settings
from django.utils import translation

import pytest

from courses.catalogue.models import LessonPage
from courses.catalogue.services import course_index_setup, course_trainers_sync
from courses.enrolment.models import EnrollmentStatus
from tests.factories.assignments import AssignmentFactory, RubricFactory, SubmissionFactory
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
    """The Kyrgyz catalogue and its English translation, so that /en/ addresses serve the
    (Kyrgyz) courses with a "not translated yet" notice and an English interface."""
    catalogue = CourseIndexPageFactory(parent=home_page)
    course_index_setup(catalogue=catalogue)
    translation_publish(catalogue, "en")
    return catalogue


@pytest.fixture
def course(catalogue):
    course = CoursePageFactory(parent=catalogue, title="Tenders for waste collection")
    LessonPageFactory(parent=course, open_preview=True, title="Reading")
    LessonPageFactory(parent=course, title="Your specification")
    return course


@pytest.fixture
def lesson(course):
    """The course's second lesson, where the assignment is."""
    return LessonPage.objects.child_of(course).order_by("path").last()


@pytest.fixture
def other_course(catalogue):
    course = CoursePageFactory(parent=catalogue, title="Street lighting")
    LessonPageFactory(parent=course, title="Lighting plan")
    return course


@pytest.fixture
def other_lesson(other_course):
    return LessonPage.objects.child_of(other_course).first()


@pytest.fixture
def trainer(make_user, course):
    return trainer_assign(
        course, make_user(role="Trainer", full_name="Trainer Tilek", preferred_language="en")
    )


@pytest.fixture
def other_trainer(make_user, other_course):
    """A trainer of another course: must see none of this course's work."""
    return trainer_assign(
        other_course, make_user(role="Trainer", full_name="Other Trainer", preferred_language="en")
    )


@pytest.fixture
def reviewer(make_user):
    return make_user(role="Reviewer", preferred_language="en")


@pytest.fixture
def manager(make_user):
    return make_user(role="Manager", preferred_language="en")


@pytest.fixture
def enrolled(make_user, course):
    user = make_user(role="Learner", full_name="Aigul Asanova", preferred_language="en")
    EnrollmentFactory(user=user, course_key=course.translation_key, status=EnrollmentStatus.ACTIVE)
    return user


@pytest.fixture
def other_learner(make_user, course):
    """Another learner of the same course: must never see `enrolled`'s work."""
    user = make_user(role="Learner", full_name="Bakyt Osmonov", preferred_language="en")
    EnrollmentFactory(user=user, course_key=course.translation_key, status=EnrollmentStatus.ACTIVE)
    return user


@pytest.fixture
def outsider(make_user):
    """A learner not enrolled in the course."""
    return make_user(role="Learner", full_name="Not Enrolled", preferred_language="en")


@pytest.fixture
def assignment(lesson):
    """Graded by points out of 100, pass mark 60, due in a week, released at once."""
    return AssignmentFactory(lesson=lesson)


@pytest.fixture
def rubric(course):
    """Two criteria of levels 0 / 5 / 10 points (20 at most)."""
    return RubricFactory(course=course)


@pytest.fixture
def rubric_assignment(lesson, rubric):
    return AssignmentFactory(lesson=lesson, rubric=rubric)


@pytest.fixture
def submitted(assignment, enrolled):
    """`enrolled`'s work, handed in."""
    return SubmissionFactory(assignment=assignment, user=enrolled, submitted=True)


@pytest.fixture(autouse=True)
def _english(client):
    """Assignment tests read pages in English (/en/ addresses) to assert exact words."""
    translation.activate("en")
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    yield
    translation.activate(settings.LANGUAGE_CODE)
