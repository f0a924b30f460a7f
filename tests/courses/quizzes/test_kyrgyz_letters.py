"""Short answers typed without ү, ө, ң (phones, Russian keyboards): a per-question option."""

from decimal import Decimal

from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext, override

import pytest

from courses.quizzes.formats import ParsedOption, ParsedQuestion
from courses.quizzes.grading import (
    option_feedback,
    question_grade,
    response_clean,
    short_answer_matches,
)
from courses.quizzes.models import Question, QuestionType
from courses.quizzes.services import quiz_attempt_start, quiz_attempt_submit
from tests.factories.quizzes import quiz_with_questions

pytestmark = pytest.mark.django_db


@pytest.fixture
def place_quiz(lesson):
    """One short-answer question whose answer has Kyrgyz letters, made as the importers and the
    demo make questions (so with the option's default)."""
    question = ParsedQuestion(
        qtype=QuestionType.SHORT,
        text="Достук менен кайсы айыл аймагы суу түтүгүн бирге тейлейт?",
        options=[ParsedOption(text="Бүргөндү", fraction=Decimal(1), feedback="Туура!")],
    )
    return quiz_with_questions(lesson=lesson, questions=[question])


def grade(question, raw):
    options = list(question.options.all())
    return question_grade(question, options, response_clean(question, options, raw))


def test_a_new_question_accepts_the_answer_typed_without_kyrgyz_letters(place_quiz):
    question = place_quiz.questions.get()
    assert question.accept_without_kyrgyz_letters is True
    assert grade(question, "Бургонду") == 1
    assert grade(question, " бүргөндү ") == 1
    assert grade(question, "БУРГОНДУ") == 1
    assert grade(question, "Бургон") == 0
    options = list(question.options.all())
    assert [o.feedback for o in option_feedback(question, options, {"text": "Бургонду"})] == [
        "Туура!"
    ]


def test_with_the_option_off_the_letters_count(place_quiz):
    question = place_quiz.questions.get()
    question.accept_without_kyrgyz_letters = False
    question.save()
    assert grade(question, "Бургонду") == 0
    assert grade(question, "Бүргөндү") == 1
    assert option_feedback(question, list(question.options.all()), {"text": "Бургонду"}) == []


def test_folding_never_refuses_an_answer_accepted_without_it():
    patterns = ["Бүргөндү", "Бүргөн*", "*ңы", "Токтогул", "ёлка", "Кара-Көл", "5 000"]
    answers = ["бүргөндү", "Бургонду", "Бүргөнбай", "жаңы", "жаны", "ёлка", "елка", "кара-кол"]
    for pattern in patterns:
        for answer in answers:
            if short_answer_matches(pattern, answer):
                assert short_answer_matches(pattern, answer, fold_letters=True), (pattern, answer)
    assert short_answer_matches("Бүргөн*", "бургонбай", fold_letters=True)
    assert not short_answer_matches("Бүргөн*", "бургонбай")


def test_a_learner_who_types_without_the_letters_earns_the_points(place_quiz, course, enrolled):
    attempt = quiz_attempt_start(user=enrolled, quiz=place_quiz, course_key=course.translation_key)
    key = str(place_quiz.questions.get().key)
    attempt = quiz_attempt_submit(attempt=attempt, responses={key: "Бургонду"})
    assert attempt.score == 100 and attempt.passed


def test_the_question_admin_shows_the_option_on_for_a_new_question(
    client, course, lesson, make_user
):
    from courses.catalogue.services import course_trainers_sync
    from tests.courses.quizzes.test_admin import _quiz_form

    trainer = make_user(role="Trainer")
    course.trainers = [trainer]
    course.save()
    course_trainers_sync(course=course)
    client.force_login(trainer)
    html = client.get(reverse("wagtailsnippets_quizzes_quiz:add")).content.decode()
    language = html.split('<html lang="')[1].split('"')[0]  # the trainer's admin language
    with override(language):
        label = capfirst(gettext("accept answers typed without Kyrgyz letters"))
    assert label in html
    field = html.split('name="questions-__prefix__-accept_without_kyrgyz_letters"')[1]
    assert "checked" in field.split(">")[0]
    # Unticked (a browser sends nothing for it), it is stored off.
    data = _quiz_form(
        lesson, {"qtype": "short", "text": "Суроо?"}, [{"text": "Бүргөндү", "fraction": "1"}]
    )
    assert client.post(reverse("wagtailsnippets_quizzes_quiz:add"), data).status_code == 302
    assert Question.objects.get(text="Суроо?").accept_without_kyrgyz_letters is False
