"""Who may read a lesson: visitors, learners, trainers of this and other courses, staff."""

from wagtail.models import Locale

import pytest

from courses.catalogue.models import LessonPage
from courses.enrolment.models import EnrollmentStatus
from tests.factories.courses import EnrollmentFactory

pytestmark = pytest.mark.django_db

SECRET = "Secret lesson text."


def lessons_of(course):
    lessons = LessonPage.objects.descendant_of(course).order_by("path")
    preview = lessons.get(open_preview=True)
    locked = lessons.filter(open_preview=False).first()
    return preview, locked


def test_visitor_reads_open_preview_lessons(client, make_course):
    preview, _ = lessons_of(make_course())
    response = client.get(preview.url)
    assert response.status_code == 200
    assert SECRET in response.content.decode()


def test_visitor_sees_locked_lesson_with_a_way_in_not_a_bare_403(client, make_course):
    course = make_course()
    _, locked = lessons_of(course)
    response = client.get(locked.url)
    html = response.content.decode()
    assert response.status_code == 403
    assert SECRET not in html
    assert locked.title in html  # the page still says where you are
    assert "/accounts/login/?next=" in html
    assert f'href="{course.url}#enrolment"' in html


@pytest.mark.parametrize(
    ("status", "allowed"),
    [
        (EnrollmentStatus.ACTIVE, True),
        (EnrollmentStatus.COMPLETED, True),
        (EnrollmentStatus.PENDING, False),
        (EnrollmentStatus.WITHDRAWN, False),
    ],
)
def test_learner_reads_lessons_only_when_enrolled(client, make_course, learner, status, allowed):
    course = make_course()
    _, locked = lessons_of(course)
    EnrollmentFactory(user=learner, course_key=course.translation_key, status=status)
    client.force_login(learner)
    response = client.get(locked.url)
    assert (response.status_code == 200) is allowed
    assert (SECRET in response.content.decode()) is allowed


def test_learner_enrolled_in_another_course_is_refused(client, make_course, learner):
    course, other = make_course(), make_course()
    EnrollmentFactory(user=learner, course_key=other.translation_key)
    client.force_login(learner)
    response = client.get(lessons_of(course)[1].url)
    assert response.status_code == 403
    assert SECRET not in response.content.decode()


def test_trainers_read_their_course_but_not_another(client, make_course, make_user):
    trainer = make_user(role="Trainer")
    mine = make_course(trainers=[trainer])
    theirs = make_course(trainers=[make_user(role="Trainer")])
    client.force_login(trainer)
    assert client.get(lessons_of(mine)[1].url).status_code == 200
    assert client.get(lessons_of(theirs)[1].url).status_code == 403


@pytest.mark.parametrize("role", ["Reviewer", "Manager"])
def test_reviewers_and_managers_read_every_lesson(client, make_course, make_user, role):
    client.force_login(make_user(role=role))
    response = client.get(lessons_of(make_course())[1].url)
    assert response.status_code == 200
    assert SECRET in response.content.decode()


def test_enrolment_counts_in_every_language(client, make_course, learner):
    """Enrolment is keyed to the course identity: the Russian lesson opens too."""
    course = make_course(modules=0)
    ru_course = course.copy_for_translation(
        Locale.objects.get(language_code="ru"), copy_parents=True
    )
    ru_course.save_revision().publish()
    _, locked = lessons_of(course)
    ru_lesson = locked.copy_for_translation(ru_course.locale)
    ru_lesson.save_revision().publish()
    EnrollmentFactory(user=learner, course_key=course.translation_key)
    client.force_login(learner)
    assert client.get(ru_lesson.url).status_code == 200
