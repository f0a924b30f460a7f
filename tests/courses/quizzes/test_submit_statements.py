"""What a quiz submit writes, statement by statement: the answers once (graded in the INSERT,
not updated after), the attempt's grading columns only, and the lesson's completion without a
savepoint of its own (the submit's transaction is the only one; in a test it is a savepoint of
the test's transaction)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest

from courses.progress.models import LessonCompletion
from courses.quizzes.models import AttemptAnswer
from tests.courses.quizzes.test_taking import correct_post, start

pytestmark = pytest.mark.django_db


def _submit(client, attempt, data):
    url = reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk})
    with CaptureQueriesContext(connection) as context:
        response = client.post(url, data)
    return response, [query["sql"] for query in context.captured_queries]


def test_a_passing_submit_writes_answers_once_and_completes_the_lesson(
    client, enrolled, lesson, quiz
):
    client.force_login(enrolled)
    attempt = start(client, lesson)
    response, statements = _submit(client, attempt, correct_post(quiz))
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.passed and attempt.score == 100
    answers = AttemptAnswer.objects.filter(attempt=attempt)
    assert answers.count() == len(attempt.layout)
    assert all(answer.points == answer.question.points for answer in answers)
    assert LessonCompletion.objects.filter(
        user=enrolled, lesson_key=lesson.translation_key
    ).exists()

    inserts = [s for s in statements if s.startswith('INSERT INTO "quizzes_attemptanswer"')]
    updates = [s for s in statements if s.startswith('UPDATE "quizzes_attemptanswer"')]
    assert len(inserts) == 1 and not updates
    (attempt_update,) = [s for s in statements if s.startswith('UPDATE "quizzes_attempt" ')]
    assert '"layout"' not in attempt_update and '"user_id"' not in attempt_update
    assert '"score"' in attempt_update and '"submitted_at"' in attempt_update
    # The submit's own transaction only: no savepoint around the lesson's completion, and the
    # lesson page is not read again (the attempt page loaded it with the quiz).
    assert sum(s.startswith("SAVEPOINT") for s in statements) == 1
    by_id = f'"catalogue_lessonpage"."page_ptr_id" = {lesson.pk}'
    assert [s for s in statements if by_id in s and "quizzes_attempt" not in s] == []


def test_a_second_submit_changes_nothing(client, enrolled, lesson, quiz):
    client.force_login(enrolled)
    attempt = start(client, lesson)
    _submit(client, attempt, correct_post(quiz))
    attempt.refresh_from_db()
    submitted_at = attempt.submitted_at
    response, statements = _submit(client, attempt, {"action": "submit"})
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.submitted_at == submitted_at and attempt.passed
    assert not [s for s in statements if s.startswith(("INSERT", "UPDATE", "DELETE"))]
