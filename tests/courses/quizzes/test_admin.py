"""Admin: trainers edit their own courses' quizzes only; import with preview; export; gradebook."""

import base64
import csv
import functools
import io
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest
from openpyxl import load_workbook

from courses.catalogue.models import LessonPage
from courses.enrolment.models import EnrollmentStatus
from courses.quizzes.formats.moodle_xml import moodle_xml_parse
from courses.quizzes.models import Attempt, Question, Quiz
from courses.quizzes.services import quiz_attempt_start, quiz_attempt_submit
from tests.factories.courses import CoursePageFactory, EnrollmentFactory, LessonPageFactory
from tests.factories.quizzes import quiz_with_questions

pytestmark = pytest.mark.django_db


@pytest.fixture
def make_user(make_user):
    """People who prefer English: the admin speaks a user's preferred language whatever the
    browser asks (lms/admin_language.py), and these tests read its English words."""
    return functools.partial(make_user, preferred_language="en")


FILES = Path(__file__).parent / "files"
# 19 for the quizzes, plus one: the assignments' GRADEBOOK_COLUMNS hook asks for the course's
# assignments (none here; with some, one more query reads their submissions and grades).
# Plus three for the access log: its entry, its learners (one bulk insert), and the trainer's
# group names for their role (the admin reads permissions, not the kept copy of the groups).
GRADEBOOK_PAGE_QUERIES = 22


@pytest.fixture
def trainer(make_user, course):
    user = make_user(role="Trainer")
    course.trainers = [user]
    course.save()
    from courses.catalogue.services import course_trainers_sync

    course_trainers_sync(course=course)
    return user


@pytest.fixture
def other_quiz(course, make_user):
    """A quiz in a course the trainer does not teach."""
    other = CoursePageFactory(parent=course.get_parent())
    lesson = LessonPageFactory(parent=other)
    return quiz_with_questions(lesson=lesson, questions=[])


def test_trainer_lists_and_edits_only_their_courses_quizzes(client, trainer, quiz, other_quiz):
    client.force_login(trainer)
    listing = client.get(reverse("wagtailsnippets_quizzes_quiz:list"))
    assert listing.status_code == 200
    html = listing.content.decode()
    assert reverse("wagtailsnippets_quizzes_quiz:edit", args=[quiz.pk]) in html
    assert reverse("wagtailsnippets_quizzes_quiz:edit", args=[other_quiz.pk]) not in html
    assert (
        client.get(reverse("wagtailsnippets_quizzes_quiz:edit", args=[quiz.pk])).status_code == 200
    )
    # Wagtail answers a refusal in the admin with a redirect to the dashboard and a message.
    for url in (
        reverse("wagtailsnippets_quizzes_quiz:edit", args=[other_quiz.pk]),
        reverse("wagtailsnippets_quizzes_quiz:delete", args=[other_quiz.pk]),
        reverse("quiz_admin:import", args=[other_quiz.pk]),
        reverse("quiz_admin:export", args=[other_quiz.pk]),
    ):
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/"), url


def test_a_learner_has_no_admin_access(client, enrolled, quiz):
    client.force_login(enrolled)
    assert client.get(reverse("quiz_admin:import", args=[quiz.pk])).status_code == 302
    assert client.get(reverse("quiz_admin:gradebook_index")).status_code == 302


def test_a_manager_edits_any_quiz(client, make_user, quiz, other_quiz):
    client.force_login(make_user(role="Manager"))
    assert (
        client.get(reverse("wagtailsnippets_quizzes_quiz:edit", args=[other_quiz.pk])).status_code
        == 200
    )


def test_trainer_creates_a_quiz_only_for_their_lessons(client, trainer, lesson, other_quiz):
    client.force_login(trainer)
    add = reverse("wagtailsnippets_quizzes_quiz:add")
    base = {
        "title": "New quiz",
        "pass_mark": "60",
        "attempts_allowed": "0",
        "grading_method": "highest",
        "review": "after_attempt",
        "questions-TOTAL_FORMS": "0",
        "questions-INITIAL_FORMS": "0",
        "questions-MIN_NUM_FORMS": "0",
        "questions-MAX_NUM_FORMS": "1000",
    }
    refused = client.post(add, {**base, "lesson": other_quiz.lesson_id})
    assert refused.status_code == 200
    assert "Choose a lesson of a course you teach." in refused.content.decode()
    created = client.post(add, {**base, "lesson": lesson.pk})
    assert created.status_code == 302
    quiz = Quiz.objects.get(title="New quiz")
    assert quiz.lesson_key == lesson.translation_key
    again = client.post(add, {**base, "title": "Second", "lesson": lesson.pk})
    assert "already has a quiz" in again.content.decode()


