"""Quizzes take bank questions: fixed ones and N random from a category, drawn per attempt and
fixed in the attempt's layout (issue 17)."""

from decimal import Decimal

import pytest

from courses.quizzes.bank import (
    category_for_path,
    default_category,
    quiz_course_key,
    quiz_question_count,
)
from courses.quizzes.models import Option, Question, QuizSlot
from courses.quizzes.selectors import quizzes_without_questions
from courses.quizzes.services import (
    attempt_questions,
    quiz_attempt_start,
    quiz_attempt_submit,
)
from tests.factories.courses import LessonPageFactory
from tests.factories.quizzes import quiz_with_questions

pytestmark = pytest.mark.django_db


def bank_question(category, text: str, *, correct="yes") -> Question:
    """A single-choice bank question (no quiz) whose right answer is `correct`."""
    question = Question.objects.create(category=category, qtype="single", text=text, points=1)
    Option.objects.create(question=question, sort_order=0, text=correct, fraction=1)
    Option.objects.create(question=question, sort_order=1, text="no", fraction=0)
    return question


@pytest.fixture
def bank(course):
    """Ten questions in "Top / Pool" of the course's bank."""
    pool = category_for_path(course.translation_key, ["Top", "Pool"])
    return pool, [bank_question(pool, f"Pool question {n}") for n in range(10)]


def right_answers(questions: dict) -> dict:
    responses = {}
    for key, question in questions.items():
        best = max(question.options.all(), key=lambda o: o.fraction)
        if question.qtype in ("single", "truefalse"):
            responses[key] = str(best.key)
    return responses


def test_a_quizs_own_questions_are_in_its_courses_default_bank(quiz, course):
    category = default_category(course.translation_key)
    assert quiz_course_key(quiz) == course.translation_key
    assert quiz.questions.count() == 6
    assert set(quiz.questions.values_list("category", flat=True)) == {category.pk}


def test_two_attempts_draw_different_random_questions_and_keep_them(quiz, bank, enrolled, course):
    pool, questions = bank
    QuizSlot.objects.create(quiz=quiz, category=pool, count=3, sort_order=0)
    first = quiz_attempt_start(user=enrolled, quiz=quiz, course_key=course.translation_key, seed=1)
    drawn_first = [item["q"] for item in first.layout][6:]
    assert len(first.layout) == 9 and len(set(drawn_first)) == 3
    assert set(drawn_first) <= {str(q.key) for q in questions}
    # Resuming (a reload or a later visit) gives the same attempt and the same questions.
    again = quiz_attempt_start(user=enrolled, quiz=quiz, course_key=course.translation_key, seed=2)
    assert again.pk == first.pk and again.layout == first.layout
    assert list(attempt_questions(attempt=again)) == [item["q"] for item in first.layout]
    quiz_attempt_submit(attempt=first, responses={})
    second = quiz_attempt_start(user=enrolled, quiz=quiz, course_key=course.translation_key, seed=7)
    drawn_second = [item["q"] for item in second.layout][6:]
    assert len(drawn_second) == 3 and drawn_second != drawn_first


def test_grading_uses_the_drawn_questions_even_after_they_change(quiz, bank, enrolled, course):
    pool, _questions = bank
    QuizSlot.objects.create(quiz=quiz, category=pool, count=2, sort_order=0)
    attempt = quiz_attempt_start(
        user=enrolled, quiz=quiz, course_key=course.translation_key, seed=3
    )
    questions = attempt_questions(attempt=attempt)
    responses = right_answers(questions)
    drawn = [item["q"] for item in attempt.layout][6:]
    # Edited after the draw: the text and the category change; the key grades it.
    edited = Question.objects.get(key=drawn[0])
    edited.text = "Reworded after the draw"
    edited.category = category_for_path(course.translation_key, ["Elsewhere"])
    edited.save()
    QuizSlot.objects.filter(quiz=quiz).delete()  # the quiz no longer draws at all
    attempt = quiz_attempt_submit(attempt=attempt, responses=responses)
    own_points = sum(q.points for q in quiz.questions.all())
    assert attempt.max_points == own_points + 2
    graded = {str(a.question.key): a for a in attempt.answers.select_related("question")}
    assert graded[drawn[0]].fraction == 1 and graded[drawn[1]].fraction == 1


def test_random_draws_never_repeat_a_question_already_in_the_quiz(quiz, bank, enrolled, course):
    pool, questions = bank
    QuizSlot.objects.create(quiz=quiz, question=questions[0], sort_order=0)
    QuizSlot.objects.create(quiz=quiz, category=pool, count=9, sort_order=1)
    attempt = quiz_attempt_start(
        user=enrolled, quiz=quiz, course_key=course.translation_key, seed=5
    )
    keys = [item["q"] for item in attempt.layout]
    assert len(keys) == len(set(keys)) == 6 + 10
    assert keys[6] == str(questions[0].key)
    assert quiz_question_count(quiz) == 16


def test_the_same_bank_question_serves_two_quizzes(quiz, bank, enrolled, course):
    pool, questions = bank
    other_lesson = LessonPageFactory(parent=course)
    second = quiz_with_questions(lesson=other_lesson, questions=[])
    QuizSlot.objects.create(quiz=quiz, question=questions[4], sort_order=0)
    QuizSlot.objects.create(quiz=second, question=questions[4], sort_order=0)
    assert quizzes_without_questions(pages=[other_lesson]) == []
    first = quiz_attempt_start(user=enrolled, quiz=quiz, course_key=course.translation_key)
    other = quiz_attempt_start(user=enrolled, quiz=second, course_key=course.translation_key)
    key = str(questions[4].key)
    assert [item["q"] for item in other.layout] == [key]
    other = quiz_attempt_submit(
        attempt=other, responses={key: str(questions[4].options.get(fraction=1).key)}
    )
    assert other.score == Decimal(100)
    assert key in [item["q"] for item in first.layout]


def test_a_resubmitted_answer_to_a_question_not_drawn_is_refused(quiz, bank, enrolled, course):
    from courses.quizzes.grading import QuizInputError

    pool, questions = bank
    QuizSlot.objects.create(quiz=quiz, category=pool, count=1, sort_order=0)
    attempt = quiz_attempt_start(
        user=enrolled, quiz=quiz, course_key=course.translation_key, seed=11
    )
    drawn = {item["q"] for item in attempt.layout}
    stranger = next(q for q in questions if str(q.key) not in drawn)
    with pytest.raises(QuizInputError):
        quiz_attempt_submit(
            attempt=attempt,
            responses={str(stranger.key): str(stranger.options.get(fraction=1).key)},
        )
