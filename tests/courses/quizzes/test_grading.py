"""Grading every question type: partial credit, tolerance, wildcard, matching and bad input."""

from decimal import Decimal

import pytest

from courses.quizzes.grading import (
    NOT_A_NUMBER,
    UNKNOWN_OPTION,
    QuizInputError,
    question_grade,
    response_clean,
)
from tests.courses.quizzes.conftest import questions_by_type

pytestmark = pytest.mark.django_db


def grade(question, raw):
    options = list(question.options.all())
    return question_grade(question, options, response_clean(question, options, raw))


def keys(question, *indexes):
    options = list(question.options.all())
    return [str(options[i].key) for i in indexes]


def test_single_choice_right_wrong_and_empty(quiz):
    q = questions_by_type(quiz)["single"]
    assert grade(q, keys(q, 0)[0]) == 1
    assert grade(q, keys(q, 1)[0]) == 0
    assert grade(q, "") == 0


def test_multiple_choice_partial_credit_and_never_below_zero(quiz):
    q = questions_by_type(quiz)["multiple"]
    assert grade(q, keys(q, 0, 1)) == 1
    assert grade(q, keys(q, 0)) == Decimal("0.5")
    assert grade(q, keys(q, 0, 2)) == 0  # a wrong choice subtracts
    assert grade(q, keys(q, 2, 3)) == 0  # never below zero
    assert grade(q, keys(q, 0, 1, 2)) == Decimal("0.5")
    assert grade(q, keys(q, 0, 0, 0)) == Decimal("0.5")  # repeating a key earns nothing more


def test_true_false(quiz):
    q = questions_by_type(quiz)["truefalse"]
    assert grade(q, keys(q, 0)[0]) == 1
    assert grade(q, keys(q, 1)[0]) == 0


def test_short_answer_ignores_case_and_space_and_honours_wildcard(quiz):
    q = questions_by_type(quiz)["short"]
    assert grade(q, "  toKTOgul ") == 1
    assert grade(q, "Town of Toktogul") == 0
    assert grade(q, "Toktobek") == Decimal("0.5")  # only the wildcard answer matches
    assert grade(q, "Bishkek") == 0
    assert grade(q, "") == 0


def test_short_answer_accepts_any_language_of_the_accepted_answer(quiz):
    q = questions_by_type(quiz)["short"]
    option = q.options.first()
    option.text_ru = "Токтогул"
    option.save()
    assert grade(q, "токтогул") == 1


def test_numerical_tolerance_and_decimal_comma(quiz):
    q = questions_by_type(quiz)["numerical"]
    assert grade(q, "5") == 1
    assert grade(q, "5,0") == 1
    assert grade(q, "6") == Decimal("0.5")  # inside the ±1 tolerance of the second answer
    assert grade(q, "4.0") == Decimal("0.5")
    assert grade(q, "7") == 0
    assert grade(q, "") == 0


def test_numerical_refuses_text_with_a_clear_message(quiz):
    q = questions_by_type(quiz)["numerical"]
    with pytest.raises(QuizInputError) as error:
        grade(q, "five")
    assert error.value.message == NOT_A_NUMBER


def test_matching_gives_a_share_per_correct_pair_and_ignores_distractors(quiz):
    q = questions_by_type(quiz)["matching"]
    opts = list(q.options.all())
    left = [o for o in opts if o.text]
    by_match = {o.match_text: str(o.key) for o in opts}
    all_right = {str(o.key): by_match[o.match_text] for o in left}
    assert grade(q, all_right) == 1
    one_wrong = dict(all_right)
    one_wrong[str(left[0].key)] = by_match["public hearing"]
    assert grade(q, one_wrong) == Decimal("0.66667")
    assert grade(q, {str(left[1].key): by_match["intermunicipal cooperation"]}) == Decimal(
        "0.33333"
    )
    assert grade(q, {}) == 0


@pytest.mark.parametrize("qtype", ["single", "multiple", "truefalse", "matching"])
def test_tampered_option_keys_are_refused(quiz, qtype):
    q = questions_by_type(quiz)[qtype]
    other = questions_by_type(quiz)["short" if qtype != "short" else "single"]
    foreign = str(other.options.first().key)
    raw = {
        "single": foreign,
        "truefalse": "not-a-key",
        "multiple": [foreign],
        "matching": {foreign: foreign},
    }[qtype]
    with pytest.raises(QuizInputError) as error:
        grade(q, raw)
    assert error.value.message == UNKNOWN_OPTION


def test_overlong_text_is_refused(quiz):
    q = questions_by_type(quiz)["short"]
    with pytest.raises(QuizInputError):
        grade(q, "x" * 501)