def test_import_previews_then_imports_the_good_questions(client, trainer, quiz):
    client.force_login(trainer)
    before = quiz.questions.count()
    url = reverse("quiz_admin:import", args=[quiz.pk])
    upload = SimpleUploadedFile("bank.gift", (FILES / "malformed.gift").read_bytes())
    preview = client.post(url, {"file": upload})
    html = preview.content.decode()
    assert preview.status_code == 200
    assert "4 questions will be imported" in html
    assert "3 questions cannot be read" in html
    assert "not closed" in html
    assert quiz.questions.count() == before  # nothing imported by the preview
    payload = base64.b64encode((FILES / "malformed.gift").read_bytes()).decode()
    done = client.post(url, {"confirm": "1", "format": "gift", "payload": payload})
    assert done.status_code == 302
    # Imported into the course's bank and added to the quiz as fixed bank questions.
    assert quiz.questions.count() == before
    assert quiz.slots.count() == 4
    assert Question.objects.filter(
        slots__quiz=quiz, quiz=None, name="Good two", qtype="truefalse"
    ).exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bank.docx", b"PK", "Upload a .gift, .txt or .xml file."),
        ("bank.gift", "Сурак {=ооба}".encode("cp1251"), "UTF-8"),
        ("bank.xml", b"x" * (20 * 1024 * 1024 + 1), "larger than 20 MB"),
    ],
)
def test_import_refuses_wrong_files_with_a_clear_message(
    client, trainer, quiz, name, content, message
):
    client.force_login(trainer)
    response = client.post(
        reverse("quiz_admin:import", args=[quiz.pk]), {"file": SimpleUploadedFile(name, content)}
    )
    assert response.status_code == 400
    assert message in response.content.decode()


def test_a_tampered_confirm_payload_loses_nothing(client, trainer, quiz):
    client.force_login(trainer)
    before = quiz.questions.count()
    url = reverse("quiz_admin:import", args=[quiz.pk])
    response = client.post(url, {"confirm": "1", "format": "gift", "payload": "%%%"}, follow=True)
    assert "choose the file again" in response.content.decode()
    assert quiz.questions.count() == before


