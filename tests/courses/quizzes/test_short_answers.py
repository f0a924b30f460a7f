"""Short answers as people type them (issue 19, point 1): the demo's questions accept the natural
answers in each language, other word forms count, and results show a model answer, never a
pattern."""

from decimal import Decimal

from django.urls import reverse
from django.utils import translation

import pytest

from courses.quizzes.authoring import question_add
from courses.quizzes.demo import demo_quizzes_create
from courses.quizzes.demo_content import QUIZZES
from courses.quizzes.formats import ParsedOption, ParsedQuestion
from courses.quizzes.grading import (
    question_grade,
    response_clean,
    short_answer_matches,
    short_model_answer,
)
from courses.quizzes.models import Option, Question, QuestionType
from courses.quizzes.services import quiz_attempt_start, quiz_attempt_submit
from tests.factories.quizzes import quiz_with_questions

pytestmark = pytest.mark.django_db


def _demo_short(ky_start: str) -> dict:
    """The demo content's short-answer question whose Kyrgyz text starts with `ky_start`."""
    return next(
        question
        for quiz in QUIZZES
        for question in quiz["questions"]
        if question["type"] == "short" and question["text"]["ky"].startswith(ky_start)
    )


WASTE = "Тургундар операторго"
PLACE = "Достук кластерине"

# (question, language, three right answers as people type them, two wrong ones)
DEMO_ANSWERS = [
    (
        WASTE,
        "ky",
        ["Таштанды чыгаруу", "таштандыларды ташып кетуу", "Ветеринардык кызмат корсотуу"],
        ["Көчө жарыгы", "жаштар спорту"],
    ),
    (
        WASTE,
        "ru",
        ["вывоз мусора", "Вывоз  ТБО", "ветеринарные услуги"],
        ["освещение улиц", "молодёжный спорт"],
    ),
    (
        WASTE,
        "en",
        ["Garbage collection", "waste removal", "the vet"],
        ["street lighting", "youth sports"],
    ),
    (
        PLACE,
        "ky",
        ["  БҮРГӨНДҮ ", "Бургонду", "Бургонду айыл аймагы"],
        ["Достук", "Кара-Суу"],
    ),
    (
        PLACE,
        "ru",
        ["Бургонду", "айыл аймак Бургонду", "БУРГОНДУ."],
        ["Достук", "Кара-Суу"],
    ),
    (
        PLACE,
        "en",
        ["Burgondu", "burgondu ayil aimak", " BURGONDU "],
        ["Dostuk", "Osh"],
    ),
]


@pytest.fixture
def demo_question(lesson):
    """A demo short-answer question built from the demo content, as the demo builds it."""

    def build(ky_start: str) -> Question:
        from courses.quizzes.demo import _options

        spec = _demo_short(ky_start)
        quiz = quiz_with_questions(lesson=lesson, questions=[])
        return question_add(
            quiz=quiz,
            qtype="short",
            text=spec["text"],
            model_answer=spec.get("model_answer"),
            options=_options(spec),
        )

    return build


def grade(question, raw) -> Decimal:
    options = list(question.options.all())
    return question_grade(question, options, response_clean(question, options, raw))


@pytest.mark.parametrize(
    ("ky_start", "language", "right", "wrong"),
    DEMO_ANSWERS,
    ids=[f"{'waste' if q == WASTE else 'place'}-{code}" for q, code, _, _ in DEMO_ANSWERS],
)
def test_each_demo_short_answer_takes_the_natural_answers(
    demo_question, ky_start, language, right, wrong
):
    question = demo_question(ky_start)
    with translation.override(language):
        for answer in right:
            assert grade(question, answer) == 1, answer
        for answer in wrong:
            assert grade(question, answer) == 0, answer


def test_every_demo_short_answer_question_is_in_the_table():
    """A new demo short-answer question needs its own right and wrong answers above."""
    shorts = [q for quiz in QUIZZES for q in quiz["questions"] if q["type"] == "short"]
    covered = {q for q, *_ in DEMO_ANSWERS}
    assert {next(s for s in covered if q["text"]["ky"].startswith(s)) for q in shorts} == covered
    assert len(shorts) == len(covered)
    for spec in shorts:
        assert set(spec["model_answer"]) == {"ky", "ru", "en"}
        assert all("*" not in text for text in spec["model_answer"].values())


@pytest.mark.parametrize(
    ("pattern", "answer", "language"),
    [
        ("вывоз мусора", "вывоз мусор", "ru"),
        ("вывоз мусора", "Вывозом мусора.", "ru"),
        ("айыл аймагы", "айыл аймагында", "ky"),
        ("Бүргөндү", "Бүргөндүдөн", "ky"),
        ("Бүргөндү", "бургондуго", "ky"),
        ("waste collection", "Waste collections", "en"),
    ],
)
def test_other_forms_of_the_words_count(pattern, answer, language):
    assert short_answer_matches(
        pattern, answer, fold_letters=True, word_forms=True, language=language
    )
    assert not short_answer_matches(pattern, answer, fold_letters=True, language=language)


