"""Grading tasks of assignments: telling a learner their grade is released."""

from celery import shared_task

from lms.accounts.tasks import RETRY  # the accounts app's mail retry policy

__all__ = ["grade_released_email_send"]


@shared_task(bind=True, name="courses.assignments.tasks.grade_released_email_send", **RETRY)
def grade_released_email_send(self, assignment_id: int, user_id: int) -> bool:
    """Tell the learner their grade is released, in their language, once per outbox message
    (a redelivery finds its mark and sends nothing); nothing when no grade is released."""
    from courses.assignments.emails_grading import grade_released_message_send
    from lms.outbox.services import delivered_before, delivered_mark

    if delivered_before(self.request.id):
        return False
    sent = grade_released_message_send(assignment_id=assignment_id, user_id=user_id)
    if sent:
        delivered_mark(self.request.id)
    return sent
