"""State changes of xAPI: a statement per learning event, and forwarding them to each LRS.

Nothing is sent twice on purpose: a statement's id is fixed when it is built, a delivery is
marked once the LRS answered, and an LRS drops a statement whose id it already holds (xAPI
1.0.3; Ralph answers 204 for an equal one). What may happen is a resend after a lost answer
or a crash between the answer and the mark: harmless, by that same rule. docs/xapi.md.
"""

import datetime
import logging
import uuid
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from courses.xapi.lrs import Lrs, LrsUnavailable, lrs_configured, statements_post
from courses.xapi.models import XapiDelivery, XapiStatement
from courses.xapi.selectors import statements_pending, titles_by_language
from courses.xapi.statements import anonymous_actor, statement_build
from lms.outbox.services import outbox_send

logger = logging.getLogger(__name__)

# A failing LRS is tried again after 1, 2, 4 ... minutes, at most an hour apart.
RETRY_DELAY_MAX = datetime.timedelta(hours=1)
# One forwarding run per LRS at a time (a worker and the beat sweep may overlap).
LOCK_SECONDS = 300
# Statuses an LRS answers for a stored, or already held, batch.
ACCEPTED = {200, 204, 409}
# Answers about one statement in the batch (422: Ralph's "malformed"): sent alone, each is
# judged on its own; alone, all but 409 mean the LRS will never take it.
SPLIT = {400, 409, 413, 422}
REFUSED = {400, 413, 422}


def statement_record(event) -> XapiStatement | None:
    """Build and store the event's statement, and queue its forwarding with the event's
    transaction. Nothing (no query) while no LRS is configured: xAPI is off."""
    if not settings.XAPI_LRS:
        return None
    statement_id = uuid.uuid4()
    titles = titles_by_language({event.object_key, event.course_key})
    statement = XapiStatement.objects.create(
        id=statement_id,
        event_id=event.pk,
        actor=event.actor,
        payload=statement_build(event, statement_id=statement_id, titles=titles),
        created_at=event.created_at,
    )
    from courses.xapi.tasks import xapi_statements_forward

    outbox_send(xapi_statements_forward)
    return statement


@dataclass
class Forwarded:
    """What one run did for one LRS."""

    sent: int = 0
    rejected: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


def _retry_delay(attempts: int) -> datetime.timedelta:
    return min(datetime.timedelta(minutes=2 ** max(attempts - 1, 0)), RETRY_DELAY_MAX)


def deliveries_mark(*, lrs: Lrs, ids: list, outcome: str, error: str = "", now) -> None:
    """Record the outcome ("sent", "rejected", "failed") of these statements at `lrs`."""
    existing = dict(
        XapiDelivery.objects.filter(lrs=lrs.name, statement_id__in=ids).values_list(
            "statement_id", "attempts"
        )
    )
    rows = []
    for statement_id in ids:
        attempts = existing.get(statement_id, 0) + 1
        rows.append(
            XapiDelivery(
                statement_id=statement_id,
                lrs=lrs.name,
                attempts=attempts,
                sent_at=now if outcome == "sent" else None,
                rejected_at=now if outcome == "rejected" else None,
                last_error=error[:2000],
                next_try_at=now + _retry_delay(attempts) if outcome == "failed" else None,
            )
        )
    XapiDelivery.objects.bulk_create(
        rows,
        update_conflicts=True,
        unique_fields=["statement", "lrs"],
        update_fields=["attempts", "sent_at", "rejected_at", "last_error", "next_try_at"],
    )


