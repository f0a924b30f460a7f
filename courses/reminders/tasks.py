"""Periodic reminder tasks (CELERY_BEAT_SCHEDULE, Bishkek mornings); safe to run twice."""

from celery import shared_task

__all__ = ["due_reminders_send", "inactivity_reminders_send"]


@shared_task(
    name="courses.reminders.tasks.inactivity_reminders_send", time_limit=1800, soft_time_limit=1700
)
def inactivity_reminders_send() -> int:
    """Remind learners away from a course for its number of days (services: once in 14 days)."""
    from courses.reminders.services import inactivity_reminders_send as send

    return send()


@shared_task(
    name="courses.reminders.tasks.due_reminders_send", time_limit=1800, soft_time_limit=1700
)
def due_reminders_send() -> int:
    """Remind learners of lessons and assignments due in 3 days and tomorrow, each once."""
    from courses.reminders.services import due_reminders_send as send

    return send()
