"""Reads of the learning activity log that must see folded months as well as raw events."""

import datetime

from django.db.models import Case, F, IntegerField, QuerySet, Value, When
from django.utils import timezone

from courses.activity.models import LearningEventMonth


def folded_days_mask(start: datetime.datetime, end: datetime.datetime) -> dict:
    """{first day of a month: bit mask of its days} for the local days from `start` (included)
    to `end` (excluded); both are local midnights, as the reports' periods are."""
    first = timezone.localtime(start).date()
    last = timezone.localtime(end).date()
    masks: dict = {}
    day = first
    while day < last:
        month = day.replace(day=1)
        masks[month] = masks.get(month, 0) | 1 << (day.day - 1)
        day += datetime.timedelta(days=1)
    return masks


def folded_months_between(start: datetime.datetime, end: datetime.datetime) -> QuerySet:
    """Folded rows with an event on a day from `start` to `end`: exact to the day (one query
    when read), as LearningEventMonth keeps the days of each month that had events."""
    masks = folded_days_mask(start, end)
    if not masks:
        return LearningEventMonth.objects.none()
    wanted = Case(
        *[When(month=month, then=Value(mask)) for month, mask in masks.items()],
        default=Value(0),
        output_field=IntegerField(),
    )
    return (
        LearningEventMonth.objects.filter(month__in=list(masks))
        .alias(hit=F("days").bitand(wanted))
        .filter(hit__gt=0)
    )
