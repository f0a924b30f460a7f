"""Bulk tasks of assignments: the submissions ZIP, the uploaded grading worksheets, their
sweep, and the trainers' digest."""

from celery import shared_task

from lms.accounts.tasks import RETRY  # the accounts app's mail retry policy
from lms.task_retry import FILE_JOB_RETRY

__all__ = [
    "assignments_bulk_sweep",
    "submissions_archive_build",
    "trainers_digest_email_send",
    "trainers_digest_send",
    "worksheet_upload_run",
]


@shared_task(name="courses.assignments.tasks.submissions_archive_build", **FILE_JOB_RETRY)
def submissions_archive_build(archive_id: int) -> str:
    """Build a waiting ZIP of submissions; one already taken or finished is left alone."""
    from courses.assignments.services.archives import archive_build

    archive = archive_build(archive_id=archive_id)
    return archive.state if archive else "skipped"


@shared_task(name="courses.assignments.tasks.worksheet_upload_run", **FILE_JOB_RETRY)
def worksheet_upload_run(upload_id: int) -> str:
    """Grade an uploaded worksheet row by row; a finished one is left alone."""
    from courses.assignments.services.worksheets import worksheet_upload_run as run

    job = run(upload_id=upload_id)
    return job.state if job else "skipped"


@shared_task(
    name="courses.assignments.tasks.assignments_bulk_sweep", time_limit=300, soft_time_limit=240
)
def assignments_bulk_sweep() -> dict[str, int]:
    """Periodic: fail ZIP jobs whose worker died; delete week-old ZIPs and uploaded
    worksheets."""
    from courses.assignments.services.archives import archives_sweep
    from courses.assignments.services.worksheets import worksheet_uploads_sweep

    return {**archives_sweep(), "worksheets": worksheet_uploads_sweep()}


@shared_task(
    name="courses.assignments.tasks.trainers_digest_send", time_limit=300, soft_time_limit=240
)
def trainers_digest_send() -> int:
    """Periodic: queue one digest mail per trainer for the work handed in since the last one."""
    from courses.assignments.services.digest import trainers_digest_queue

    return trainers_digest_queue()


@shared_task(name="courses.assignments.tasks.trainers_digest_email_send", bind=True, **RETRY)
def trainers_digest_email_send(self, user_id: int, submission_ids: list[int]) -> bool:
    """Mail one trainer their digest, in their language; once per outbox message even if the
    broker delivers it twice."""
    from courses.assignments.services.digest import trainers_digest_message_send
    from lms.outbox.services import delivered_before, delivered_mark

    if delivered_before(self.request.id):
        return False
    sent = trainers_digest_message_send(user_id=user_id, submission_ids=submission_ids)
    if sent:
        delivered_mark(self.request.id)
    return sent
