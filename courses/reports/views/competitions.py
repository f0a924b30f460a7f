"""The competitions section of the reports: calls, applications, winners and grants by oblast
and cluster, and their exports (docs/reports.md, Competitions). Who may open it is who may open
the reports; winners and grants count only published results."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import render
from django.views.decorators.http import require_GET

from courses.reports import competitions
from courses.reports.export_files import report_file_response
from courses.reports.forms import ReportFilterForm
from courses.reports.selectors.exports import table_sheet
from courses.reports.views.dashboard import _context, _form
from lms.spreadsheets import FILE_FORMATS


@login_required
@require_GET
def reports_competitions(request):
    """Calls, applications, winners and grants, by oblast, cluster and call."""
    form = _form(request)
    context = _context(request, form, "competitions")
    if form.is_bound and not form.is_valid():
        return render(request, "reports/competitions.html", context)
    if not form.is_bound:
        form = ReportFilterForm({}, user=request.user)
        form.is_valid()
        context["form"] = form
    data = competitions.competition_data(filters=form.filters())
    context.update(
        figures=competitions.competition_figures(data),
        competition_tables=[
            competitions.competition_table(data=data, name=name)
            for name in competitions.COMPETITION_TABLES
        ],
    )
    return render(request, "reports/competitions.html", context)


@login_required
@require_GET
def reports_competitions_export(request):
    """?table=competition_…&format=csv|xlsx plus the report's filters."""
    form = _form(request)
    table_name = request.GET.get("table", "")
    file_format = request.GET.get("format", "")
    if table_name not in competitions.COMPETITION_TABLES or file_format not in FILE_FORMATS:
        raise Http404
    if not form.is_valid():
        return HttpResponseBadRequest(" ".join(str(e) for e in form.errors.values()))
    filters = form.filters()
    data = competitions.competition_data(filters=filters)
    table = competitions.competition_table(data=data, name=table_name)
    sheet = table_sheet(
        user=request.user,
        table=table,
        filters=filters,
        publication=request.GET.get("publication") == "1",
    )
    return report_file_response(
        preface=sheet.preface,
        rows=sheet.rows,
        name=sheet.name,
        file_format=file_format,
        sheet_title=sheet.title,
    )
