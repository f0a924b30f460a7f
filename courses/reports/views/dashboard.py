"""The reports area: a dashboard and breakdown tables for managers (every course) and trainers.

Reviewers and learners get the friendly 403 page; trainers see only their courses' learners.
"""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _

from courses.reports.charts import bar_chart, series_chart
from courses.reports.forms import ReportFilterForm
from courses.reports.selectors.figures import (
    TABLE_TITLES,
    report_headline,
    report_table,
    report_user_allowed,
)

BREAKDOWNS = ("places", "positions", "genders", "courses")
INTERVALS = ("week", "month")


def _form(request) -> ReportFilterForm:
    if not report_user_allowed(request.user):
        raise PermissionDenied
    return ReportFilterForm(request.GET or None, user=request.user)


def _query(request, *drop: str) -> str:
    """The current filters as a query string, without the parameters in `drop`."""
    query = request.GET.copy()
    for name in drop:
        query.pop(name, None)
    return query.urlencode()


def _context(request, form, current: str) -> dict:
    return {
        "form": form,
        "current": current,
        "tabs": [(name, TABLE_TITLES[name]) for name in BREAKDOWNS],
        "query_string": _query(request),
    }


def _place_levels(request, form) -> list:
    """Links back up the drill-down: every oblast, then the chosen oblast's districts."""
    data = form.cleaned_data
    if not data.get("oblast") and not data.get("district"):
        return []
    links = [(_query(request, "oblast", "district", "municipality"), _("All oblasts"))]
    if data.get("district") and data.get("oblast"):
        links.append((_query(request, "district", "municipality"), data["oblast"].name))
    return links


@login_required
def reports_dashboard(request):
    """The headline figures and enrolments/completions over time, for the chosen filters."""
    form = _form(request)
    context = _context(request, form, "dashboard")
    interval = request.GET.get("interval", "month")
    if interval not in INTERVALS:
        interval = "month"
    if form.is_bound and not form.is_valid():
        return render(request, "reports/dashboard.html", context)
    if not form.is_bound:
        form = ReportFilterForm({}, user=request.user)
        form.is_valid()
        context["form"] = form
    filters = form.filters()
    table = report_table(user=request.user, filters=filters, name=f"series_{interval}")
    context.update(
        filters=filters,
        headline=report_headline(user=request.user, filters=filters),
        table=table,
        chart=series_chart(table),
        interval=interval,
        interval_query=_query(request, "interval"),
    )
    return render(request, "reports/dashboard.html", context)


@login_required
def reports_breakdown(request, name: str):
    """One breakdown table with its chart; places drill down by adding a place filter."""
    if name not in BREAKDOWNS:
        raise Http404
    form = _form(request)
    context = _context(request, form, name)
    if form.is_bound and not form.is_valid():
        return render(request, "reports/breakdown.html", context)
    if not form.is_bound:
        form = ReportFilterForm({}, user=request.user)
        form.is_valid()
        context["form"] = form
    table = report_table(user=request.user, filters=form.filters(), name=name)
    drill = table.drill
    context.update(
        table=table,
        chart=bar_chart(table),
        drill_query=_query(request, drill.param, "municipality") if drill else "",
        up_links=_place_levels(request, form) if name == "places" else [],
    )
    return render(request, "reports/breakdown.html", context)
