"""Background jobs of reports: building export files, telling the requester, the sweep."""

from celery import shared_task

from lms.accounts.tasks import RETRY  # the accounts app's mail retry policy

# Writing the file may meet storage that is briefly away; the service re-queues the job first.
REPORT_EXPORT_RETRY = {
    "autoretry_for": (OSError,),
    "retry_backoff": 30,
    "retry_backoff_max": 10 * 60,
    "retry_jitter": True,
    "max_retries": 5,
    "time_limit": 1800,
    "soft_time_limit": 1740,
}


@shared_task(**REPORT_EXPORT_RETRY)
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