def _send(lrs: Lrs, batch: list[XapiStatement], *, now, done: Forwarded) -> bool:
    """Send a batch and record what became of each statement; False when the LRS failed (the
    run stops for it and the rest waits for the retry)."""
    ids = [statement.pk for statement in batch]
    try:
        status, body = statements_post(lrs, [statement.payload for statement in batch])
    except LrsUnavailable as error:
        status, body = None, f"no answer: {error}"
    if status in ACCEPTED and (status != 409 or len(batch) == 1):
        deliveries_mark(lrs=lrs, ids=ids, outcome="sent", now=now)
        done.sent += len(batch)
        return True
    if status in SPLIT and len(batch) > 1:
        # One statement spoilt the batch (or is held already, differently): judge each alone.
        return all(_send(lrs, [statement], now=now, done=done) for statement in batch)
    if status in REFUSED:
        deliveries_mark(lrs=lrs, ids=ids, outcome="rejected", error=f"{status}: {body}", now=now)
        done.rejected += len(batch)
        logger.warning("xAPI: %s refused statement %s: %s %s", lrs.name, ids[0], status, body)
        return True
    error = f"{status}: {body}" if status else body
    deliveries_mark(lrs=lrs, ids=ids, outcome="failed", error=error, now=now)
    done.failed += len(batch)
    done.errors.append(error[:200])
    logger.warning("xAPI: %s failed, will retry: %s", lrs.name, error[:200])
    return False


def statements_forward(*, lrs: Lrs, now=None, batch_size: int | None = None) -> Forwarded:
    """Send what `lrs` is waiting for, in batches, until done or the LRS fails."""
    now = now or timezone.now()
    batch_size = batch_size or settings.XAPI_BATCH_SIZE
    done = Forwarded()
    lock = f"xapi:forward:{lrs.name}"
    if not cache.add(lock, 1, LOCK_SECONDS):
        return done  # another run is at it
    try:
        while True:
            batch = list(statements_pending(lrs=lrs.name, now=now)[:batch_size])
            if not batch:
                break
            # No transaction around the POST: each outcome is one statement of its own.
            if not _send(lrs, batch, now=now, done=done):
                break
            if len(batch) < batch_size:
                break
    finally:
        cache.delete(lock)
    return done


def statements_forward_all(*, now=None) -> dict[str, Forwarded]:
    return {lrs.name: statements_forward(lrs=lrs, now=now) for lrs in lrs_configured()}


def statements_expire(*, now, days: int | None = None) -> int:
    """Delete statements every configured LRS took (or refused) more than `days` ago (90 by
    default); with no LRS configured, those older than that. How many went."""
    days = settings.RETENTION_XAPI_DAYS if days is None else days
    before = now - datetime.timedelta(days=days)
    statements = XapiStatement.objects.filter(created_at__lt=before)
    for lrs in lrs_configured():
        settled = XapiDelivery.objects.filter(statement=OuterRef("pk"), lrs=lrs.name).filter(
            Q(sent_at__lt=before) | Q(rejected_at__lt=before)
        )
        statements = statements.filter(Exists(settled))
    _, per_model = XapiStatement.objects.filter(pk__in=statements.values("pk")).delete()
    return per_model.get(XapiStatement._meta.label, 0)


def statements_erase(user) -> int:
    """A deleted account: statements not yet sent everywhere are deleted (nothing more about
    the person leaves); those sent stay as the record of what was sent, with the actor
    replaced by an anonymous one. Copies in an LRS are its operator's (docs/xapi.md)."""
    names = [lrs.name for lrs in lrs_configured()]
    statements = XapiStatement.objects.filter(actor=user)
    sent = statements
    for name in names:
        sent = sent.filter(
            Exists(
                XapiDelivery.objects.filter(
                    statement=OuterRef("pk"), lrs=name, sent_at__isnull=False
                )
            )
        )
    sent_ids = list(sent.values_list("pk", flat=True)) if names else []
    _, per_model = statements.exclude(pk__in=sent_ids).delete()
    deleted = per_model.get(XapiStatement._meta.label, 0)
    kept = list(XapiStatement.objects.filter(pk__in=sent_ids))
    for statement in kept:
        statement.payload = {**statement.payload, "actor": anonymous_actor()}
        statement.actor = None
    XapiStatement.objects.bulk_update(kept, ["payload", "actor"])
    return deleted + len(kept)
