"""Reads of the calendar: the month grid, the upcoming list, My learning's "Overdue" and "Due
soon", and feeds. Days are Bishkek days (TIME_ZONE): an entry at 00:30 on the 5th in Bishkek is
on the 5th though it is the 4th in UTC."""

import calendar as stdlib_calendar
import datetime as dt
from dataclasses import dataclass

from django.utils import timezone

from courses.calendar.extensions import KIND_COURSE_END, KIND_LESSON_DUE, calendar_entries
from courses.calendar.models import CalendarFeed
from courses.calendar.sources import Learning, course_entries, learning_get
from courses.enrolment.models import EnrollmentStatus

MIN_YEAR, MAX_YEAR = 2000, 2100
LIST_PAST_DAYS, LIST_AHEAD_DAYS = 30, 90
DUE_SOON_DAYS = 7


def local_midnight(day: dt.date) -> dt.datetime:
    """The start of `day` in Bishkek, as an aware datetime."""
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def local_day(moment: dt.datetime) -> dt.date:
    return timezone.localtime(moment).date()


@dataclass(frozen=True)
class Day:
    date: dt.date
    in_month: bool
    today: bool
    entries: list


@dataclass(frozen=True)
class Month:
    first: dt.date
    weeks: list  # of 7 Days, Monday first
    previous: dt.date | None
    following: dt.date | None
    count: int


def month_valid(year: int, month: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12


def _shift(first: dt.date, months: int) -> dt.date | None:
    index = first.year * 12 + first.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, 1) if month_valid(year, month + 1) else None


def month_get(*, user, year: int, month: int, language: str, request=None, now=None) -> Month:
    """The weeks that show `month` (Monday first, days of the months around it included) with
    the person's entries on each day."""
    now = now or timezone.now()
    today = local_day(now)
    weeks = stdlib_calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    start = local_midnight(weeks[0][0])
    end = local_midnight(weeks[-1][-1] + dt.timedelta(days=1))
    by_day: dict = {}
    entries = calendar_entries(user=user, start=start, end=end, language=language, request=request)
    for entry in entries:
        by_day.setdefault(local_day(entry.starts_at), []).append(entry)
    first = dt.date(year, month, 1)
    return Month(
        first=first,
        weeks=[
            [Day(day, day.month == month, day == today, by_day.get(day, [])) for day in week]
            for week in weeks
        ],
        previous=_shift(first, -1),
        following=_shift(first, 1),
        count=sum(len(items) for day, items in by_day.items() if day.month == month),
    )


@dataclass(frozen=True)
class DayGroup:
    date: dt.date
    today: bool
    entries: list


@dataclass(frozen=True)
class Upcoming:
    past: list  # DayGroups of the last 30 days, oldest first
    coming: list  # DayGroups from today on, 90 days


def upcoming_get(*, user, language: str, request=None, now=None) -> Upcoming:
    """The list view: the last 30 days and the next 90, grouped by Bishkek day."""
    now = now or timezone.now()
    today = local_day(now)
    start = local_midnight(today - dt.timedelta(days=LIST_PAST_DAYS))
    end = local_midnight(today + dt.timedelta(days=LIST_AHEAD_DAYS + 1))
    groups: dict = {}
    entries = calendar_entries(user=user, start=start, end=end, language=language, request=request)
    for entry in entries:
        groups.setdefault(local_day(entry.starts_at), []).append(entry)
    days = [DayGroup(day, day == today, items) for day, items in groups.items()]
    return Upcoming(
        past=[group for group in days if group.date < today],
        coming=[group for group in days if group.date >= today],
    )


@dataclass(frozen=True)
class Deadlines:
    overdue: list  # entries past their date and not done, oldest first
    due_soon: list  # entries in the next 7 days, soonest first


def deadlines_get(*, user, request=None, now=None) -> Deadlines:
    """My learning's "Overdue" and "Due soon": lessons due and course ends of the person's active
    courses (assignments have their own section). Two queries whatever the number of courses."""
    now = now or timezone.now()
    learning = learning_get(user=user, request=request)
    active = [e for e in learning.enrollments if e.status == EnrollmentStatus.ACTIVE]
    if not active:
        return Deadlines(overdue=[], due_soon=[])
    learning = Learning(enrollments=active, courses=learning.courses, completed=learning.completed)
    horizon = now + dt.timedelta(days=DUE_SOON_DAYS)
    overdue, soon = [], []
    for entry in course_entries(learning=learning, request=request):
        if entry.done or entry.kind not in (KIND_LESSON_DUE, KIND_COURSE_END):
            continue
        if entry.starts_at < now:
            overdue.append(entry)
        elif entry.starts_at <= horizon:
            soon.append(entry)
    return Deadlines(
        overdue=sorted(overdue, key=lambda entry: (entry.starts_at, entry.title, entry.uid)),
        due_soon=sorted(soon, key=lambda entry: (entry.starts_at, entry.title, entry.uid)),
    )


def feed_live(*, user) -> CalendarFeed | None:
    """The person's feed in use, if any (one query)."""
    return CalendarFeed.objects.filter(user=user, revoked_at__isnull=True).first()


def feed_by_token(token: str) -> CalendarFeed | None:
    """The live feed of a secret, with its person (one query); None for unknown or revoked."""
    return (
        CalendarFeed.objects.filter(token=token, revoked_at__isnull=True, user__is_active=True)
        .select_related("user")
        .first()
    )
