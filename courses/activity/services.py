"""Appending to the learning event log (one INSERT, never an update), and folding old events
into monthly rows when their retention period ends (docs/privacy-retention.md)."""

import datetime
import uuid

from django.db import transaction
from django.utils import timezone, translation

from courses.activity.models import (
    LearningEvent,
    LearningEventMonth,
    LearningObject,
    LearningVerb,
)

# Events folded per transaction: small enough to keep locks and memory short.
FOLD_BATCH = 2000


def event_language(language: str | None = None) -> str:
    """The language an event is recorded in: the one given, else the request's active one."""
    return language if language is not None else (translation.get_language() or "")


def learning_event_record(
    *,
    actor,
    verb: LearningVerb,
    object_type: LearningObject,
    object_key: uuid.UUID,
    course_key: uuid.UUID | None = None,
    language: str | None = None,
    context: dict | None = None,
) -> LearningEvent:
    """Record what `actor` did; the language defaults to the request's active language."""
    return LearningEvent.objects.create(
        actor=actor,
        verb=verb,
        object_type=object_type,
        object_key=object_key,
        course_key=course_key,
        language=event_language(language),
        context=context or {},
    )


def _month_and_day(moment) -> tuple[datetime.date, int]:
    """The first day of the moment's month and its day of the month, in the site's time zone."""
    local = timezone.localtime(moment)
    return local.date().replace(day=1), local.day


def learning_events_fold(*, before: datetime.datetime, batch_size: int = FOLD_BATCH) -> int:
    """Fold events older than `before` into LearningEventMonth rows and delete them; how many.

    A transaction per batch: the batch's events are added to their months (count and days)
    and deleted together, so a second run, or one after a crash, counts nothing twice.
    """
    folded = 0
    while True:
        with transaction.atomic():
            ids = list(
                LearningEvent.objects.select_for_update()
                .filter(created_at__lt=before)
                .order_by("pk")
                .values_list("pk", flat=True)[:batch_size]
            )
            if not ids:
                return folded
            sums: dict = {}
            events = LearningEvent.objects.filter(pk__in=ids).values_list(
                "actor_id", "course_key", "verb", "created_at"
            )
            for actor_id, course_key, verb, created_at in events:
                month, day = _month_and_day(created_at)
                slot = sums.setdefault((month, actor_id, course_key, verb), [0, 0])
                slot[0] += 1
                slot[1] |= 1 << (day - 1)
            existing = {
                (row.month, row.actor_id, row.course_key, row.verb): row
                for row in LearningEventMonth.objects.select_for_update().filter(
                    month__in={key[0] for key in sums}, actor_id__in={key[1] for key in sums}
                )
            }
            changed, new = [], []
            for key, (count, days) in sums.items():
                row = existing.get(key)
                if row is None:
                    month, actor_id, course_key, verb = key
                    new.append(
                        LearningEventMonth(
                            month=month,
                            actor_id=actor_id,
                            course_key=course_key,
                            verb=verb,
                            count=count,
                            days=days,
                        )
                    )
                else:
                    row.count += count
                    row.days |= days
                    changed.append(row)
            LearningEventMonth.objects.bulk_update(changed, ["count", "days"])
            LearningEventMonth.objects.bulk_create(new)
            LearningEvent.objects.filter(pk__in=ids).delete()
            folded += len(ids)
