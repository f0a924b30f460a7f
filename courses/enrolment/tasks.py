"""Background jobs of enrolment: e-mails to learners and uploaded lists."""

from celery import shared_task

from lms.accounts.tasks import RETRY  # the accounts app's mail retry policy


@shared_task(**RETRY)
def enrollment_email_send(enrollment_id: int, kind: str) -> bool:
    """Tell the learner about their enrolment (confirmation, decision, completion).

    Re-reads the enrolment and skips a message that no longer matches its state, and the
    non-essential kinds for learners who turned them off.
    """
    from courses.enrolment.emails import enrollment_message_send

    return enrollment_message_send(enrollment_id=enrollment_id, kind=kind)


@shared_task(time_limit=900, soft_time_limit=840)
def bulk_job_run(job_id: int) -> str:
    """Process an uploaded enrolment list; a finished job is left alone (idempotent)."""
    from courses.enrolment.bulk import bulk_job_run as run

    job = run(job_id=job_id)
    return job.status if job else "missing"


@shared_task(**RETRY)
def invitation_email_send(user_id: int, course_key: str) -> bool:
    """Invite an account created by a bulk upload to set a password; not once it has one."""
    from courses.enrolment.emails import invitation_message_send

    return invitation_message_send(user_id=user_id, course_key=course_key)
