"""The quiz admin from the quiz's own page (issue 19, point 9): import and export beside the
title, question types in words, "unlimited" for 0 attempts, and no lesson published while its
quiz has no questions, from the editor or through the review workflow."""

import functools
from pathlib import Path

from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.urls import reverse

from wagtail.models import WorkflowState

import pytest

from courses.catalogue.models import LessonPage
from courses.quizzes.authoring import questions_import
from courses.quizzes.models import Quiz
from tests.courses.catalogue.test_admin_publishing import lesson_form
from tests.factories.courses import LessonPageFactory
from tests.factories.quizzes import quiz_with_questions, sample_questions

pytestmark = pytest.mark.django_db

FILES = Path(__file__).parent / "files"
EMPTY = "has no questions"


@pytest.fixture
def make_user(make_user):
    """English admin: the admin speaks a user's preferred language (lms/admin_language.py)."""
    return functools.partial(make_user, preferred_language="en")


@pytest.fixture
def trainer(make_user):
    return make_user(role="Trainer")


@pytest.fixture
def taught(make_course, trainer):
    return make_course(trainers=[trainer], lessons=1)


@pytest.fixture
def draft_lesson(taught):
    """A lesson not yet published, whose quiz has no questions."""
    lesson = LessonPageFactory(parent=taught, title="Contracts", slug="contracts")
    lesson.unpublish()
    quiz_with_questions(lesson=lesson, questions=[])
    return LessonPage.objects.get(pk=lesson.pk)


def _edit(client, lesson, **actions):
    return client.post(
        reverse("wagtailadmin_pages:edit", args=[lesson.pk]),
        lesson_form(title="Contracts", slug="contracts", **actions),
    )


def test_the_quiz_page_offers_import_export_and_preview(client, trainer, taught):
    quiz = quiz_with_questions(lesson=LessonPage.objects.descendant_of(taught).first())
    client.force_login(trainer)
    html = client.get(reverse("wagtailsnippets_quizzes_quiz:edit", args=[quiz.pk])).content
    html = html.decode()
    header = html.split("<header")[1].split("</header>")[0]
    for url, label in (
        (reverse("quiz_admin:import", args=[quiz.pk]), "Import questions"),
        (reverse("quiz_admin:export", args=[quiz.pk]), "Export Moodle XML"),
        (reverse("quizzes:preview", args=[quiz.lesson_id]), "Preview"),
    ):
        assert f'href="{url}"' in header, label
        assert label in header
    # The import page leads back to the quiz.
    html = client.get(reverse("quiz_admin:import", args=[quiz.pk])).content.decode()
    assert reverse("wagtailsnippets_quizzes_quiz:edit", args=[quiz.pk]) in html


def test_another_trainers_quiz_page_stays_closed(client, make_user, taught):
    quiz = quiz_with_questions(lesson=LessonPage.objects.descendant_of(taught).first())
    client.force_login(make_user(role="Trainer"))
    response = client.get(reverse("wagtailsnippets_quizzes_quiz:edit", args=[quiz.pk]))
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_the_import_preview_names_question_types_in_words(client, trainer, taught):
    quiz = quiz_with_questions(lesson=LessonPage.objects.descendant_of(taught).first())
    client.force_login(trainer)
    upload = SimpleUploadedFile("bank.gift", (FILES / "malformed.gift").read_bytes())
    html = client.post(reverse("quiz_admin:import", args=[quiz.pk]), {"file": upload}).content
    cells = [row.split("</td>")[1] for row in html.decode().split("<tr><td>")[1:]]
    type_cells = [cell.removeprefix("<td>") for cell in cells][:2]
    assert type_cells == ["Single choice", "Description (no answer)"]
    assert ">truefalse<" not in html.decode() and ">single<" not in html.decode()


def test_zero_attempts_reads_unlimited(client, trainer, taught, enrolled_in):
    lesson = LessonPage.objects.descendant_of(taught).first()
    quiz = quiz_with_questions(lesson=lesson, attempts_allowed=0)
    client.force_login(trainer)
    listing = client.get(reverse("wagtailsnippets_quizzes_quiz:list")).content.decode()
    row = listing.split(reverse("wagtailsnippets_quizzes_quiz:edit", args=[quiz.pk]), 1)[1]
    assert "Unlimited" in row.split("</tr>")[0]
    form = client.get(reverse("wagtailsnippets_quizzes_quiz:edit", args=[quiz.pk])).content
    assert "0 (the default): unlimited" in form.decode()
    Quiz.objects.filter(pk=quiz.pk).update(attempts_allowed=3)
    listing = client.get(reverse("wagtailsnippets_quizzes_quiz:list")).content.decode()
    row = listing.split(reverse("wagtailsnippets_quizzes_quiz:edit", args=[quiz.pk]), 1)[1]
    assert "Unlimited" not in row.split("</tr>")[0]
    # The learner's overview says it in words too.
    client.force_login(enrolled_in(taught))
    Quiz.objects.filter(pk=quiz.pk).update(attempts_allowed=0)
    overview = client.get(reverse("quizzes:overview", args=[lesson.pk])).content.decode()
    assert "Unlimited" in overview


