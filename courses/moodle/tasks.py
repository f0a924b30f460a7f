"""Background jobs of the Moodle import: one course backup per task, sent through the outbox."""

from celery import shared_task


@shared_task(name="courses.moodle.tasks.moodle_import_run", time_limit=3600, soft_time_limit=3500)
def moodle_import_run(job_id: int) -> None:
    """Run a queued import (a job already started or finished is left alone: redelivery-safe)."""
    from courses.moodle.services import import_job_run

    import_job_run(job_id)
