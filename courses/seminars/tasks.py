"""The day-before reminder of seminar sessions (CELERY_BEAT_SCHEDULE); safe to run twice."""

from celery import shared_task

__all__ = ["session_reminders_send"]


@shared_task(
    name="courses.seminars.tasks.session_reminders_send", time_limit=900, soft_time_limit=840
)
def session_reminders_send() -> int:
    """Remind everyone with a place at a session that meets tomorrow (once per session)."""
    from courses.seminars.services import session_reminders_send as send

    return send()