def test_export_downloads_moodle_xml(client, trainer, quiz):
    client.force_login(trainer)
    response = client.get(reverse("quiz_admin:export", args=[quiz.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('.xml"')
    result = moodle_xml_parse(response.content)
    assert len(result.questions) == 6 and not result.errors


def _learners_with_attempts(course, make_user, quizzes, count):
    for n in range(count):
        user = make_user(role="Learner")
        EnrollmentFactory(
            user=user, course_key=course.translation_key, status=EnrollmentStatus.ACTIVE
        )
        for quiz in quizzes:
            attempt = quiz_attempt_start(
                user=user, quiz=quiz, course_key=course.translation_key, seed=n
            )
            quiz_attempt_submit(attempt=attempt, responses=None)


def _queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries), response


def test_gradebook_runs_a_fixed_number_of_queries(client, trainer, course, quiz, make_user):
    client.force_login(trainer)
    url = reverse("quiz_admin:gradebook", args=[course.pk])
    _learners_with_attempts(course, make_user, [quiz], 1)
    # A first visit fills what the admin keeps per person (the role's group names, the menu's
    # permissions); the pin is for the visits after it.
    client.get(url)
    few, _ = _queries(client, url)
    lesson = LessonPageFactory(parent=course)
    second = quiz_with_questions(lesson=lesson)
    _learners_with_attempts(course, make_user, [quiz, second], 8)
    client.get(url)  # the new lesson changed the content version: warm again
    many, response = _queries(client, url)
    assert len(response.context["gradebook"].rows) == 9
    assert len(response.context["gradebook"].quizzes) == 2
    # 1 learner x 1 quiz or 9 learners x 2 quizzes: the same count. The gradebook itself is 5
    # queries (the course by id, quizzes, enrolments with users, attempts, the course's
    # assignments through the GRADEBOOK_COLUMNS hook); the rest is the
    # session, user and Wagtail admin chrome (menu, permissions; the Reports menu item reads the
    # user's groups), which do not depend on data.
    assert many == few == GRADEBOOK_PAGE_QUERIES


def test_gradebook_shows_grades_and_exports_csv_and_xlsx(client, trainer, course, quiz, make_user):
    _learners_with_attempts(course, make_user, [quiz], 2)
    client.force_login(trainer)
    html = client.get(reverse("quiz_admin:gradebook", args=[course.pk])).content.decode()
    assert "Check yourself" in html and "0% · not passed" in html
    csv_response = client.get(reverse("quiz_admin:gradebook_export", args=[course.pk, "csv"]))
    rows = list(csv.reader(io.StringIO(csv_response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Learner", "E-mail", "Check yourself: grade (%)"]
    assert len(rows) == 3 and rows[1][2] == "0.0"
    xlsx = client.get(reverse("quiz_admin:gradebook_export", args=[course.pk, "xlsx"]))
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet.max_row == 3 and sheet.cell(row=2, column=4).value == 1  # one attempt


def test_gradebook_is_for_own_courses_only(client, trainer, other_quiz, make_user):
    client.force_login(trainer)
    other_course = LessonPage.objects.get(pk=other_quiz.lesson_id).get_parent()
    for url in (
        reverse("quiz_admin:gradebook", args=[other_course.pk]),
        reverse("quiz_admin:gradebook_export", args=[other_course.pk, "csv"]),
    ):
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/"), url
    assert (
        other_course.title not in client.get(reverse("quiz_admin:gradebook_index")).content.decode()
    )
    client.force_login(make_user(role="Manager"))
    assert client.get(reverse("quiz_admin:gradebook", args=[other_course.pk])).status_code == 200


def test_a_learners_attempts_show_their_answers(client, trainer, course, quiz, enrolled):
    attempt = quiz_attempt_start(user=enrolled, quiz=quiz, course_key=course.translation_key)
    short = quiz.questions.get(qtype="short")
    quiz_attempt_submit(attempt=attempt, responses={str(short.key): "Toktobek"})
    client.force_login(trainer)
    url = reverse("quiz_admin:gradebook_learner", args=[course.pk, enrolled.pk])
    html = client.get(url).content.decode()
    assert "Toktobek" in html
    assert Attempt.objects.get(pk=attempt.pk).points == 0.5


def test_course_gradebook_selector_is_four_queries(
    course, quiz, make_user, django_assert_num_queries
):
    _learners_with_attempts(course, make_user, [quiz], 5)
    from courses.quizzes.selectors import course_gradebook

    # Quizzes of the course's lessons, enrolments with their users, and all their attempts; and
    # the course's assignments, asked by the assignments' GRADEBOOK_COLUMNS hook (none here).
    with django_assert_num_queries(4):
        gradebook = course_gradebook(course=course)
    assert len(gradebook.rows) == 5 and all(row.cells[0].attempts == 1 for row in gradebook.rows)


def test_learner_grades_selector_is_two_queries(course, quiz, enrolled, django_assert_num_queries):
    from courses.quizzes.selectors import learner_grades

    attempt = quiz_attempt_start(user=enrolled, quiz=quiz, course_key=course.translation_key)
    quiz_attempt_submit(attempt=attempt, responses=None)
    # The learner's attempts (grading fields only), then their quizzes: the dashboard's grades box.
    with django_assert_num_queries(2):
        grades = learner_grades(user=enrolled)
    assert [(g.quiz.title, g.grade, g.passed, g.attempts) for g in grades] == [
        ("Check yourself", 0, False, 1)
    ]


def _quiz_form(lesson, question: dict, options: list[dict]) -> dict:
    data = {
        "lesson": lesson.pk,
        "title": "Edited in the admin",
        "pass_mark": "60",
        "attempts_allowed": "0",
        "grading_method": "highest",
        "review": "after_attempt",
        "questions-TOTAL_FORMS": "1",
        "questions-INITIAL_FORMS": "0",
        "questions-MIN_NUM_FORMS": "0",
        "questions-MAX_NUM_FORMS": "1000",
        "questions-0-ORDER": "1",
        "questions-0-points": "1",
        "questions-0-options-TOTAL_FORMS": str(len(options)),
        "questions-0-options-INITIAL_FORMS": "0",
        "questions-0-options-MIN_NUM_FORMS": "0",
        "questions-0-options-MAX_NUM_FORMS": "1000",
    }
    data.update({f"questions-0-{k}": v for k, v in question.items()})
    for n, option in enumerate(options):
        data[f"questions-0-options-{n}-ORDER"] = str(n + 1)
        data[f"questions-0-options-{n}-tolerance"] = "0"
        data.update({f"questions-0-options-{n}-{k}": v for k, v in option.items()})
    return data


def test_trainer_writes_a_question_with_answers_in_the_admin(client, trainer, lesson):
    client.force_login(trainer)
    data = _quiz_form(
        lesson,
        {"qtype": "single", "text": "Суроо?", "text_ru": "Вопрос?"},
        [{"text": "Ооба", "text_ru": "Да", "fraction": "1"}, {"text": "Жок", "fraction": "0"}],
    )
    response = client.post(reverse("wagtailsnippets_quizzes_quiz:add"), data)
    assert response.status_code == 302
    question = Question.objects.get(quiz__title="Edited in the admin")
    assert question.text_ru == "Вопрос?"
    assert [o.text for o in question.options.all()] == ["Ооба", "Жок"]


def test_the_admin_refuses_a_question_nobody_can_answer_fully(client, trainer, lesson):
    client.force_login(trainer)
    data = _quiz_form(
        lesson,
        {"qtype": "single", "text": "Суроо?"},
        [{"text": "Ооба", "fraction": "0.5"}, {"text": "Жок", "fraction": "0"}],
    )
    response = client.post(reverse("wagtailsnippets_quizzes_quiz:add"), data)
    assert response.status_code == 200
    assert "Give one answer the grade 1" in response.content.decode()
    assert not Quiz.objects.filter(title="Edited in the admin").exists()
