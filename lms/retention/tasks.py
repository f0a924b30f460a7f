"""The nightly retention run (CELERY_BEAT_SCHEDULE) and the warning mail it queues."""

from smtplib import SMTPException

from django.core.cache import cache

from celery import shared_task

from lms.retention import emails, services

# A run takes minutes (folding a year of events the first time: longer); one at a time.
RUN_LOCK = "retention:running"
RUN_LIMIT = 3 * 3600


@shared_task(time_limit=RUN_LIMIT, soft_time_limit=RUN_LIMIT - 300)
def retention_apply() -> dict | None:
    """Periodic: apply every retention period; a run while another is going does nothing."""
    if not cache.add(RUN_LOCK, 1, RUN_LIMIT):
        return None
    try:
        run = services.retention_apply()
    finally:
        cache.delete(RUN_LOCK)
    return {"run": run.pk, "counts": run.counts, "errors": run.errors}


@shared_task(
    autoretry_for=(SMTPException, ConnectionError, TimeoutError),
    retry_backoff=30,
    retry_backoff_max=30 * 60,
    retry_jitter=True,
    max_retries=8,
    time_limit=120,
    soft_time_limit=90,
)
def inactivity_warning_email_send(warning_id: int) -> bool:
    """Send the unused-account warning once (the warning records when it went)."""
    return emails.inactivity_warning_message_send(warning_id=warning_id)
