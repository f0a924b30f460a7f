"""The person's calendar: the month grid, the upcoming list, the feed's settings, and the
private feed itself (no sign-in: the secret in the address is the key)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.calendar.feed import feed_calendar
from courses.calendar.selectors import (
    feed_by_token,
    feed_live,
    local_day,
    month_get,
    month_valid,
    upcoming_get,
)
from courses.calendar.services import feed_create, feed_revoke


def _language() -> str:
    return (get_language() or "ky")[:2]


def feed_address(request, feed) -> str | None:
    """The feed's absolute address, under the person's own language's prefix."""
    if feed is None:
        return None
    with translation.override(feed.user.preferred_language or "ky"):
        path = reverse("calendar:feed", kwargs={"token": feed.token})
    return request.build_absolute_uri(path)


def _feed_context(request) -> dict:
    feed = feed_live(user=request.user)
    if feed is not None:
        feed.user = request.user  # the person is at hand: no query for the address's language
    return {"feed": feed, "feed_url": feed_address(request, feed)}


@login_required
def month_view(request, year: int | None = None, month: int | None = None):
    """A month of the person's dates as a table (a list on a phone)."""
    if year is None or month is None:
        today = local_day(timezone.now())
        year, month = today.year, today.month
    if not month_valid(year, month):
        raise Http404
    shown = month_get(
        user=request.user, year=year, month=month, language=_language(), request=request
    )
    context = {"month": shown, "view": "month", "now": timezone.now(), **_feed_context(request)}
    return render(request, "calendar/month.html", context)


@login_required
def list_view(request):
    """The last 30 days and the next 90 as a list."""
    upcoming = upcoming_get(user=request.user, language=_language(), request=request)
    context = {
        "upcoming": upcoming,
        "view": "list",
        "now": timezone.now(),
        **_feed_context(request),
    }
    return render(request, "calendar/list.html", context)


@login_required
@require_POST
def feed_create_view(request):
    """ "Create a new address": the old one, if any, stops working."""
    feed_create(user=request.user)
    messages.success(
        request, _("Your calendar has a new address. Copy it into your calendar application.")
    )
    return redirect(reverse("calendar:list") + "#feed")


@login_required
@require_POST
def feed_off_view(request):
    """ "Turn off": the address stops working; calendars subscribed to it show nothing new."""
    if feed_revoke(user=request.user):
        messages.success(request, _("Your calendar address is turned off."))
    return redirect(reverse("calendar:list") + "#feed")


def feed_view(request, token: str):
    """The private feed in the person's preferred language; unknown or revoked secret: 404."""
    feed = feed_by_token(token)
    if feed is None:
        raise Http404
    user = feed.user
    language = user.preferred_language or "ky"
    with translation.override(language):
        body = feed_calendar(
            user=user, language=language, absolute=request.build_absolute_uri, request=request
        )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="calendar.ics"'
    # Personal: never kept by the page cache or a proxy.
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response
