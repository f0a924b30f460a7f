"""Learner tasks of assignments: the receipt of handed-in work."""

from celery import shared_task

from lms.accounts.tasks import RETRY  # the accounts app's mail retry policy

__all__ = ["submission_receipt_send"]


@shared_task(name="courses.assignments.tasks.submission_receipt_send", **RETRY)
def submission_receipt_send(submission_id: int) -> bool:
    """Tell the learner their work was received, once (`receipt_sent_at`), in their language."""
    from courses.assignments.emails_learner import receipt_message_send

    return receipt_message_send(submission_id=submission_id)
