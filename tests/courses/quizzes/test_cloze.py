"""Cloze (embedded answers): inline gaps of every kind, per-gap grading and feedback (issue 17)."""

import uuid
from decimal import Decimal

from django.urls import reverse

import pytest

from courses.quizzes.grading import (
    QuizInputError,
    cloze_grade,
    cloze_response_clean,
    gap_grade,
    wildcard_matches,
)
from courses.quizzes.models import Attempt, AttemptAnswer, Question
from tests.factories.quizzes import quiz_with_questions

pytestmark = pytest.mark.django_db

K = {name: str(uuid.uuid4()) for name in ("sa1", "sa2", "n1", "mc1", "mc2", "mr1", "mr2", "mr3")}


def cloze_gaps() -> list:
    return [
        {
            "type": "shortanswer",
            "display": "",
            "weight": 1,
            "case_sensitive": False,
            "answers": [
                {"key": K["sa1"], "text": "Bish*", "fraction": "1", "feedback": "Right: Bishkek."},
                {"key": K["sa2"], "text": "*", "fraction": "0", "feedback": "It is Bishkek."},
            ],
        },
        {
            "type": "numerical",
            "display": "",
            "weight": 2,
            "answers": [
                {"key": K["n1"], "text": "7", "number": "7", "tolerance": "0.5", "fraction": "1"}
            ],
        },
        {
            "type": "multichoice",
            "display": "dropdown",
            "weight": 1,
            "answers": [
                {"key": K["mc1"], "text": "Chui", "text_en": "Chuy", "fraction": "1"},
                {"key": K["mc2"], "text": "Osh", "fraction": "0", "feedback": "Osh is south."},
            ],
        },
        {
            "type": "multichoice",
            "display": "multiresponse",
            "weight": 1,
            "answers": [
                {"key": K["mr1"], "text": "Naryn", "fraction": "0.5"},
                {"key": K["mr2"], "text": "Talas", "fraction": "0.5"},
                {"key": K["mr3"], "text": "Almaty", "fraction": "-1"},
            ],
        },
    ]


TEXT = "Capital: {#1}. Regions: {#2}. Around the capital: {#3}. Oblasts: {#4}."


def cloze_question(quiz, **fields) -> Question:
    return Question.objects.create(
        quiz=quiz,
        sort_order=fields.pop("sort_order", 1),
        qtype="cloze",
        text=TEXT,
        points=fields.pop("points", Decimal(5)),
        gaps=fields.pop("gaps", cloze_gaps()),
        **fields,
    )


def test_shortanswer_gaps_use_moodles_wildcards_and_case():
    assert wildcard_matches("Bish*", "  bishkek ")
    assert wildcard_matches("*", "anything at all")
    assert not wildcard_matches("Bish*", "Osh")
    assert not wildcard_matches("Bishkek", "bishkek", case_sensitive=True)
    assert wildcard_matches("Bish*", "Bishkek", case_sensitive=True)
    gap = cloze_gaps()[0]
    assert gap_grade(gap, "Bishkek") == 1
    assert gap_grade(gap, "Osh") == 0  # the "*" answer gives feedback, not marks
    sensitive = {**gap, "case_sensitive": True}
    assert gap_grade(sensitive, "bishkek") == 0


def test_numerical_gap_takes_its_tolerance_and_a_decimal_comma():
    gap = cloze_gaps()[1]
    assert gap_grade(gap, "7,4") == 1
    assert gap_grade(gap, "7.6") == 0
    assert gap_grade(gap, "") == 0


def test_multichoice_by_fraction_and_multiresponse_summed_and_clamped_at_zero():
    dropdown, multi = cloze_gaps()[2], cloze_gaps()[3]
    assert gap_grade(dropdown, K["mc1"]) == 1 and gap_grade(dropdown, K["mc2"]) == 0
    assert gap_grade(multi, [K["mr1"], K["mr2"]]) == 1
    assert gap_grade(multi, [K["mr1"]]) == Decimal("0.5")
    assert gap_grade(multi, [K["mr1"], K["mr3"]]) == 0  # 0.5 - 1 is clamped at 0


def test_the_question_grade_is_the_weighted_mean_of_its_gaps():
    question = Question(qtype="cloze", text=TEXT, gaps=cloze_gaps(), points=5)
    right = {"gaps": {"1": "Bishkek", "2": "7", "3": K["mc1"], "4": [K["mr1"], K["mr2"]]}}
    assert cloze_grade(question, right) == 1
    wrong_number = {**right, "gaps": {**right["gaps"], "2": "9"}}
    assert cloze_grade(question, wrong_number) == Decimal("0.6")  # (1 + 0*2 + 1 + 1) / 5
    assert cloze_grade(question, {}) == 0


def test_a_foreign_choice_or_gap_is_refused():
    question = Question(qtype="cloze", text=TEXT, gaps=cloze_gaps(), points=5)
    with pytest.raises(QuizInputError):
        cloze_response_clean(question, {"3": str(uuid.uuid4())})
    with pytest.raises(QuizInputError):
        cloze_response_clean(question, {"9": "x"})
    with pytest.raises(QuizInputError):
        cloze_response_clean(question, {"2": "seven"})
    assert cloze_response_clean(question, {"1": " ", "2": ""}) == {}


@pytest.fixture
def cloze_quiz(lesson):
    quiz = quiz_with_questions(lesson=lesson, questions=[])
    cloze_question(quiz)
    return quiz


