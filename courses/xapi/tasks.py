"""Background job of xAPI: forward statements to each configured LRS.

Queued through the outbox after new statements, and run by beat every minute, which also
takes up the retries whose pause is over (docs/xapi.md). Failures are recorded per statement
with their next try; the task itself does not raise for an LRS that is away.
"""

from celery import shared_task


@shared_task(time_limit=300, soft_time_limit=240)
def xapi_statements_forward() -> dict[str, dict]:
    """Send pending statements to every LRS; per LRS, how many were sent, refused, failed."""
    from courses.xapi.services import statements_forward_all

    return {
        name: {"sent": done.sent, "rejected": done.rejected, "failed": done.failed}
        for name, done in statements_forward_all().items()
    }
