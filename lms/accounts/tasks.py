"""Background e-mail for accounts; each task re-reads its state, so a rerun sends nothing twice."""

from smtplib import SMTPException

from celery import shared_task

from lms.accounts import emails, throttling
from lms.accounts.models import User

# Mail servers and networks fail for a while and come back: retry with growing pauses.
RETRY = {
    "autoretry_for": (SMTPException, ConnectionError, TimeoutError),
    "retry_backoff": 30,
    "retry_backoff_max": 30 * 60,
    "retry_jitter": True,
    "max_retries": 8,
    "time_limit": 120,
    "soft_time_limit": 90,
}


@shared_task(**RETRY)
def user_confirmation_email_send(user_id: int) -> bool:
    """Send the confirmation link, unless the user is gone or already confirmed."""
    user = User.objects.filter(pk=user_id).first()
    if user is None:
        return False
    return emails.confirmation_email_send(user=user)


@shared_task(bind=True, **RETRY)
def email_send(
    self, *, subject: str, body: str, recipients: list[str], language: str | None = None
) -> bool:
    """Send a message rendered by the request that asked for it (password reset), once per
    outbox message even if the broker delivers it twice."""
    from lms.outbox.services import delivered_before, delivered_mark

    if delivered_before(self.request.id):
        return False
    emails.message_send(subject=subject, body=body, recipients=recipients, language=language)
    delivered_mark(self.request.id)
    return True


@shared_task(time_limit=300, soft_time_limit=240)
def login_records_trim() -> dict[str, int]:
    """Periodic: keep the login-throttling tables small (see CELERY_BEAT_SCHEDULE)."""
    return throttling.login_records_trim()
