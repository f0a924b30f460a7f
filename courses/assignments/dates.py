"""Dates of assignments in words, in Bishkek time: "in 3 days, 14 December, 17:00".

The day count compares calendar days in Asia/Bishkek (TIME_ZONE), not 24-hour periods, so a
deadline at 09:00 tomorrow is "tomorrow" at 23:59 tonight as at 00:30.
"""

import datetime as dt

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


def moment_text(value: dt.datetime, *, now: dt.datetime | None = None) -> str:
    """ "14 December, 17:00" (with the year when it is not this year's), in Bishkek time."""
    local = timezone.localtime(value)
    today = timezone.localtime(now or timezone.now()).date()
    day = date_format(local, "MONTH_DAY_FORMAT" if local.year == today.year else "DATE_FORMAT")
    return f"{day}, {local:%H:%M}"


def relative_day(value: dt.datetime, *, now: dt.datetime | None = None) -> str:
    """ "today", "tomorrow", "in 3 days", "yesterday", "2 days ago"."""
    days = (
        timezone.localtime(value).date() - timezone.localtime(now or timezone.now()).date()
    ).days
    if days == 0:
        return _("today")
    if days == 1:
        return _("tomorrow")
    if days == -1:
        return _("yesterday")
    if days > 1:
        return ngettext("in %(count)d day", "in %(count)d days", days) % {"count": days}
    return ngettext("%(count)d day ago", "%(count)d days ago", -days) % {"count": -days}


def moment_in_words(value: dt.datetime | None, *, now: dt.datetime | None = None) -> str:
    """ "in 3 days, 14 December, 17:00"; "" for no date."""
    if value is None:
        return ""
    return _("%(relative)s, %(moment)s") % {
        "relative": relative_day(value, now=now),
        "moment": moment_text(value, now=now),
    }
