"""Background jobs of reports: building export files, telling the requester, the sweep."""

from celery import shared_task

from lms.accounts.tasks import RETRY  # the accounts app's mail retry policy
from lms.task_retry import FILE_JOB_RETRY


@shared_task(**FILE_JOB_RETRY)
def report_export_run(export_id: int) -> str:
    """Build a queued report export's file; a job already taken or finished is left alone."""
    from courses.reports.services import report_export_run as run

    job = run(export_id=export_id)
    return job.status if job else "skipped"


@shared_task(bind=True, **RETRY)
def report_export_email_send(self, export_id: int) -> bool:
    """Tell the requester their export is ready, with the link, in their language; once per
    outbox message even if the broker delivers it twice."""
    from courses.reports.emails import report_export_message_send
    from lms.outbox.services import delivered_before, delivered_mark

    if delivered_before(self.request.id):
        return False
    sent = report_export_message_send(export_id=export_id)
    if sent:
        delivered_mark(self.request.id)
    return sent


@shared_task(time_limit=300, soft_time_limit=240)
def report_exports_sweep() -> dict[str, int]:
    """Periodic: re-send exports the broker lost, fail dead ones, delete files after a week."""
    from courses.reports.services import report_exports_sweep as sweep

    return sweep()