@pytest.mark.parametrize(
    ("pattern", "answer", "language"),
    [
        ("Бүргөндү", "Бургон", "ky"),  # cut off: the stem of Бүргөндү, not one of its forms
        ("вывоз мусора", "мусор", "ru"),  # a word missing
        ("вывоз мусора", "вывоз воды", "ru"),
        ("айыл", "аймак", "ky"),
    ],
)
def test_a_different_or_cut_off_word_is_not_a_form(pattern, answer, language):
    assert not short_answer_matches(
        pattern, answer, fold_letters=True, word_forms=True, language=language
    )


def test_word_forms_are_an_option_of_the_question(lesson):
    quiz = quiz_with_questions(
        lesson=lesson,
        questions=[
            ParsedQuestion(
                qtype=QuestionType.SHORT,
                text="Кызматтын аталышы?",
                options=[ParsedOption(text="вывоз мусора", fraction=Decimal(1))],
            )
        ],
    )
    question = quiz.questions.get()
    assert question.accept_word_forms is True  # on for new and imported questions
    assert grade(question, "вывозом мусора") == 1
    question.accept_word_forms = False
    question.save()
    assert grade(question, "вывозом мусора") == 0
    assert grade(question, "Вывоз  мусора") == 1


def test_the_model_answer_falls_back_to_an_answer_without_a_pattern(lesson):
    quiz = quiz_with_questions(lesson=lesson, questions=[])
    question = question_add(
        quiz=quiz,
        qtype="short",
        text={"ky": "Суроо?"},
        options=[
            {"text": {"ky": "*таштанды*", "ru": "*отход*"}, "fraction": 1},
            {"text": {"ky": "Таштанды чыгаруу", "ru": "Вывоз отходов"}, "fraction": 1},
        ],
    )
    options = list(question.options.all())
    assert short_model_answer(question, options, "ru") == "Вывоз отходов"
    assert short_model_answer(question, options, "ky") == "Таштанды чыгаруу"
    question.model_answer_ru = "Вывоз мусора"
    assert short_model_answer(question, options, "ru") == "Вывоз мусора"
    assert short_model_answer(question, options, "en") == "Таштанды чыгаруу"
    only_patterns = question_add(
        quiz=quiz,
        qtype="short",
        text={"ky": "Дагы?"},
        options=[{"text": {"ky": "*таштанды*", "ru": "*отход*"}, "fraction": 1}],
    )
    options = list(only_patterns.options.all())
    assert short_model_answer(only_patterns, options, "ru") == "отход"


def test_results_show_the_model_answer_never_a_pattern(client, course, lesson, enrolled):
    from courses.quizzes.demo import _options

    spec = _demo_short(WASTE)
    quiz = quiz_with_questions(lesson=lesson, questions=[])
    question = question_add(
        quiz=quiz,
        qtype="short",
        text=spec["text"],
        model_answer=spec["model_answer"],
        options=_options(spec),
    )
    attempt = quiz_attempt_start(user=enrolled, quiz=quiz, course_key=course.translation_key)
    attempt = quiz_attempt_submit(attempt=attempt, responses={str(question.key): "вывоз мусора"})
    assert attempt.score == 100
    client.force_login(enrolled)
    url = reverse("quizzes:result", kwargs={"attempt_id": attempt.pk})
    with translation.override("ru"):
        html = client.get(reverse("quizzes:result", kwargs={"attempt_id": attempt.pk})).content
    html = html.decode()
    assert "Вывоз мусора (отходов) или ветеринарные услуги" in html
    assert "*" not in html.split('class="quiz-correct"')[1].split("<")[0]
    html = client.get(url).content.decode()  # English
    assert "Waste collection or veterinary services" in html
    assert "*waste*" not in html and "*отход*" not in html


def test_a_demo_seeded_before_keeps_its_edits_and_gains_the_answers(home_page):
    """A rerun of the demo adds the accepted answers and model answer an older seed lacks."""
    from courses.catalogue.demo import demo_courses_create
    from lms.accounts.demo import demo_users_create

    demo_users_create(password="demo-password-2026")
    demo_courses_create()
    demo_quizzes_create(quizzes=QUIZZES)
    question = Question.objects.get(text=_demo_short(WASTE)["text"]["ky"])
    # As seeded before: the two pattern answers only, no model answer; a trainer's own answer.
    question.options.exclude(text__in=["*таштанды*", "*ветеринар*"]).delete()
    Option.objects.create(question=question, text="Суу", fraction=1, sort_order=9)
    Question.objects.filter(pk=question.pk).update(model_answer="", model_answer_ru="")
    assert grade(Question.objects.get(pk=question.pk), "вывоз мусора") == 0

    demo_quizzes_create(quizzes=QUIZZES)
    question = Question.objects.get(pk=question.pk)
    assert grade(question, "вывоз мусора") == 1
    assert grade(question, "Суу") == 1  # the trainer's answer stays
    assert question.model_answer_ru == "Вывоз мусора (отходов) или ветеринарные услуги"
    count = question.options.count()
    demo_quizzes_create(quizzes=QUIZZES)
    assert question.options.count() == count  # once