@pytest.fixture
def enrolled_in(make_user):
    from courses.enrolment.models import EnrollmentStatus
    from tests.factories.courses import EnrollmentFactory

    def enrol(course):
        user = make_user(role="Learner")
        EnrollmentFactory(
            user=user, course_key=course.translation_key, status=EnrollmentStatus.ACTIVE
        )
        return user

    return enrol


def test_publishing_a_lesson_with_an_empty_quiz_is_refused_in_the_editor(
    client, make_user, draft_lesson
):
    client.force_login(make_user(role="Manager"))
    response = _edit(client, draft_lesson, **{"action-publish": "1"})
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[draft_lesson.pk])
    html = client.get(response["Location"]).content.decode()
    assert "saved but not published" in html and EMPTY in html
    quiz = Quiz.objects.get(lesson_key=draft_lesson.translation_key)
    assert reverse("wagtailsnippets_quizzes_quiz:edit", args=[quiz.pk]) in html
    draft_lesson.refresh_from_db()
    assert not draft_lesson.live

    # With questions, the same publish goes through.
    questions_import(quiz=quiz, questions=sample_questions()[:1])
    response = _edit(client, draft_lesson, **{"action-publish": "1"})
    draft_lesson.refresh_from_db()
    assert draft_lesson.live


def test_approving_a_lesson_with_an_empty_quiz_is_refused_in_the_workflow(
    client, trainer, make_user, draft_lesson
):
    client.force_login(trainer)
    assert _edit(client, draft_lesson, **{"action-submit": "1"}).status_code == 302
    draft_lesson.refresh_from_db()
    assert draft_lesson.workflow_in_progress

    client.force_login(make_user(role="Reviewer"))
    # "Approve" in the lesson's editor: refused with the reason, nothing saved.
    response = _edit(
        client,
        draft_lesson,
        **{"action-workflow-action": "1", "workflow-action-name": "approve"},
    )
    assert response.status_code == 302
    html = client.get(response["Location"]).content.decode()
    assert "cannot be approved" in html and EMPTY in html
    draft_lesson.refresh_from_db()
    assert not draft_lesson.live and draft_lesson.workflow_in_progress

    # "Approve" from the dashboard: refused with the reason, back on the dashboard, nothing
    # approved or published; the same in Wagtail's approval modal (XHR).
    state = WorkflowState.objects.get(object_id=str(draft_lesson.pk), status="in_progress")
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[draft_lesson.pk, "approve", state.current_task_state.pk],
    )
    response = client.post(url, {"comment": ""})
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    html = client.get("/admin/").content.decode()
    assert "cannot be approved" in html and EMPTY in html
    assert "do not have permission" not in html
    modal = client.post(url, {"comment": ""}, headers={"x-requested-with": "XMLHttpRequest"})
    assert modal.json() == {"step": "success", "redirect": "/admin/"}
    draft_lesson.refresh_from_db()
    assert not draft_lesson.live and draft_lesson.workflow_in_progress
    state.refresh_from_db()
    assert state.current_task_state.status == "in_progress"

    # Once the quiz has questions, the reviewer's approval publishes the lesson.
    quiz = Quiz.objects.get(lesson_key=draft_lesson.translation_key)
    questions_import(quiz=quiz, questions=sample_questions()[:1])
    assert client.post(url, {"comment": ""}).status_code == 302
    draft_lesson.refresh_from_db()
    assert draft_lesson.live


def test_an_approval_by_any_other_route_is_undone(client, trainer, make_user, draft_lesson):
    """The workflow_approved receiver is the safety net behind the editor's and the dashboard's
    checks: an approval made in code is rolled back with its publishing."""
    client.force_login(trainer)
    assert _edit(client, draft_lesson, **{"action-submit": "1"}).status_code == 302
    state = WorkflowState.objects.get(object_id=str(draft_lesson.pk), status="in_progress")
    task_state = state.current_task_state
    reviewer = make_user(role="Reviewer")
    with pytest.raises(PermissionDenied, match="cannot be approved"), transaction.atomic():
        task_state.task.specific.on_action(task_state, reviewer, "approve")
    draft_lesson.refresh_from_db()
    assert not draft_lesson.live and draft_lesson.workflow_in_progress
