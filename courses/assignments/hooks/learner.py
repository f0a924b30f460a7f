"""Assignments in the learner's pages, through the extension points of the catalogue and
progress: the lesson page's assignment box, the lesson's completion rule, My learning."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from courses.assignments.forms.learner import SubmissionForm
from courses.assignments.models import CompletionRule
from courses.assignments.selectors.access import assignment_grading_allowed
from courses.assignments.selectors.learner import (
    assignment_for_lesson,
    learner_assignment,
    my_assignments,
)
from courses.catalogue.extensions import LESSON_PAGE_CONTEXT, reader_state
from courses.progress.extensions import LESSON_COMPLETION_CHECKS, MY_LEARNING_SECTIONS
from lms.process_memo import remembered

ASSIGNMENT_REQUIRED = _("Hand in this lesson's assignment to complete it.")
ASSIGNMENT_PASS_REQUIRED = _("Get a pass grade in this lesson's assignment to complete it.")
LEARNER_STATES = ("enrolled", "completed")


def _lesson_assignment(*, lesson, request=None):
    return remembered(
        "lesson_assignment",
        lesson.pk,
        lambda: assignment_for_lesson(lesson=lesson),
        request=request,
    )


def lesson_page_assignment_reader(*, request, lesson, course, outline, state) -> dict | None:
    """A lesson with an assignment shows the learner's work and dates: its page is never kept."""
    return None if _lesson_assignment(lesson=lesson, request=request) is not None else {}


@hooks.register(LESSON_PAGE_CONTEXT, order=40)
@reader_state(lesson_page_assignment_reader)
def lesson_page_assignment(*, request, lesson, course, outline, preview, context) -> dict:
    """The lesson's assignment (remembered for the content version: no query on lessons
    without one), with the learner's work, dates and grade when they are enrolled."""
    if preview or context["locked"]:
        return {}
    assignment = _lesson_assignment(lesson=lesson, request=request)
    if assignment is None:
        return {}
    access = context.get("access")
    state = access.course.state if access is not None else "anonymous"
    box = {"assignment": assignment, "audience": "visitor"}
    if state in LEARNER_STATES:
        learner = learner_assignment(assignment=assignment, user=request.user)
        current = learner.current
        box.update(
            audience="learner",
            learner=learner,
            form=SubmissionForm(
                assignment=assignment,
                initial={"text": current.submission.text if current else ""},
            ),
        )
    elif state in ("trainer", "staff"):
        box["audience"] = "staff"
        box["can_grade"] = assignment_grading_allowed(
            user=request.user, course_key=assignment.course_key
        )
    return {"lesson_assignment": box}


@hooks.register(LESSON_COMPLETION_CHECKS)
def lesson_completion_assignment_check(*, lesson, source: str) -> None:
    """A lesson with an assignment is completed by handing it in (or passing it), not by the
    "Mark as complete" button."""
    if source != "manual":
        return
    # The assignment the lesson page remembered for the content version (its save starts a
    # new one): no query.
    assignment = _lesson_assignment(lesson=lesson)
    if assignment is not None:
        rule = assignment.completion
        message = ASSIGNMENT_PASS_REQUIRED if rule == CompletionRule.PASS else ASSIGNMENT_REQUIRED
        raise ValidationError(message, code="assignment_required")


@hooks.register(MY_LEARNING_SECTIONS, order=15)
def my_learning_assignments(*, request) -> dict | None:
    """Due soon and recently graded (one query)."""
    mine = my_assignments(user=request.user)
    if not mine.due_soon and not mine.graded:
        return None
    return {"template": "assignments/includes/my_assignments.html", "mine": mine}
