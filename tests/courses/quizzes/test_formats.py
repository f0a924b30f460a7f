"""GIFT and Moodle XML: every supported type imports; bad questions are reported by position."""

from decimal import Decimal
from pathlib import Path

import pytest

from courses.quizzes.authoring import questions_import, quiz_get_or_create
from courses.quizzes.formats.gift import gift_parse
from courses.quizzes.formats.moodle_xml import moodle_xml_export, moodle_xml_parse
from courses.quizzes.grading import question_grade, response_clean
from courses.quizzes.models import Question

FILES = Path(__file__).parent / "files"


def read(name):
    return (FILES / name).read_text(encoding="utf-8")


def test_gift_reads_every_type():
    result = gift_parse(read("all_types.gift"))
    assert result.errors == []
    types = [q.qtype for q in result.questions]
    assert types == [
        "single",
        "multiple",
        "truefalse",
        "short",
        "numerical",
        "numerical",
        "matching",
        "single",
    ]
    single, multiple, truefalse, short, numerical, ranged, matching, escaped = result.questions
    assert single.name == "Contract signer"
    assert single.general_feedback == "The ayil okmotu is the executive of the municipality."
    assert single.options[0].feedback == "Right: the executive signs."
    assert [o.fraction for o in multiple.options] == [Decimal("0.5"), Decimal("0.5"), Decimal(-1)]
    assert truefalse.options[0].fraction == 1 and truefalse.options[0].feedback == "Yes."
    assert truefalse.options[1].feedback == "Look again at the definition."
    assert [o.text for o in short.options] == ["Toktogul", "Tokto*"]
    assert numerical.options[0].number == 5 and numerical.options[0].tolerance == 0
    assert ranged.options[1].number == 5 and ranged.options[1].tolerance == 1
    assert ranged.options[1].fraction == Decimal("0.5")
    assert [(o.text, o.match_text) for o in matching.options][0] == ("AO", "ayil okmotu")
    assert escaped.text == "The sign = and braces { } are escaped."


def test_gift_reports_bad_questions_by_position_and_keeps_the_good():
    result = gift_parse(read("malformed.gift"))
    # As in Moodle: no answer block is a description, {} an essay.
    assert [(q.name, q.qtype) for q in result.questions] == [
        ("Good one", "single"),
        ("No answers", "description"),
        ("Essay", "essay"),
        ("Good two", "truefalse"),
    ]
    assert [q.position for q in result.questions] == [1, 2, 4, 7]
    errors = {e.position: e for e in result.errors}
    assert sorted(errors) == [3, 5, 6]
    assert "not closed" in errors[3].reason
    assert "not a number" in errors[5].reason
    assert "right" in errors[6].reason
    assert errors[3].line == 5


def test_moodle_xml_reads_every_type():
    result = moodle_xml_parse(read("all_types.xml").encode())
    assert result.errors == []
    assert [q.qtype for q in result.questions] == [
        "single",
        "multiple",
        "truefalse",
        "short",
        "numerical",
        "matching",
    ]
    single = result.questions[0]
    assert single.text == "<p>Who signs the <b>contract</b>?</p>"  # sanitised HTML kept
    assert single.points == 2
    assert single.options[1].feedback == "No."
    assert result.questions[4].options[0].tolerance == Decimal("0.5")
    assert result.questions[5].options[2].text == ""  # a distractor


def test_moodle_xml_reports_bad_questions_by_position_and_keeps_the_good():
    result = moodle_xml_parse(read("malformed.xml").encode())
    assert [q.name for q in result.questions] == ["Good", "Essay", "Good TF"]
    assert result.questions[1].qtype == "essay"
    errors = {e.position: e.reason for e in result.errors}
    assert sorted(errors) == [3, 4, 5]
    assert "not a number" in errors[3]
    assert "no text" in errors[4]
    assert "No answer earns" in errors[5]


@pytest.mark.parametrize(
    "source",
    [
        b"<quiz><question>",
        b"not xml at all",
        b'<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><quiz>&b;</quiz>',
        b"<questions/>",
    ],
)
def test_moodle_xml_refuses_a_broken_or_hostile_file_with_one_clear_error(source):
    result = moodle_xml_parse(source)
    assert result.questions == []
    assert len(result.errors) == 1 and result.errors[0].position == 0


@pytest.mark.django_db
def test_imported_questions_grade_and_export_back_to_moodle_xml(lesson):
    quiz, _ = quiz_get_or_create(lesson=lesson, title="Imported")
    questions_import(
        quiz=quiz, questions=moodle_xml_parse(read("all_types.xml").encode()).questions
    )
    questions_import(quiz=quiz, questions=gift_parse(read("all_types.gift")).questions)
    assert quiz.questions.count() == 14
    short = Question.objects.filter(quiz=quiz, qtype="short").first()
    options = list(short.options.all())
    assert question_grade(short, options, response_clean(short, options, "toktogul")) == 1
    exported = moodle_xml_export(quiz=quiz, questions=quiz.questions.prefetch_related("options"))
    again = moodle_xml_parse(exported)
    assert again.errors == []
    assert [q.qtype for q in again.questions] == [
        q.qtype for q in quiz.questions.order_by("sort_order")
    ]
    truefalse = again.questions[2]
    assert [o.text for o in truefalse.options] == ["true", "false"]
    assert again.questions[0].points == 2


@pytest.mark.parametrize("count", [3, 4])
def test_a_file_over_the_question_cap_is_refused_whole_with_a_clear_message(settings, count):
    settings.QUIZ_IMPORT_MAX_QUESTIONS = 3
    gift = "\n\n".join(f"Question {n}? {{=yes ~no}}" for n in range(count))
    xml = (
        "<quiz>"
        + "".join(
            f'<question type="truefalse"><questiontext><text>Q{n}</text></questiontext>'
            '<answer fraction="100"><text>true</text></answer>'
            '<answer fraction="0"><text>false</text></answer></question>'
            for n in range(count)
        )
        + "</quiz>"
    )
    for result in (gift_parse(gift), moodle_xml_parse(xml)):
        if count <= 3:
            assert len(result.questions) == count and not result.errors
        else:
            assert result.questions == []
            [error] = result.errors
            assert "more than 3 questions" in error.reason
            assert "Split it" in error.reason
