"""Receivers of the quizzes app (connected in apps.py)."""

from django.core.exceptions import PermissionDenied
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page
from wagtail.signals import workflow_approved

from courses.quizzes.selectors import quizzes_without_questions

QUIZ_EMPTY_APPROVE = _(
    "The lesson cannot be approved for publishing: its quiz “%(quiz)s” has no questions. "
    "Ask the trainer to add them, or reject with a comment."
)


@receiver(workflow_approved)
def lesson_workflow_needs_quiz_questions(sender, instance, user=None, **kwargs):
    """An approval that would publish a lesson whose quiz is empty is undone: the editor's
    "Approve" is refused earlier with a message (wagtail_hooks), this catches the others (the
    dashboard's button). WorkflowState.finish publishes and sends this signal inside
    Task.on_action's transaction, so the exception rolls back the approval and the publishing."""
    page = instance.content_object
    if not isinstance(page, Page):
        return
    quizzes = quizzes_without_questions(pages=[page])
    if quizzes:
        raise PermissionDenied(str(QUIZ_EMPTY_APPROVE % {"quiz": quizzes[0].title}))
