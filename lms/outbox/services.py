"""Sending tasks through the outbox: stored with the caller's change, handed to Celery after commit.

Delivery to the broker is exactly once per message: the dispatcher locks pending rows (`SKIP
LOCKED` on PostgreSQL, so parallel dispatchers take different rows), publishes each with the
message's own task id and marks it sent in the same transaction. What stays at-least-once is the
worker side (a worker lost mid-task is redelivered, `CELERY_TASK_ACKS_LATE`) and a commit lost
after publishing (the row is published again with the same task id): tasks re-read their state.
"""

import logging
from datetime import timedelta
from functools import partial

from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from kombu.exceptions import OperationalError

from lms.celery import app as celery_app
from lms.outbox.models import OutboxMessage

logger = logging.getLogger(__name__)

DISPATCH_BATCH = 100
# Sent rows are kept this long for inspection, then trimmed by the sweep; a password reset link
# in a row is dead by then or soon after (PASSWORD_RESET_TIMEOUT).
KEEP_SENT = timedelta(days=2)
# A failed message waits 0, 1, 2, 4 ... minutes (at most an hour) before the sweep tries again.
RETRY_DELAY_MAX = timedelta(hours=1)
# Broker connection errors: the broker is away, so the rest of a batch waits for the sweep too.
BROKER_ERRORS = (OperationalError, ConnectionError, OSError, TimeoutError)
# A short try on the request path; the sweep (every minute) does the rest.
PUBLISH_RETRY_POLICY = {"max_retries": 2, "interval_start": 0, "interval_step": 0.2}


def outbox_send(task, /, *args, **kwargs) -> OutboxMessage:
    """Queue `task(*args, **kwargs)` with the caller's transaction: nothing if it rolls back,
    handed to Celery on commit, and kept for the sweep while the broker is away."""
    name = task if isinstance(task, str) else task.name
    message = OutboxMessage.objects.create(task_name=name, args=list(args), kwargs=kwargs)
    transaction.on_commit(partial(outbox_dispatch, ids=[message.pk]))
    return message


def outbox_dispatch(*, ids: list[int] | None = None, limit: int = DISPATCH_BATCH, now=None) -> int:
    """Hand pending messages (these `ids`, or those due) to Celery, each once; how many went.

    A broker error is logged and recorded on the message, which stays pending: never raised.
    Eagerly (no broker: dev, tests) the tasks run in this process after the rows are marked.
    """
    now = now or timezone.now()
    pending = OutboxMessage.objects.filter(sent_at__isnull=True)
    if ids is not None:
        pending = pending.filter(pk__in=ids)
    else:
        pending = pending.filter(available_after__lte=now)
    eager = celery_app.conf.task_always_eager
    with transaction.atomic():
        messages = list(pending.select_for_update(skip_locked=True).order_by("pk")[:limit])
        sent = messages if eager else _publish_all(messages, now=now)
        OutboxMessage.objects.filter(pk__in=[m.pk for m in sent]).update(sent_at=now)
    if eager:
        # After the rows are marked, as a worker would run them; failures propagate as before.
        for message in sent:
            _run_here(message)
    return len(sent)


def outbox_trim(*, now=None) -> int:
    """Delete messages handed over more than KEEP_SENT ago; how many went."""
    now = now or timezone.now()
    deleted, _ = OutboxMessage.objects.filter(sent_at__lt=now - KEEP_SENT).delete()
    return deleted


def _publish_all(messages: list[OutboxMessage], *, now) -> list[OutboxMessage]:
    sent = []
    for message in messages:
        try:
            _publish(message)
        except BROKER_ERRORS as error:
            _failed(message, error, now=now)
            break  # the broker is away: the others would wait for it too
        except Exception as error:  # one bad message (unknown task) must not stop the others
            _failed(message, error, now=now)
        else:
            sent.append(message)
    return sent


def _task(message: OutboxMessage):
    task = celery_app.tasks.get(message.task_name)
    if task is None:  # a process that has not imported every app's tasks.py yet
        celery_app.loader.import_default_modules()
        task = celery_app.tasks[message.task_name]
    return task


def _run_here(message: OutboxMessage) -> None:
    """Run the task in this process (no broker: development, tests). `apply`, not an eager
    `apply_async`: Celery's eager path flips a process-wide "joining would block" flag, which
    two threads (runserver, a live server) can leave set, and every later `.get()` then fails."""
    _task(message).apply(args=message.args, kwargs=message.kwargs, task_id=str(message.task_id))


def _publish(message: OutboxMessage) -> None:
    _task(message).apply_async(
        args=message.args,
        kwargs=message.kwargs,
        task_id=str(message.task_id),
        retry=True,
        retry_policy=PUBLISH_RETRY_POLICY,
    )


def _failed(message: OutboxMessage, error: Exception, *, now) -> None:
    attempts = message.attempts + 1
    delay = timedelta(minutes=2 ** min(attempts - 2, 6)) if attempts > 1 else timedelta(0)
    OutboxMessage.objects.filter(pk=message.pk).update(
        attempts=F("attempts") + 1,
        last_error=f"{type(error).__name__}: {error}"[:2000],
        available_after=now + min(delay, RETRY_DELAY_MAX),
    )
    logger.warning(
        "Outbox message %s (%s) not handed to the broker, kept for the sweep: %s",
        message.pk,
        message.task_name,
        error,
    )


# A mail task with no state of its own to re-read (a rendered message) remembers its task id
# once sent: a redelivery of the same outbox message (a worker lost after sending, a commit lost
# after publishing) then sends nothing. Longer than a message can wait in the outbox and queue.
DELIVERED_MARK_SECONDS = 3 * 24 * 3600


def delivered_before(task_id: str | None) -> bool:
    """Whether the task with this id (an outbox message's) already did its work."""
    return bool(task_id) and cache.get(f"outbox:delivered:{task_id}") is not None


def delivered_mark(task_id: str | None) -> None:
    if task_id:
        cache.set(f"outbox:delivered:{task_id}", 1, DELIVERED_MARK_SECONDS)
