"""The seminars section of the reports: figures and tables of who attended, and their exports
(docs/reports.md, Seminars). Who may open it is who may open the reports."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import render
from django.views.decorators.http import require_GET

from courses.reports import seminars
from courses.reports.export_files import report_file_response
from courses.reports.forms import ReportFilterForm
from courses.reports.selectors.exports import table_sheet
from courses.reports.views.dashboard import _context, _form
from lms.spreadsheets import FILE_FORMATS


@login_required
@require_GET
def reports_seminars(request):
    """Seminars, sessions and participants, with the breakdowns by place, position, gender."""
    form = _form(request)
    context = _context(request, form, "seminars")
    if form.is_bound and not form.is_valid():
        return render(request, "reports/seminars.html", context)
    if not form.is_bound:
        form = ReportFilterForm({}, user=request.user)
        form.is_valid()
        context["form"] = form
    filters = form.filters()
    data = seminars.seminar_data(user=request.user, filters=filters)
    context.update(
        figures=seminars.seminar_figures(data),
        seminar_tables=[
            seminars.seminar_table(data=data, filters=filters, name=name)
            for name in seminars.SEMINAR_TABLES
        ],
    )
    return render(request, "reports/seminars.html", context)


@login_required
@require_GET
def reports_seminars_export(request):
    """?table=seminar_…&format=csv|xlsx[&publication=1] plus the report's filters."""
    form = _form(request)
    table_name = request.GET.get("table", "")
    file_format = request.GET.get("format", "")
    if table_name not in seminars.SEMINAR_TABLES or file_format not in FILE_FORMATS:
        raise Http404
    if not form.is_valid():
        return HttpResponseBadRequest(" ".join(str(e) for e in form.errors.values()))
    filters = form.filters()
    data = seminars.seminar_data(user=request.user, filters=filters)
    table = seminars.seminar_table(data=data, filters=filters, name=table_name)
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
