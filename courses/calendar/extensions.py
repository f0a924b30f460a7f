"""The calendar's extension point, as a Wagtail hook: apps above the calendar (seminars, later)
add their dates without the calendar importing them.

    @hooks.register(CALENDAR_ENTRIES)
    def seminar_dates(*, user, start, end, language, request=None) -> list[CalendarEntry]: ...

Each function gets the person, the range [start, end) as aware datetimes, the language the
entries are read in (already active) and the request when there is one (None for the feed);
it returns that person's entries, with a bounded number of queries whatever their number.
"""

import datetime as dt
from dataclasses import dataclass

from django.utils import translation

from wagtail import hooks

CALENDAR_ENTRIES = "calendar_entries"

# Kinds of the built-in sources (courses/calendar/sources.py); other apps add their own.
KIND_COURSE_END = "course_end"
KIND_LESSON_DUE = "lesson_due"
KIND_ASSIGNMENT_DUE = "assignment_due"
KIND_ASSIGNMENT_CUTOFF = "assignment_cutoff"
KIND_ENROLMENT_CLOSES = "enrolment_closes"


@dataclass(frozen=True)
class CalendarEntry:
    """One date in a person's calendar. `uid` is stable for the same date of the same thing (the
    feed's UID, so a calendar updates the event instead of adding a twin); `url` is a path or an
    absolute address; `done` marks what the person has already finished."""

    uid: str
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime | None = None
    all_day: bool = False
    url: str = ""
    kind: str = ""
    course_title: str = ""
    done: bool = False

    def overdue(self, now: dt.datetime) -> bool:
        return not self.done and self.starts_at < now


def calendar_entries(
    *, user, start: dt.datetime, end: dt.datetime, language: str, request=None
) -> list[CalendarEntry]:
    """Every app's entries for `user` starting in [start, end), soonest first, read in
    `language`."""
    entries: list[CalendarEntry] = []
    with translation.override(language):
        for source in hooks.get_hooks(CALENDAR_ENTRIES):
            entries.extend(
                source(user=user, start=start, end=end, language=language, request=request)
            )
    inside = [entry for entry in entries if start <= entry.starts_at < end]
    return sorted(inside, key=lambda entry: (entry.starts_at, entry.title, entry.uid))
