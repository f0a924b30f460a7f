"""The access log's screens: the managers' list with filters, and each person's own entries
(who looked at their record, by role and course, not by name: docs/privacy-access-log.md)."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.http import require_GET

from lms.access_log.forms import AccessFilterForm
from lms.access_log.selectors import (
    NAMES_SHOWN_UP_TO,
    access_entries,
    access_entries_about,
    access_log_allowed,
    access_log_course_keys,
    course_titles,
    subjects_named,
)

PAGE_SIZE = 50
MINE_PAGE_SIZE = 25


def _page_query(request) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


@login_required
@require_GET
def access_log_list(request):
    """Every access, newest first, filtered by staff member, action, course, dates, learner."""
    if not access_log_allowed(request.user):
        raise PermissionDenied
    titles = course_titles(access_log_course_keys())
    form = AccessFilterForm(request.GET, courses=titles)
    filters = form.filters()
    page_obj = Paginator(access_entries(filters=filters), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    entries = list(page_obj.object_list)
    named = subjects_named(entries)
    for entry in entries:
        entry.course_title = titles.get(entry.course_key, "")
        entry.people = named.get(entry.pk, [])
    return render(
        request,
        "access_log/access_log_list.html",
        {
            "form": form,
            "page_obj": page_obj,
            "entries": entries,
            "names_shown_up_to": NAMES_SHOWN_UP_TO,
            "query_string": _page_query(request),
        },
    )


@login_required
@require_GET
def access_log_mine(request):
    """The entries in which the signed-in person's data was seen: when, which role, what and in
    which course; the staff member's name is not shown."""
    page_obj = Paginator(access_entries_about(user=request.user), MINE_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    entries = list(page_obj.object_list)
    titles = course_titles(entry.course_key for entry in entries)
    for entry in entries:
        entry.course_title = titles.get(entry.course_key, "")
    return render(
        request,
        "access_log/access_log_mine.html",
        {"page_obj": page_obj, "entries": entries, "query_string": _page_query(request)},
    )
