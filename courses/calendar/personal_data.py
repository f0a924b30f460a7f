"""What the calendar holds about a person: their feed addresses (that one exists and when it was
made, never the secret). Deletion removes them. docs/deadlines.md."""

from collections.abc import Iterator

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from courses.activity.personal_data import iso
from courses.calendar.models import CalendarFeed
from lms.privacy.providers import PersonalDataProvider


def feed_records(user) -> Iterator[dict]:
    feeds = CalendarFeed.objects.filter(user=user).order_by("created_at", "pk")
    for row in feeds.values("created_at", "revoked_at").iterator():
        yield {
            "record": _("calendar address"),
            "created_at": iso(row["created_at"]),
            "turned_off_at": iso(row["revoked_at"]),
        }


def feed_describe(user) -> str | None:
    count = CalendarFeed.objects.filter(user=user).count()
    if not count:
        return None
    return ngettext(
        "%(count)d calendar address: deleted", "%(count)d calendar addresses: deleted", count
    ) % {"count": count}


def feed_erase(user) -> int:
    """Delete the person's feeds: nothing in them is needed by the reports."""
    deleted, _detail = CalendarFeed.objects.filter(user=user).delete()
    return deleted


def calendar_personal_data() -> PersonalDataProvider:
    return PersonalDataProvider(
        key="calendar",
        title=gettext_lazy("Calendar"),
        models=("calendar.CalendarFeed",),
        records=feed_records,
        describe=feed_describe,
        erase=feed_erase,
    )
