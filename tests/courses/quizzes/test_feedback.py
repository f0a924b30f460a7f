"""Combined feedback by the answer's grade, "You have N correct choices selected", and the
question's own answer shuffle (issue 17)."""

import random
from decimal import Decimal

from django.urls import reverse

import pytest

from courses.quizzes.models import Attempt, Option, Question
from courses.quizzes.services import attempt_layout_build, quiz_questions
from tests.factories.quizzes import quiz_with_questions

pytestmark = pytest.mark.django_db


@pytest.fixture
def choice_quiz(lesson):
    quiz = quiz_with_questions(lesson=lesson, questions=[], shuffle_options=True)
    question = Question.objects.create(
        quiz=quiz,
        sort_order=1,
        qtype="multiple",
        text="Which are services?",
        points=2,
        show_number_correct=True,
        correct_feedback="All right!",
        partially_correct_feedback="Partly right.",
        partially_correct_feedback_en="Partly right (en).",
        incorrect_feedback="Wrong.",
    )
    for index, (text, fraction) in enumerate(
        [("Waste", "0.5"), ("Lighting", "0.5"), ("Passports", "-1")]
    ):
        Option.objects.create(
            question=question, text=text, fraction=Decimal(fraction), sort_order=index
        )
    return quiz


def answer_with(client, user, lesson, quiz, texts):
    question = quiz.questions.get()
    keys = [str(o.key) for o in question.options.all() if o.text in texts]
    client.force_login(user)
    client.post(reverse("quizzes:start", kwargs={"lesson_id": lesson.pk}))
    attempt = Attempt.objects.get(user=user)
    client.post(
        reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk}),
        {"action": "submit", f"q-{question.key}": keys},
    )
    return client.get(reverse("quizzes:result", kwargs={"attempt_id": attempt.pk})).content.decode()


def test_partly_right_shows_the_partial_feedback_and_the_number_correct(
    client, enrolled, lesson, choice_quiz
):
    html = answer_with(client, enrolled, lesson, choice_quiz, ["Waste"])
    assert 'data-combined="partial"' in html and "Partly right (en)." in html
    assert "All right!" not in html and "Wrong." not in html
    assert "You have 1 correct choice selected." in html


def test_fully_right_and_wrong_answers_get_their_own_feedback(
    client, enrolled, make_user, lesson, choice_quiz
):
    html = answer_with(client, enrolled, lesson, choice_quiz, ["Waste", "Lighting"])
    assert 'data-combined="correct"' in html and "You have 2 correct choices selected." in html
    from courses.enrolment.models import EnrollmentStatus
    from tests.factories.courses import EnrollmentFactory

    other = make_user(role="Learner")
    EnrollmentFactory(
        user=other, course_key=enrolled.enrollments.get().course_key, status=EnrollmentStatus.ACTIVE
    )
    html = answer_with(client, other, lesson, choice_quiz, ["Passports"])
    assert 'data-combined="incorrect"' in html and "Wrong." in html


def test_no_feedback_without_the_review(client, enrolled, lesson, choice_quiz):
    choice_quiz.review = "never"
    choice_quiz.save()
    html = answer_with(client, enrolled, lesson, choice_quiz, ["Waste"])
    assert "Partly right" not in html and "data-number-correct" not in html


def test_the_quiz_shuffle_applies_only_to_questions_that_allow_it(lesson, choice_quiz):
    question = choice_quiz.questions.get()
    order = [str(o.key) for o in question.options.all()]
    question.shuffle_options = False
    question.save()
    for seed in range(8):
        layout = attempt_layout_build(
            quiz=choice_quiz,
            questions=quiz_questions(quiz=choice_quiz),
            rng=random.Random(seed),  # noqa: S311
        )
        assert layout[0]["o"] == order
    question.shuffle_options = True
    question.save()
    orders = {
        tuple(
            attempt_layout_build(
                quiz=choice_quiz,
                questions=quiz_questions(quiz=choice_quiz),
                rng=random.Random(s),  # noqa: S311
            )[0]["o"]
        )
        for s in range(8)
    }
    assert len(orders) > 1
