"""Notification e-mails: at once (queued by `notify` through the outbox) and the daily digest
(beat, 08:00 Bishkek). Both re-read their state, so a rerun sends nothing twice."""

from celery import shared_task

from lms.accounts.tasks import RETRY  # the accounts app's mail retry policy
from lms.notifications import mailing

# An at-once task holds up to EMAIL_TASK_BATCH mails (services.notify).
EMAIL_RETRY = {**RETRY, "time_limit": 600, "soft_time_limit": 540}
# The digest of 20,000 people takes about a minute (docs/benchmarks.md).
DIGEST_RETRY = {**RETRY, "time_limit": 3600, "soft_time_limit": 3300}


@shared_task(name="lms.notifications.tasks.notification_emails_send", **EMAIL_RETRY)
def notification_emails_send(ids: list[int]) -> int:
    """Mail the notifications among `ids` still due at once; how many went."""
    return mailing.notification_emails_send(ids=ids)


@shared_task(name="lms.notifications.tasks.notification_digests_send", **DIGEST_RETRY)
def notification_digests_send() -> dict[str, int]:
    """Periodic: each person's digest of the day, once."""
    return mailing.notification_digests_send()
