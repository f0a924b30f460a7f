"""Passing a quiz completes its lesson through the progress service; failing does not."""

from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

import pytest

from courses.catalogue.models import LessonPage
from courses.enrolment.models import Enrollment, EnrollmentStatus
from courses.progress.models import LessonCompletion
from courses.progress.services import lesson_complete
from tests.courses.quizzes.test_taking import correct_post, start

pytestmark = pytest.mark.django_db


def submit(client, attempt, data):
    url = reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk})
    assert client.post(url, data).status_code == 302


def test_passing_the_quiz_completes_the_lesson_once(client, enrolled, lesson, quiz):
    client.force_login(enrolled)
    submit(client, start(client, lesson), correct_post(quiz))
    completion = LessonCompletion.objects.get(user=enrolled)
    assert completion.lesson_key == lesson.translation_key
    assert completion.source == "quiz"
    submit(client, start(client, lesson), correct_post(quiz))  # passing again changes nothing
    assert LessonCompletion.objects.filter(user=enrolled).count() == 1


def test_failing_the_quiz_leaves_the_lesson_open(client, enrolled, lesson, quiz):
    client.force_login(enrolled)
    submit(client, start(client, lesson), {"action": "submit"})
    assert not LessonCompletion.objects.filter(user=enrolled).exists()


def test_passing_the_quiz_of_the_last_lesson_completes_the_course(
    client, enrolled, course, lesson, quiz, django_capture_on_commit_callbacks
):
    first = LessonPage.objects.child_of(course).order_by("path").first()
    lesson_complete(user=enrolled, lesson=first)
    client.force_login(enrolled)
    with django_capture_on_commit_callbacks(execute=True):
        submit(client, start(client, lesson), correct_post(quiz))
    enrollment = Enrollment.objects.get(user=enrolled)
    assert enrollment.status == EnrollmentStatus.COMPLETED
    assert enrollment.completed_at is not None


def test_a_lesson_with_a_quiz_has_no_mark_as_complete(client, enrolled, lesson, quiz):
    with translation.override("ky"):
        button = gettext("Mark as complete")
        note = escape(gettext("Pass this lesson's quiz to complete it."))
    assert button != "Mark as complete"  # the page below is in Kyrgyz
    client.force_login(enrolled)
    page = client.get(lesson.url).content.decode()
    assert button not in page
    assert note in page
    response = client.post(reverse("progress:lesson_complete", args=[lesson.pk]), follow=True)
    assert note in response.content.decode()
    assert not LessonCompletion.objects.filter(user=enrolled).exists()
