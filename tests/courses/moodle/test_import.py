"""A whole Moodle course from a small backup: structure, blocks, files, links, quiz, report."""

from django.core.management import call_command
from django.utils import translation
from django.utils.html import escape

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

import pytest

from courses.catalogue.models import CoursePage, LessonPage, ModulePage
from courses.moodle.archive import ArchiveRefused
from courses.moodle.services import STUB_TEXT, mbz_import
from courses.quizzes.models import Question, QuestionCategory, Quiz, QuizSlot
from tests.courses.moodle.mbz import course_backup

pytestmark = pytest.mark.django_db


def _statuses(report):
    return {(line["type"], line["status"]) for line in report}


def test_the_course_arrives_as_drafts_in_the_chosen_language(catalogue, backup_file):
    result = mbz_import(backup_file, parent=catalogue, language="ky")
    course = result.course
    assert course.title == "Сыноо курсу"
    assert "Курс жөнүндө." in course.summary
    pages = Page.objects.descendant_of(course, inclusive=True)
    assert pages.count() == 1 + 1 + 1 + 6  # course, "General", section 1, six lessons
    assert not pages.filter(live=True).exists(), "nothing is published"
    modules = list(ModulePage.objects.child_of(course).order_by("path"))
    assert [m.title for m in modules] == ["General", "Киришүү"] or modules[1].title == "Киришүү"
    lessons = list(LessonPage.objects.child_of(modules[1]).order_by("path"))
    assert [lesson.title for lesson in lessons] == [
        "Киришүү барагы",
        "Эскертүү",
        "Government portal",
        "Plan (PDF)",
        "Тест",
    ]
    assert result.counts["sections"] == 2
    assert result.counts["lessons"] == 6
    assert result.counts["quizzes"] == 1
    assert result.counts["questions"] == 1
    assert result.counts["files"] == 2
    assert result.counts["not_supported"] == {"forum": 1}


def test_the_english_import_reads_the_english_texts(catalogue, backup_file, home_page):
    from wagtail.models import Locale

    from courses.catalogue.services import course_index_setup
    from tests.factories.courses import CourseIndexPageFactory

    en_home = home_page.get_translation(Locale.objects.get(language_code="en"))
    en_catalogue = CourseIndexPageFactory(parent=en_home, locale=en_home.locale)
    course_index_setup(catalogue=en_catalogue)
    course = mbz_import(backup_file, parent=en_catalogue, language="en").course
    assert course.title == "Test course"
    assert ModulePage.objects.child_of(course).filter(title="Introduction").exists()


def test_page_blocks_files_and_links(catalogue, backup_file):
    course = mbz_import(backup_file, parent=catalogue, language="ky").course
    page = LessonPage.objects.descendant_of(course).get(title="Киришүү барагы")
    quiz_lesson = LessonPage.objects.descendant_of(course).get(title="Тест")
    kinds = [block.block_type for block in page.body]
    assert kinds == ["paragraph", "image", "paragraph"]
    image = page.body[1].value["image"]
    assert image.collection.name == course.title
    assert page.body[1].value["alt"] == "Village map"
    text = page.body[2].value.source
    assert f'<a id="{quiz_lesson.pk}" linktype="page">the quiz</a>' in text, "links the lesson"
    assert "a gone forum" in text and "999" not in text, "a dead link becomes plain text"
    assert "alert" not in "".join(
        block.value.source for block in page.body if block.block_type == "paragraph"
    )
    resource = LessonPage.objects.descendant_of(course).get(title="Plan (PDF)")
    document = next(b for b in resource.body if b.block_type == "document").value["document"]
    assert document.title == "plan.pdf" and document.collection == image.collection
    url = LessonPage.objects.descendant_of(course).get(title="Government portal")
    assert 'href="https://www.gov.kg/"' in url.body[0].value.source
    forum = LessonPage.objects.descendant_of(course).get(title="Талкуу / Discussion")
    # The stub speaks the course's language (Kyrgyz here), whatever the importer's language.
    with translation.override("ky"):
        stub = translation.gettext(STUB_TEXT) % {
            "kind": translation.gettext("forum"),
            "name": "Талкуу / Discussion",
        }
    assert escape(stub) in forum.body[0].value["text"].source