def test_the_attempt_shows_labelled_inline_gaps_of_every_kind(client, enrolled, lesson, cloze_quiz):
    client.force_login(enrolled)
    client.post(reverse("quizzes:start", kwargs={"lesson_id": lesson.pk}))
    attempt = Attempt.objects.get(user=enrolled)
    html = client.get(reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk})).content
    html = html.decode()
    key = cloze_quiz.questions.get().key
    assert f'name="g-{key}-1"' in html and 'inputmode="decimal"' in html
    assert f'<select class="quiz-gap" id="gap-{key}-3"' in html
    assert html.count(f'type="checkbox" name="g-{key}-4"') == 3
    for number in (1, 2, 3, 4):
        assert f"Gap {number} of 4" in html
    assert f'<label class="visually-hidden" for="gap-{key}-1">Gap 1 of 4</label>' in html
    assert "{#1}" not in html
    assert "<script" not in html.split("<main", 1)[-1].split("</main>")[0]


def test_radio_gaps_for_vertical_and_horizontal_choices(client, enrolled, lesson):
    quiz = quiz_with_questions(lesson=lesson, questions=[])
    gaps = cloze_gaps()
    gaps[2]["display"] = "horizontal"
    question = cloze_question(quiz, gaps=gaps)
    client.force_login(enrolled)
    client.post(reverse("quizzes:start", kwargs={"lesson_id": lesson.pk}))
    attempt = Attempt.objects.get(user=enrolled)
    html = client.get(reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk})).content
    html = html.decode()
    assert html.count(f'type="radio" name="g-{question.key}-3"') == 2
    assert "quiz-gap-choices--row" in html
    assert 'role="group" aria-label="Gap 3 of 4"' in html


def test_submitting_grades_each_gap_and_the_results_show_per_gap_feedback(
    client, enrolled, lesson, cloze_quiz
):
    client.force_login(enrolled)
    client.post(reverse("quizzes:start", kwargs={"lesson_id": lesson.pk}))
    attempt = Attempt.objects.get(user=enrolled)
    key = cloze_quiz.questions.get().key
    response = client.post(
        reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk}),
        {
            "action": "submit",
            f"g-{key}-1": "Osh",
            f"g-{key}-2": "7",
            f"g-{key}-3": K["mc2"],
            f"g-{key}-4": [K["mr1"], K["mr2"]],
        },
    )
    assert response.status_code == 302
    answer = AttemptAnswer.objects.get(attempt=attempt)
    assert answer.response["gaps"]["4"] == sorted([K["mr1"], K["mr2"]])
    assert answer.fraction == Decimal("0.6")  # (0 + 2 + 0 + 1) / 5
    assert answer.points == Decimal("3.00")
    html = client.get(reverse("quizzes:result", kwargs={"attempt_id": attempt.pk})).content
    html = html.decode()
    assert 'data-gap-result="incorrect"' in html and 'data-gap-result="correct"' in html
    assert "It is Bishkek." in html and "Osh is south." in html
    assert "Right: Bishkek." not in html


def test_a_wrong_number_re_shows_the_form_with_what_was_typed(client, enrolled, lesson, cloze_quiz):
    client.force_login(enrolled)
    client.post(reverse("quizzes:start", kwargs={"lesson_id": lesson.pk}))
    attempt = Attempt.objects.get(user=enrolled)
    key = cloze_quiz.questions.get().key
    response = client.post(
        reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk}),
        {"action": "submit", f"g-{key}-1": "Bishkek", f"g-{key}-2": "seven"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert 'value="seven"' in html and 'value="Bishkek"' in html
    assert Attempt.objects.get(pk=attempt.pk).state == "in_progress"


def test_the_preview_grades_a_cloze_question(client, make_user, course, lesson, cloze_quiz):
    from courses.catalogue.services import course_trainers_sync

    trainer = make_user(role="Trainer")
    course.trainers = [trainer]
    course.save()
    course_trainers_sync(course=course)
    client.force_login(trainer)
    key = cloze_quiz.questions.get().key
    url = reverse("quizzes:preview", kwargs={"lesson_id": lesson.pk})
    assert "Gap 2 of 4" in client.get(url).content.decode()
    response = client.post(url, {f"g-{key}-1": "bishkek", f"g-{key}-3": K["mc1"]})
    assert response.status_code == 200
    assert 'data-gap-result="correct"' in response.content.decode()


def test_an_imported_html_cloze_text_shows_its_formatting_not_its_tags(
    client, enrolled, lesson, cloze_quiz
):
    question = cloze_quiz.questions.get()
    question.text = (
        "<p>Capital: <strong>{#1}</strong>.</p><p>Regions: {#2}. "
        '<img src="x" onerror="alert(1)">Around: {#3}. Oblasts: {#4}.</p>'
    )
    question.save()
    client.force_login(enrolled)
    client.post(reverse("quizzes:start", kwargs={"lesson_id": lesson.pk}))
    attempt = Attempt.objects.get(user=enrolled)
    html = client.get(reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk})).content
    main = html.decode().split("<main", 1)[-1].split("</main>")[0]
    assert "<p>Capital: <strong>" in main and "&lt;p&gt;" not in main
    assert f'name="g-{question.key}-1"' in main
    assert "onerror" not in main and "{#2}" not in main
