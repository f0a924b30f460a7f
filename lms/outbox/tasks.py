"""The outbox's sweep: hands Celery whatever the on-commit dispatch could not (broker away)."""

from celery import shared_task

# At most this many batches a run, so one sweep ends well inside its time limit.
SWEEP_BATCHES = 20


@shared_task(time_limit=300, soft_time_limit=240)
def outbox_sweep() -> dict[str, int]:
    """Periodic (CELERY_BEAT_SCHEDULE): dispatch pending messages that are due, trim old ones."""
    from lms.outbox.services import DISPATCH_BATCH, outbox_dispatch, outbox_trim

    sent = 0
    for _ in range(SWEEP_BATCHES):
        batch = outbox_dispatch(limit=DISPATCH_BATCH)
        sent += batch
        if batch < DISPATCH_BATCH:
            break
    return {"sent": sent, "trimmed": outbox_trim()}