def test_the_quiz_takes_its_questions_from_the_course_bank(catalogue, backup_file):
    course = mbz_import(backup_file, parent=catalogue, language="ky").course
    quiz = Quiz.objects.get()
    assert (quiz.title, quiz.title_en) == ("Тест", "Final quiz")
    assert quiz.pass_mark == 50 and quiz.attempts_allowed == 2 and quiz.time_limit_minutes == 10
    assert quiz.shuffle_options
    category = QuestionCategory.objects.get(
        course_key=course.translation_key, name="Негиздер / Basics"
    )
    assert category.idnumber == "cat-basics"
    question = Question.objects.get(category=category)
    assert question.quiz is None, "kept in the bank, used through a slot"
    assert (question.qtype, question.idnumber) == ("single", "q-50")
    assert question.text == "<p>Ким жооп берет?</p>"
    assert question.text_en == "<p>Who is responsible?</p>"
    assert question.points == 2, "the slot's mark"
    assert question.hints[0]["text"] == "Think again"
    assert question.correct_feedback == "Well done!"
    assert question.options.get(fraction=1).text == "Айыл өкмөтү"
    fixed, random_slot = QuizSlot.objects.filter(quiz=quiz).order_by("sort_order")
    assert fixed.question == question
    assert (random_slot.category, random_slot.include_subcategories, random_slot.count) == (
        category,
        True,
        1,
    )


def test_the_report_lists_every_item(catalogue, backup_file):
    report = mbz_import(backup_file, parent=catalogue, language="ky").report
    statuses = _statuses(report)
    assert ("forum", "not_supported") in statuses
    assert ("ddwtos", "refused") in statuses
    assert ("page", "changed") in statuses  # the dead link is named
    assert ("label", "changed") in statuses
    assert ("section", "skipped") in statuses
    refused = next(line for line in report if line["type"] == "ddwtos")
    assert refused["name"] == "Drag words" and refused["position"] == "Q51"


def test_a_dry_run_keeps_nothing_and_reports_the_same(catalogue, backup_file):
    pages_before = Page.objects.count()
    dry = mbz_import(backup_file, parent=catalogue, language="ky", dry_run=True)
    assert dry.course is None
    assert Page.objects.count() == pages_before
    assert not Question.objects.exists() and not Quiz.objects.exists()
    assert not get_image_model().objects.exists() and not get_document_model().objects.exists()
    real = mbz_import(backup_file, parent=catalogue, language="ky")
    assert dry.counts == real.counts

    def shape(report):
        return [(line["position"], line["type"], line["status"]) for line in report]

    assert shape(dry.report) == shape(real.report)


def test_user_data_is_ignored_and_said_so(catalogue, tmp_path):
    path = tmp_path / "users.mbz"
    path.write_bytes(course_backup(users=True))
    report = mbz_import(path, parent=catalogue, language="ky").report
    # The report speaks the course's language, Kyrgyz here.
    with translation.override("ky"):
        said = translation.gettext(
            "The backup holds user data (people, attempts, posts, grades): it was "
            "ignored, only the course content is imported."
        )
    assert said != "" and any(said == line["detail"] for line in report)


def test_an_activity_backup_is_refused(catalogue, tmp_path):
    path = tmp_path / "activity.mbz"
    path.write_bytes(course_backup(kind="activity"))
    with translation.override("en"), pytest.raises(ArchiveRefused, match="not a whole course"):
        mbz_import(path, parent=catalogue, language="ky")
    assert not CoursePage.objects.exists()


def test_the_command_prints_the_report(catalogue, backup_file, capsys):
    import json

    call_command(
        "course_import_mbz", str(backup_file), "--parent", str(catalogue.pk), "--language", "ky",
        "--dry-run", "--json",
    )  # fmt: skip
    payload = json.loads(capsys.readouterr().out)
    assert payload["dry_run"] and payload["course"] is None
    assert payload["counts"]["lessons"] == 6
    assert not CoursePage.objects.exists()
    call_command(
        "course_import_mbz", str(backup_file), "--parent", catalogue.slug, "--language", "ky"
    )
    out = capsys.readouterr().out
    assert "not supported" in out and "Lessons: 6" in out
    assert CoursePage.objects.get().live is False
