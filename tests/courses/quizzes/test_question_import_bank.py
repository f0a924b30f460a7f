"""Importing into the course's question bank (issue 17): categories from the file, files stored
in the course's collection with links rewritten, slots on the quiz, re-import by ID number,
exact full marks for thirds end to end, and the round trip in three languages."""

import io
import json
from decimal import Decimal
from pathlib import Path

from django.core.management import call_command

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

import pytest

from courses.quizzes.authoring import questions_import, questions_import_to_bank
from courses.quizzes.formats.gift import gift_export, gift_parse
from courses.quizzes.formats.moodle_xml import moodle_xml_export, moodle_xml_parse
from courses.quizzes.models import Question, QuestionCategory, QuizSlot
from courses.quizzes.services import quiz_attempt_start, quiz_attempt_submit

FILES = Path(__file__).parent / "files"
pytestmark = pytest.mark.django_db


def _xml():
    return moodle_xml_parse((FILES / "issue17.xml").read_bytes())


def _gift():
    return gift_parse((FILES / "issue17.gift").read_text(encoding="utf-8"))


def test_xml_import_fills_the_bank_stores_files_and_adds_slots(course, quiz):
    outcome = questions_import_to_bank(course_key=course.translation_key, result=_xml(), quiz=quiz)
    assert len(outcome.created) == 6 and outcome.slots == 6
    water = QuestionCategory.objects.get(course_key=course.translation_key, name="Water")
    assert water.parent.name == "Services / Utilities"
    assert (water.info, water.idnumber) == ("Water questions", "cat-water")
    pump = Question.objects.get(idnumber="pump-1")
    assert pump.quiz is None and pump.category == water
    image = get_image_model().objects.get(title="pump one.png")
    document = get_document_model().objects.get(title="guide.pdf")
    assert image.collection == document.collection
    assert image.collection.name == course.title
    assert "@@PLUGINFILE@@" not in pump.text
    assert image.file.url in pump.text and document.url in pump.text
    slots = QuizSlot.objects.filter(quiz=quiz).order_by("sort_order")
    assert [s.question.name for s in slots] == [q.name for q in outcome.created]
    statuses = {item.position: (item.status, item.outcome) for item in outcome.report}
    assert statuses[7][0] == "refused" and statuses[8][0] == "refused"
    assert statuses[1] == ("imported", "imported")


def test_a_reimport_updates_by_id_number_and_says_so(course):
    questions_import_to_bank(course_key=course.translation_key, result=_xml())
    again = questions_import_to_bank(course_key=course.translation_key, result=_xml())
    assert [q.idnumber for q in again.updated] == ["pump-1"]
    assert Question.objects.filter(idnumber="pump-1").count() == 1
    pump_item = next(item for item in again.report if item.name == "Pump")
    assert "updated" in pump_item.outcome
    # Same bytes: one stored image.
    assert get_image_model().objects.filter(title="pump one.png").count() == 1


def test_a_chosen_category_takes_every_question(course):
    chosen = QuestionCategory.objects.create(course_key=course.translation_key, name="Mine")
    questions_import_to_bank(course_key=course.translation_key, result=_gift(), category=chosen)
    assert Question.objects.filter(category=chosen).count() == len(_gift().questions)


def test_thirds_reach_exactly_full_marks_and_a_100_percent_pass_mark(quiz, enrolled, course):
    quiz.questions.all().delete()
    quiz.pass_mark = 100
    quiz.save()
    thirds = [q for q in _gift().questions if q.name == "Thirds"]
    [question] = questions_import(quiz=quiz, questions=thirds)
    right = [str(o.key) for o in question.options.filter(fraction__gt=0)]
    assert len(right) == 3
    attempt = quiz_attempt_start(user=enrolled, quiz=quiz, course_key=course.translation_key)
    attempt = quiz_attempt_submit(attempt=attempt, responses={str(question.key): right})
    assert attempt.points == question.points
    assert attempt.score == 100 and attempt.passed


def test_usecase_grades_case_sensitively(quiz, enrolled, course):
    quiz.questions.all().delete()
    [question] = questions_import(
        quiz=quiz, questions=[q for q in _xml().questions if q.name == "Acronym"]
    )
    assert question.case_sensitive
    attempt = quiz_attempt_start(user=enrolled, quiz=quiz, course_key=course.translation_key)
    attempt = quiz_attempt_submit(attempt=attempt, responses={str(question.key): "ngo"})
    assert attempt.points == 0


FIELDS = ("text", "general_feedback", "correct_feedback", "partially_correct_feedback",
          "incorrect_feedback")  # fmt: skip


