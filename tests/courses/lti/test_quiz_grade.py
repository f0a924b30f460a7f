"""A lesson with a quiz, launched from a platform: its grade goes back, failed or passed."""

from django.urls import reverse

import pytest

from courses.lti import claims as c
from tests.courses.lti import platform as sim
from tests.courses.quizzes.test_taking import correct_post, start
from tests.factories.quizzes import quiz_with_questions

pytestmark = pytest.mark.django_db


def test_quiz_grades_go_back_for_a_lesson_launch(
    client, registration, platform_sim, make_course, lessons_of, django_capture_on_commit_callbacks
):
    course = make_course(lessons=2, modules=0)
    lesson = lessons_of(course)[0]
    quiz = quiz_with_questions(lesson=lesson)
    state, nonce = sim.login(client)
    token = platform_sim.id_token(
        nonce=nonce, **{c.CUSTOM: {"lesson": str(lesson.translation_key)}}
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post("/lti/launch/", {"id_token": token, "state": state}).status_code == 302
    assert platform_sim.scores[-1]["body"]["gradingProgress"] == "Pending"

    def submit(data):
        attempt = start(client, lesson)
        url = reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk})
        with django_capture_on_commit_callbacks(execute=True):
            assert client.post(url, data).status_code == 302

    submit({"action": "submit"})  # nothing answered: failed
    failed = platform_sim.scores[-1]["body"]
    assert (failed["scoreGiven"], failed["scoreMaximum"]) == (0, 100)
    assert (failed["activityProgress"], failed["gradingProgress"]) == ("InProgress", "FullyGraded")
    submit(correct_post(quiz))
    passed = platform_sim.scores[-1]["body"]
    assert passed["scoreGiven"] == 100
    assert passed["activityProgress"] == "Completed"
    assert len(platform_sim.scores) == 3  # launch, failed, passed: nothing twice
