"""A timed quiz on a 375 × 812 phone (issue 19, point 12): the timer stays in sight while the
learner scrolls and counts down, the matching selects are a finger wide and tall, and at zero
the page hands in the answers it holds."""

import datetime as dt

from django.utils import timezone

import pytest

from courses.catalogue.services import course_index_setup
from courses.enrolment.models import EnrollmentStatus
from courses.quizzes.models import Attempt
from courses.quizzes.services import quiz_attempt_start
from tests.factories.courses import (
    CourseIndexPageFactory,
    CoursePageFactory,
    EnrollmentFactory,
    LessonPageFactory,
)
from tests.factories.quizzes import quiz_with_questions

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 375, "height": 812}
MIN_TAP = 44


@pytest.fixture
def timed_attempt(home_page, make_user):
    """A learner's open attempt at a 15-minute quiz of six questions (one of each type)."""
    catalogue = CourseIndexPageFactory(parent=home_page)
    course_index_setup(catalogue=catalogue)
    course = CoursePageFactory(parent=catalogue)
    lesson = LessonPageFactory(parent=course)
    quiz = quiz_with_questions(lesson=lesson, time_limit_minutes=15)
    learner = make_user(role="Learner")
    EnrollmentFactory(
        user=learner, course_key=course.translation_key, status=EnrollmentStatus.ACTIVE
    )
    attempt = quiz_attempt_start(user=learner, quiz=quiz, course_key=course.translation_key)
    return learner, attempt


def _timer_box(page) -> dict:
    return page.locator("[data-quiz-timer]").bounding_box()


def test_the_timer_stays_in_sight_and_counts_down_on_a_phone(
    page, login_as, timed_attempt, screenshot
):
    learner, attempt = timed_attempt
    login_as(learner)
    page.set_viewport_size(PHONE)
    page.goto(f"/ky/quizzes/attempt/{attempt.pk}/")

    clock = page.locator("[data-quiz-timer-clock]")
    assert page.locator("[data-quiz-timer-left]").is_visible()  # the script showed it
    first = clock.inner_text()
    assert first.startswith("14:") or first == "15:00", first
    page.wait_for_timeout(2100)
    assert clock.inner_text() != first  # it counts down

    # Scrolled to the last question, the timer is still on the screen, at its top.
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    assert page.evaluate("window.scrollY") > PHONE["height"] / 2  # the form is long enough
    box = _timer_box(page)
    assert 0 <= box["y"] <= 1 and box["y"] + box["height"] < PHONE["height"] / 4, box

    # Matching: each select spans the phone's width under its prompt and is a finger tall.
    selects = page.locator(".quiz-pair select")
    assert selects.count() >= 2
    for index in range(selects.count()):
        select = selects.nth(index).bounding_box()
        assert select["height"] >= MIN_TAP, select
        assert select["width"] >= PHONE["width"] - 80, select
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.evaluate("window.scrollTo(0, 0)")
    screenshot("quiz-timer-phone-375")


def test_at_zero_the_page_hands_in_its_answers(page, login_as, timed_attempt):
    learner, attempt = timed_attempt
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() + dt.timedelta(seconds=3))
    login_as(learner)
    page.set_viewport_size(PHONE)
    page.goto(f"/ky/quizzes/attempt/{attempt.pk}/")
    page.wait_for_url(f"**/quizzes/attempt/{attempt.pk}/result/", timeout=10_000)
    attempt.refresh_from_db()
    assert attempt.is_submitted
