"""The private iCalendar feed (RFC 5545) that Google Calendar and Outlook subscribe to: the
person's entries from 30 days ago to a year ahead, times in UTC, each with a stable UID."""

import datetime as dt

from django.utils import timezone
from django.utils.translation import gettext as _

import icalendar

from courses.calendar.extensions import calendar_entries

PAST_DAYS, AHEAD_DAYS = 30, 365
REFRESH = dt.timedelta(hours=4)  # how often subscribers should fetch it again
PRODID = "-//Municipal Academy//Calendar//EN"


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC)


def feed_calendar(*, user, language: str, absolute, request=None, now=None) -> bytes:
    """The person's calendar as .ics bytes; `absolute(path)` makes an entry's link absolute."""
    now = now or timezone.now()
    entries = calendar_entries(
        user=user,
        start=now - dt.timedelta(days=PAST_DAYS),
        end=now + dt.timedelta(days=AHEAD_DAYS),
        language=language,
        request=request,
    )
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", _("Municipal Academy: my deadlines"))
    cal.add("x-wr-timezone", timezone.get_current_timezone_name())
    cal.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", REFRESH)
    stamp = _utc(now)
    for entry in entries:
        event = icalendar.Event()
        event.add("uid", entry.uid)
        event.add("dtstamp", stamp)
        if entry.all_day:
            start = timezone.localtime(entry.starts_at).date()
            event.add("dtstart", start)
            end = timezone.localtime(entry.ends_at).date() if entry.ends_at else start
            event.add("dtend", end + dt.timedelta(days=1))
        else:
            event.add("dtstart", _utc(entry.starts_at))
            event.add("dtend", _utc(entry.ends_at or entry.starts_at))
        summary = entry.title
        if entry.done:
            summary = _("%(title)s (done)") % {"title": entry.title}
        event.add("summary", summary)
        if entry.url:
            event.add("url", absolute(entry.url))
        lines = [entry.course_title] if entry.course_title else []
        if entry.url:
            lines.append(absolute(entry.url))
        event.add("description", "\n".join(lines))
        cal.add_component(event)
    return cal.to_ical()
