"""The discussion journey of issue 21, in English, both sides in one browser.

A learner asks a question under a lesson; the trainer finds it in their notifications, answers
it and marks the reply as the answer; the learner finds the notification, opens it and sees the
answer, and the lesson's questions show it answered. The topic page is then read on a 375-pixel
phone without sideways scrolling.
"""

from courses.discussions.models import Topic
from courses.enrolment.services import enrollment_create
from lms.notifications.models import Notification
from tests.e2e.content import course_create

QUESTION = "Does the specification name the price?"
ANSWER = "No: keep the estimated price in a separate note; the specification describes the work."
NO_SIDEWAYS = "() => document.documentElement.scrollWidth <= window.innerWidth"


def _switch(page, login_as, user) -> None:
    page.context.clear_cookies()
    login_as(user)


def test_learner_asks_under_a_lesson_trainer_answers_learner_sees_it(
    page, login_as, make_user, screenshot
):
    trainer = make_user(role="Trainer", full_name="Tilek Trainer", preferred_language="en")
    course = course_create(trainer=trainer)
    learner = make_user(role="Learner", full_name="Aigul Asanova", preferred_language="en")
    enrollment_create(user=learner, course=course.course)
    lesson_url = course.lesson_url(1, "en")

    # The learner asks under the lesson.
    login_as(learner)
    page.goto(lesson_url)
    box = page.locator("#questions")
    assert "No questions yet" in box.inner_text()
    box.locator("summary", has_text="Ask a question").click()
    box.get_by_label("Title").fill("Price in the specification")
    box.get_by_label("Your question").fill(QUESTION)
    box.get_by_role("button", name="Ask").click()
    page.wait_for_url("**/discussions/topic/**")
    assert QUESTION in page.locator("main").inner_text()
    topic = Topic.objects.get(title="Price in the specification")
    assert topic.lesson_key == course.lessons[1].translation_key
    assert Notification.objects.filter(recipient=trainer, kind="question").count() == 1

    # The trainer opens the notification, answers and marks the answer.
    _switch(page, login_as, trainer)
    page.goto("/en/notifications/")
    page.locator("a.notification__title", has_text="Price in the specification").click()
    page.wait_for_url(f"**/discussions/topic/{topic.pk}/**")
    page.get_by_label("Your reply").fill(ANSWER)
    page.get_by_role("button", name="Send").click()
    page.wait_for_url(f"**/discussions/topic/{topic.pk}/**")
    page.get_by_role("button", name="Mark as the answer").click()
    assert "The reply is marked as the answer." in page.locator("main").inner_text()
    topic.refresh_from_db()
    assert topic.answer is not None and topic.answer.body == ANSWER

    # The learner sees the notification and the answer, on the topic and on the lesson.
    _switch(page, login_as, learner)
    page.goto("/en/notifications/")
    assert "has an answer" in page.locator("main").inner_text()
    page.locator("a.notification__title", has_text="has an answer").click()
    page.wait_for_url(f"**/discussions/topic/{topic.pk}/**")
    answer = page.locator("article.discussion-answer")
    assert ANSWER in answer.inner_text() and "Answer" in answer.inner_text()
    page.goto(lesson_url)
    assert "Answered" in page.locator("#questions").inner_text()

    # The topic on a phone: no sideways scrolling.
    page.set_viewport_size({"width": 375, "height": 812})
    page.goto(f"/en/discussions/topic/{topic.pk}/")
    assert page.evaluate(NO_SIDEWAYS)
    screenshot("discussions-topic-phone")
