"""Hints: shown on the results after an answer that was not fully right (issue 17)."""

from django.urls import reverse

import pytest

from courses.quizzes.models import Attempt, Option, Question
from tests.factories.quizzes import quiz_with_questions

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("answer", "shown"), [("Osh", True), ("Bishkek", False)])
def test_hints_follow_a_wrong_answer_only(client, enrolled, lesson, answer, shown):
    quiz = quiz_with_questions(lesson=lesson, questions=[])
    question = Question.objects.create(
        quiz=quiz,
        sort_order=1,
        qtype="short",
        text="Capital?",
        hints=[{"text": "Борбор шаар", "text_en": "It is in the Chui valley."}, {"text": ""}],
    )
    Option.objects.create(question=question, text="Bishkek", fraction=1)
    client.force_login(enrolled)
    client.post(reverse("quizzes:start", kwargs={"lesson_id": lesson.pk}))
    attempt = Attempt.objects.get(user=enrolled)
    client.post(
        reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk}),
        {"action": "submit", f"q-{question.key}": answer},
    )
    html = client.get(reverse("quizzes:result", kwargs={"attempt_id": attempt.pk})).content
    html = html.decode()
    assert ("It is in the Chui valley." in html) is shown
    assert ("data-hints" in html) is shown
    assert "Борбор шаар" not in html  # English page: the English hint
