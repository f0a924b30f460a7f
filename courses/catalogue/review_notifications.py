"""The review workflow's steps as notifications (kind "review"), from Wagtail's workflow signals.

A page submitted to a group approval task tells the task's groups (the catalogue's "Reviewer"
group, migration 0002) with the admin's edit link; changes requested or approval tells the person
who submitted it. Wagtail's own moderation e-mails stay the e-mail of these events (they carry
the preview link and the comment, in each person's language): the notifications are written with
no mail of their own, and Wagtail's mail is held back from people whose preference for the kind
is "never" (`_mail_filtered`), so nobody gets two mails for one step.
"""

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.admin import signal_handlers as wagtail_mail
from wagtail.models import AbstractGroupApprovalTask, TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected

from lms.notifications.selectors import mail_refused
from lms.notifications.services import notify

KIND = "review"


def _edit_url(obj) -> str:
    return reverse("wagtailadmin_pages:edit", args=[obj.pk]) if obj is not None else ""


def review_requested(sender, instance: TaskState, user=None, **kwargs) -> None:
    """Tell the task's reviewers a page waits for them (not the one who submitted it)."""
    task = instance.task.specific
    if not isinstance(task, AbstractGroupApprovalTask):
        return
    page = instance.workflow_state.content_object
    reviewers = (
        get_user_model()
        .objects.filter(groups__in=task.groups.all(), is_active=True)
        .exclude(pk=getattr(user, "pk", None))
        .distinct()
    )
    submitter = (user.full_name or user.email) if user is not None else ""

    def render():
        title = str(page.title)
        return (
            _("“%(title)s” waits for your review") % {"title": title},
            _(
                "%(name)s submitted “%(title)s” for review (%(task)s). Open it to approve it or "
                "to request changes."
            )
            % {"name": submitter, "title": title, "task": str(task.name)},
        )

    # Wagtail's moderation mail is the e-mail (it has the preview link and the comment).
    notify(list(reviewers), KIND, render=render, url=_edit_url(page), mail=False)


def _submitter_notify(instance: WorkflowState, user, render) -> None:
    submitter = instance.requested_by
    if submitter is None or (user is not None and submitter.pk == user.pk):
        return
    notify([submitter], KIND, render=render, url=_edit_url(instance.content_object), mail=False)


def review_rejected(sender, instance: WorkflowState, user=None, **kwargs) -> None:
    """Tell the submitter the reviewer asked for changes, with the reviewer's comment."""
    page = instance.content_object
    task_state = instance.current_task_state
    comment = (task_state.specific.get_comment() or "") if task_state else ""

    def render():
        body = _("The reviewer asked for changes to “%(title)s” before it is published.") % {
            "title": str(page.title)
        }
        if comment:
            body += "\n" + _("Comment: %(comment)s") % {"comment": comment}
        return _("Changes requested: “%(title)s”") % {"title": str(page.title)}, body

    _submitter_notify(instance, user, render)


def review_approved(sender, instance: WorkflowState, user=None, **kwargs) -> None:
    """Tell the submitter their page passed the review."""
    page = instance.content_object

    def render():
        return (
            _("Approved: “%(title)s”") % {"title": str(page.title)},
            _("The reviewer approved “%(title)s”.") % {"title": str(page.title)},
        )

    _submitter_notify(instance, user, render)


def _mail_filtered(notifier) -> None:
    """Make Wagtail's `notifier` leave out the people whose "review" preference is "never"."""
    if getattr(notifier, "review_filtered", False):
        return
    original = notifier.get_valid_recipients

    def get_valid_recipients(instance, **kwargs):
        recipients = original(instance, **kwargs)
        silent = mail_refused(user_ids=[person.pk for person in recipients], kind=KIND)
        return {person for person in recipients if person.pk not in silent}

    notifier.get_valid_recipients = get_valid_recipients
    notifier.review_filtered = True


def connect() -> None:
    """Connect the receivers, and filter Wagtail's moderation mail by the preference."""
    task_submitted.connect(review_requested, dispatch_uid="catalogue_review_requested")
    workflow_rejected.connect(
        review_rejected, sender=WorkflowState, dispatch_uid="catalogue_review_rejected"
    )
    workflow_approved.connect(
        review_approved, sender=WorkflowState, dispatch_uid="catalogue_review_approved"
    )
    for notifier in (
        wagtail_mail.task_submission_email_notifier,
        wagtail_mail.workflow_approval_email_notifier,
        wagtail_mail.workflow_rejection_email_notifier,
    ):
        _mail_filtered(notifier)
