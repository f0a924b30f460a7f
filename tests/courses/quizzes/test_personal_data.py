"""The quizzes' part of a person's data: attempts with their answers in the export; deletion
replaces typed words and keeps every point (docs/privacy-providers.md)."""

import pytest

from courses.activity.personal_data import removed_text
from courses.quizzes.models import Attempt, AttemptAnswer
from courses.quizzes.personal_data import quizzes_personal_data
from courses.quizzes.services import quiz_attempt_start, quiz_attempt_submit
from lms.privacy.providers import personal_data_providers
from tests.courses.quizzes.conftest import questions_by_type

pytestmark = pytest.mark.django_db


def _answered(user, quiz, course):
    """An attempt answering every question: the right choice, a typed and a matched answer."""
    questions = questions_by_type(quiz)
    single = questions["single"]
    right = single.options.get(text="The head of the ayil okmotu")
    matching = questions["matching"]
    ao = matching.options.get(text="AO")
    responses = {
        str(single.key): str(right.key),
        str(questions["short"].key): "Toktogul, I think",
        str(questions["numerical"].key): "5",
        str(matching.key): {str(ao.key): str(ao.key)},
    }
    attempt = quiz_attempt_start(user=user, quiz=quiz, course_key=course.translation_key)
    return quiz_attempt_submit(attempt=attempt, responses=responses)


@pytest.fixture
def attempts(quiz, course, enrolled, make_user):
    other = make_user(role="Learner")
    return _answered(enrolled, quiz, course), _answered(other, quiz, course)


def test_quizzes_register_their_provider():
    assert "quiz_attempts" in [p.key for p in personal_data_providers()]


def test_the_export_lists_attempts_with_the_questions_and_answers_given(attempts, enrolled, course):
    mine, _theirs = attempts
    records = list(quizzes_personal_data().records(enrolled))
    assert len(records) == 1  # the other learner's attempt is not there
    record = records[0]
    assert record["quiz"] == "Check yourself"
    assert record["course"] == course.title
    assert record["attempt"] == 1
    assert record["grade_percent"] == float(mine.score)
    assert record["submitted_at"].endswith("+06:00")  # ISO 8601, Asia/Bishkek
    answers = {a["question"]: a for a in record["answers"]}
    assert answers["Who signs the service contract?"]["answer"] == "The head of the ayil okmotu"
    assert answers["Who signs the service contract?"]["points"] == 1.0
    short = answers["Name the town in the Jalal-Abad oblast that contracted lighting."]
    assert short["answer"] == "Toktogul, I think"
    assert answers["How many clusters won a grant (of 9)?"]["answer"] == "5"
    assert answers["Match the term to its meaning."]["answer"] == [
        {"item": "AO", "matched_with": "ayil okmotu"}
    ]


def test_the_export_reads_answers_in_a_fixed_number_of_queries(
    attempts, enrolled, quiz, course, django_assert_num_queries
):
    for _ in range(3):
        _answered(enrolled, quiz, course)
    # Distinct quizzes, option texts, course and lesson keys, page titles, attempts with
    # their quiz, answers with their question: the same for 1 attempt or 400.
    with django_assert_num_queries(7):
        records = list(quizzes_personal_data().records(enrolled))
    assert [r["attempt"] for r in records] == [1, 2, 3, 4]
    assert all(len(r["answers"]) == 4 for r in records)


def test_erase_replaces_typed_answers_and_keeps_points_and_choices(attempts, enrolled):
    mine, theirs = attempts
    before = {a.pk: (a.points, a.fraction) for a in AttemptAnswer.objects.filter(attempt=mine)}
    provider = quizzes_personal_data()
    assert "1 quiz attempt kept" in provider.describe(enrolled)
    assert provider.erase(enrolled) == 1
    answers = {a.question.qtype: a for a in AttemptAnswer.objects.filter(attempt=mine)}
    assert answers["short"].response == {"text": removed_text()}
    assert answers["numerical"].response == {"text": "5"}
    assert "choice" in answers["single"].response
    after = {a.pk: (a.points, a.fraction) for a in AttemptAnswer.objects.filter(attempt=mine)}
    assert after == before
    assert Attempt.objects.get(pk=mine.pk).score == mine.score
    # The other learner's words stay.
    short = AttemptAnswer.objects.get(attempt=theirs, question__qtype="short")
    assert short.response == {"text": "Toktogul, I think"}
    # Their export now shows the replacement.
    record = next(iter(provider.records(enrolled)))
    assert removed_text() in [a["answer"] for a in record["answers"]]


def test_erasing_a_grader_keeps_their_grades_without_their_name(attempts, make_user):
    mine, _theirs = attempts
    grader = make_user(role="Trainer")
    answer = AttemptAnswer.objects.filter(attempt=mine).first()
    AttemptAnswer.objects.filter(pk=answer.pk).update(graded_by=grader, grader_comment="Good")
    assert quizzes_personal_data().erase(grader) == 1
    answer.refresh_from_db()
    assert answer.graded_by is None and answer.grader_comment == "Good"
    assert answer.points == AttemptAnswer.objects.get(pk=answer.pk).points