def _snapshot(questions):
    rows = []
    for q in questions:
        row = [str(q.qtype), q.name, q.idnumber, list(q.tags), str(Decimal(q.points).normalize())]
        row += [getattr(q, f + s) for f in FIELDS for s in ("", "_ru", "_en")]
        row.append([h.get("text") for h in q.hints])
        row.append(
            [
                (
                    o.text, o.text_ru, o.text_en, str(Decimal(o.fraction).normalize()),
                    o.feedback, o.feedback_en, o.match_text,
                    None if o.number is None else str(Decimal(o.number).normalize()),
                )
                for o in q.options
            ]
        )  # fmt: skip
        row.append([[a["text"] for a in g["answers"]] for g in q.gaps])
        rows.append(row)
    return rows


@pytest.mark.parametrize("fmt", ["xml", "gift"])
def test_round_trip_keeps_the_questions_in_three_languages(course, fmt):
    gift_result = _gift()
    source = list(gift_result.questions)
    if fmt == "xml":
        source += _xml().questions
        source = [q for q in source if q.name != "Pump"]  # its file links become site URLs
    from courses.quizzes.formats import ParseResult

    outcome = questions_import_to_bank(
        course_key=course.translation_key, result=ParseResult(questions=source)
    )
    # A third language added by hand, as a trainer would.
    ml = Question.objects.get(name="ML")
    ml.general_feedback, ml.general_feedback_ru = "Жакшы", "Хорошо"
    ml.save()
    stored = list(
        Question.objects.filter(pk__in=[q.pk for q in outcome.created])
        .prefetch_related("options")
        .order_by("pk")
    )
    if fmt == "xml":
        again = moodle_xml_parse(moodle_xml_export(questions=stored, category_path=lambda q: []))
    else:
        text, skipped = gift_export(stored, category_path=lambda q: [])
        stored = [q for q in stored if q not in skipped]
        again = gift_parse(text)
    assert again.errors == []

    class Row:  # parsed questions shaped like stored ones
        def __init__(self, parsed):
            self.__dict__.update(parsed.__dict__)
            self.options = parsed.options

    expected = _snapshot(
        [type("Q", (), {**q.__dict__, "options": list(q.options.all())}) for q in stored]
    )
    got = _snapshot([Row(p) for p in again.questions])
    assert got == expected
    # GIFT has no case-sensitivity setting; Moodle XML keeps it.
    if fmt == "xml":
        assert [q.case_sensitive for q in again.questions] == [q.case_sensitive for q in stored]


def test_commands_dry_run_json_then_import_then_export(course, tmp_path):
    out = io.StringIO()
    call_command(
        "questions_import", str(FILES / "issue17.xml"), "--course", str(course.pk),
        "--dry-run", "--json", stdout=out,
    )  # fmt: skip
    payload = json.loads(out.getvalue())
    assert payload["counts"] == {"items": 8, "imported": 6, "changed": 0, "refused": 2}
    assert Question.objects.filter(quiz=None).count() == 0
    out = io.StringIO()
    call_command(
        "questions_import", str(FILES / "issue17.gift"), "--course", course.slug, stdout=out
    )
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("#1 (line 5) “Colour” [")
    assert any("refused: The grade “33%”" in line for line in lines)
    target = tmp_path / "bank.gift"
    call_command(
        "questions_export", "--course", str(course.translation_key), "--format", "gift",
        "-o", str(target),
    )  # fmt: skip
    exported = target.read_text(encoding="utf-8")
    assert "$CATEGORY: $course$/top/Services // Utilities/Basics" in exported
    assert "// [id:colour-1] [tag:colours] [tag:easy]" in exported
    assert len(gift_parse(exported).questions) == len(_gift().questions)


def test_command_adds_to_a_quiz_of_the_course_only(course, quiz, tmp_path):
    from django.core.management.base import CommandError

    call_command(
        "questions_import", str(FILES / "issue17.gift"), "--course", str(course.pk),
        "--quiz", str(quiz.pk), "--category", "Imported/GIFT", stdout=io.StringIO(),
    )  # fmt: skip
    assert quiz.slots.count() == len(_gift().questions)
    category = QuestionCategory.objects.get(name="GIFT", parent__name="Imported")
    assert Question.objects.filter(category=category).count() == len(_gift().questions)
    from tests.factories.courses import CoursePageFactory, LessonPageFactory
    from tests.factories.quizzes import quiz_with_questions

    other_course = CoursePageFactory(parent=course.get_parent())
    other = quiz_with_questions(lesson=LessonPageFactory(parent=other_course))
    with pytest.raises(CommandError, match="not in this course"):
        call_command(
            "questions_import", str(FILES / "issue17.gift"), "--course", str(course.pk),
            "--quiz", str(other.pk),
        )  # fmt: skip
