"""Report exports: aggregate tables and small learner-record files download at once; large
learner-record files are built by a background job whose page refreshes until the file is ready.

Only people who may open the reports may export (others get the 403 page the reports give),
always within their own scope: the selectors intersect every filter with it. Job pages and files
are the requester's alone: anyone else gets a 404.
"""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import get_language
from django.views.decorators.http import require_GET, require_http_methods

from courses.reports.export_files import report_file_response
from courses.reports.forms import ReportFilterForm
from courses.reports.models import ReportExport, ReportExportStatus
from courses.reports.selectors import figures as reports
from courses.reports.selectors.exports import (
    EXPORT_TABLES,
    LEARNER_RECORDS,
    LEARNER_RECORDS_TITLE,
    export_file_name,
    filters_from_json,
    filters_to_json,
    learner_records_access,
    learner_records_count,
    learner_sheet,
    reports_url,
    table_sheet,
)
from courses.reports.services import NOT_FOR_PUBLICATION, report_export_request
from lms.access_log.models import AccessAction
from lms.access_log.services import access_record
from lms.private_files import private_file_response
from lms.spreadsheets import CONTENT_TYPES, FILE_FORMATS


def _allowed_or_403(request) -> None:
    if not reports.report_user_allowed(request.user):
        raise PermissionDenied


def _title(table_name: str) -> str:
    if table_name == LEARNER_RECORDS:
        return str(LEARNER_RECORDS_TITLE)
    return str(reports.TABLE_TITLES.get(table_name, table_name))


@login_required
@require_http_methods(["GET", "POST"])
def report_export(request):
    """?table=…&format=csv|xlsx[&publication=1] plus the report's filters."""
    _allowed_or_403(request)
    params = request.POST if request.method == "POST" else request.GET
    table_name = params.get("table", "")
    file_format = params.get("format", "")
    publication = params.get("publication") == "1"
    if table_name not in EXPORT_TABLES or file_format not in FILE_FORMATS:
        raise Http404
    form = ReportFilterForm(params, user=request.user)
    if not form.is_valid():
        return HttpResponseBadRequest(" ".join(str(e) for e in form.errors.values()))
    filters = form.filters()
    if table_name != LEARNER_RECORDS:
        table = reports.report_table(user=request.user, filters=filters, name=table_name)
        sheet = table_sheet(
            user=request.user, table=table, filters=filters, publication=publication
        )
        return _file(sheet, file_format)
    if publication:
        return HttpResponseBadRequest(str(NOT_FOR_PUBLICATION))
    total = learner_records_count(user=request.user, filters=filters)
    if total <= settings.REPORT_EXPORT_BACKGROUND_ROWS:
        seen: set = set()
        sheet = learner_sheet(user=request.user, filters=filters, seen=seen)
        response = _file(sheet, file_format)
        # Logged once the file is written, before it leaves (the background job logs its own).
        access_record(
            actor=request.user,
            action=AccessAction.EXPORT,
            subjects=seen,
            **learner_records_access(filters_to_json(filters), file_format),
        )
        return response
    try:
        job = report_export_request(
            user=request.user,
            table_name=table_name,
            filters=filters,
            file_format=file_format,
            publication=publication,
            language=get_language(),
        )
    except ValidationError as error:
        return HttpResponseBadRequest(" ".join(error.messages))
    return redirect("reports:export_job", job_id=job.pk)


def _file(sheet, file_format: str):
    return report_file_response(
        preface=sheet.preface,
        rows=sheet.rows,
        name=sheet.name,
        file_format=file_format,
        sheet_title=sheet.title,
    )


def _own_job(request, job_id: int) -> ReportExport:
    return get_object_or_404(ReportExport, pk=job_id, requester=request.user)


@login_required
@require_GET
def report_export_job(request, job_id: int):
    """The job's progress (refreshing itself until finished), then the download link."""
    job = _own_job(request, job_id)
    return render(
        request,
        "reports/export_job.html",
        {
            "job": job,
            "title": _title(job.table_name),
            "keep_days": settings.REPORT_EXPORT_KEEP_DAYS,
            "reports_url": reports_url(data=job.filters),
        },
    )


@login_required
@require_GET
def report_export_download(request, job_id: int):
    """The finished file, to its requester only; it never has a public address. Named like
    an immediate export, with course titles in the language the file was written in."""
    job = _own_job(request, job_id)
    if job.status != ReportExportStatus.DONE:
        raise Http404
    try:
        filters = filters_from_json(job.filters)
    except (KeyError, TypeError, ValueError):  # a job stored without its period
        filters = None
    with translation.override(job.language):
        name = (
            export_file_name(
                user=request.user,
                table_name=job.table_name,
                filters=filters,
                publication=job.publication,
            )
            if filters
            else f"reports-{job.table_name}"
        )
    return private_file_response(
        job.file,
        filename=f"{name}.{job.file_format}",
        content_type=CONTENT_TYPES[job.file_format],
    )
