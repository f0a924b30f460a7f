"""Seminar sessions in people's calendars (the CALENDAR_ENTRIES hook, registered in
wagtail_hooks.py) and the iCalendar file of one session (the listing's link).

The file follows the calendar feed's conventions (courses.calendar.feed): times in UTC, a stable
UID per session, the venue as LOCATION.
"""

import datetime as dt

from django.urls import reverse
from django.utils import timezone

import icalendar

from courses.calendar.extensions import CalendarEntry
from courses.calendar.feed import PRODID
from courses.calendar.sources import uid
from courses.seminars.models import SeminarSession
from courses.seminars.selectors import seminar_text, user_sessions

KIND_SEMINAR_SESSION = "seminar_session"


def session_uid(session: SeminarSession) -> str:
    return uid(KIND_SEMINAR_SESSION, session.pk)


def _place(session: SeminarSession) -> str:
    return ", ".join(part for part in (session.venue, session.address) if part)


def seminar_calendar_entries(*, user, start, end, language, request=None) -> list[CalendarEntry]:
    """The sessions of seminars the person is registered for (or waits for): one query."""
    if not user.is_authenticated:
        return []
    entries = []
    for session in user_sessions(user=user, start=start, end=end):
        title = seminar_text(session.seminar, "title", language)
        entries.append(
            CalendarEntry(
                uid=session_uid(session),
                title=title,
                starts_at=session.starts_at,
                ends_at=session.ends_at,
                url=reverse("seminars:detail", args=[session.seminar_id]),
                kind=KIND_SEMINAR_SESSION,
                course_title=_place(session),
                done=session.ends_at < timezone.now(),
            )
        )
    return entries


def session_ical(*, session: SeminarSession, absolute, url: str) -> bytes:
    """One session as .ics bytes; `absolute(path)` makes the seminar's link absolute."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-timezone", timezone.get_current_timezone_name())
    event = icalendar.Event()
    event.add("uid", session_uid(session))
    event.add("dtstamp", timezone.now().astimezone(dt.UTC))
    event.add("dtstart", session.starts_at.astimezone(dt.UTC))
    event.add("dtend", session.ends_at.astimezone(dt.UTC))
    event.add("summary", seminar_text(session.seminar, "title"))
    if _place(session):
        event.add("location", _place(session))
    link = absolute(url)
    event.add("url", link)
    description = seminar_text(session.seminar, "description")
    event.add("description", "\n".join(part for part in (description, link) if part))
    cal.add_component(event)
    return cal.to_ical()
