"""Descriptions: text between questions, unnumbered, no answer field, never counted in points."""

from decimal import Decimal

from django.urls import reverse

import pytest

from courses.quizzes.models import Attempt, AttemptAnswer, Option, Question
from tests.factories.quizzes import quiz_with_questions

pytestmark = pytest.mark.django_db


def test_a_description_keeps_its_place_unnumbered_and_counts_for_nothing(client, enrolled, lesson):
    quiz = quiz_with_questions(lesson=lesson, questions=[])
    first = Question.objects.create(quiz=quiz, sort_order=1, qtype="short", text="Capital?")
    Option.objects.create(question=first, text="Bishkek", fraction=1)
    Question.objects.create(
        quiz=quiz, sort_order=2, qtype="description", text="Read this case first.", points=0
    )
    last = Question.objects.create(quiz=quiz, sort_order=3, qtype="short", text="River?")
    Option.objects.create(question=last, text="Chui", fraction=1)
    client.force_login(enrolled)
    client.post(reverse("quizzes:start", kwargs={"lesson_id": lesson.pk}))
    attempt = Attempt.objects.get(user=enrolled)
    html = client.get(reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk})).content
    html = html.decode()
    assert "Question 1" in html and "Question 2" in html and "Question 3" not in html
    case = html.index("Read this case first.")
    assert html.index("Capital?") < case < html.index("River?")
    description = html[html.index('data-qtype="description"') :][:300]
    assert "<input" not in description and "<textarea" not in description
    response = client.post(
        reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk}),
        {"action": "submit", f"q-{first.key}": "Bishkek", f"q-{last.key}": "Chui"},
    )
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert (attempt.points, attempt.max_points, attempt.score) == (2, 2, Decimal(100))
    assert AttemptAnswer.objects.filter(attempt=attempt).count() == 2
    result = client.get(reverse("quizzes:result", kwargs={"attempt_id": attempt.pk}))
    assert "Read this case first." in result.content.decode()
    assert "Question 3" not in result.content.decode()
