"""The admin screens of the Moodle import: upload a backup, follow the job, read the report."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse

from courses.moodle import report as report_lines
from courses.moodle.forms import BackupUploadForm
from courses.moodle.models import MoodleImport
from courses.moodle.selectors import import_allowed, imports_for
from courses.moodle.services import import_job_create, progress_get

REFRESH_SECONDS = 3


def _guard(request) -> None:
    if not import_allowed(user=request.user):
        raise PermissionDenied


def import_index(request):
    """The upload form and the latest imports."""
    _guard(request)
    form = BackupUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        job = import_job_create(
            user=request.user,
            upload=form.cleaned_data["file"],
            parent=form.cleaned_data["parent"],
            language=form.cleaned_data["language"],
            dry_run=form.cleaned_data["dry_run"],
        )
        return redirect("moodle_admin:job", import_id=job.pk)
    return TemplateResponse(
        request,
        "moodle/admin/index.html",
        {"form": form, "imports": list(imports_for(user=request.user))},
    )


def import_job(request, import_id: int):
    """One import: its progress while it runs (the page refreshes itself), then the report."""
    _guard(request)
    job = get_object_or_404(
        MoodleImport.objects.select_related("user", "parent", "course"), pk=import_id
    )
    lines = [
        {**entry, "status_text": report_lines.status_text(entry)} for entry in job.report or []
    ]
    return TemplateResponse(
        request,
        "moodle/admin/job.html",
        {
            "job": job,
            "progress": progress_get(job),
            "lines": lines,
            "counts": report_lines.counts_text(job.counts or {}) if job.counts else [],
            "refresh": None if job.is_finished else REFRESH_SECONDS,
        },
    )
