"""Bulk screens of an assignment for those who grade it: all submissions as one ZIP (a
background job with a page that refreshes until the file is ready) and the offline grading
worksheet (download as CSV or XLSX, upload back with a report by line).

Only the course's trainers and managers get in (`assignment_grading_allowed`); anyone else gets
a 404, so an assignment's existence is not revealed.
"""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from courses.assignments.forms.bulk import WorksheetUploadForm
from courses.assignments.models import (
    ArchiveState,
    Assignment,
    Submission,
    SubmissionsArchive,
    SubmissionStatus,
    WorksheetUpload,
)
from courses.assignments.selectors.access import assignment_grading_allowed
from courses.assignments.selectors.grading import course_page_get
from courses.assignments.services.archives import archive_download_name, archive_request
from courses.assignments.services.worksheets import (
    MAX_UPLOAD_BYTES,
    worksheet_name,
    worksheet_rows,
    worksheet_upload_create,
)
from lms.access_log.models import AccessAction
from lms.access_log.services import access_record
from lms.private_files import private_file_response
from lms.spreadsheets import FILE_FORMATS, spreadsheet_response

RECENT = 5  # ZIPs and uploads listed on the page


def _assignment_or_404(request, assignment_id: int) -> Assignment:
    assignment = get_object_or_404(Assignment, pk=assignment_id)
    if not assignment_grading_allowed(user=request.user, course_key=assignment.course_key):
        raise Http404
    return assignment


def _page(request, assignment, *, form=None, status=200):
    archives = SubmissionsArchive.objects.filter(assignment=assignment).select_related(
        "requested_by"
    )[:RECENT]
    uploads = WorksheetUpload.objects.filter(assignment=assignment).select_related("uploaded_by")[
        :RECENT
    ]
    return render(
        request,
        "assignments/bulk.html",
        {
            "assignment": assignment,
            "course": course_page_get(course_key=assignment.course_key),
            "archives": archives,
            "uploads": uploads,
            "form": form or WorksheetUploadForm(),
            "max_upload_mb": MAX_UPLOAD_BYTES // (1024 * 1024),
        },
        status=status,
    )


@login_required
@require_GET
def assignment_bulk(request, assignment_id: int):
    """Download all submissions, download or upload the grading worksheet."""
    assignment = _assignment_or_404(request, assignment_id)
    return _page(request, assignment)


@login_required
@require_POST
def archive_create(request, assignment_id: int):
    """Ask for the ZIP; a second click finds the first one's job."""
    assignment = _assignment_or_404(request, assignment_id)
    archive = archive_request(assignment=assignment, by=request.user)
    return redirect("assignments:archive", archive_id=archive.pk)


def _archive_or_404(request, archive_id: int) -> SubmissionsArchive:
    archive = get_object_or_404(
        SubmissionsArchive.objects.select_related("assignment"), pk=archive_id
    )
    if not assignment_grading_allowed(user=request.user, course_key=archive.assignment.course_key):
        raise Http404
    return archive


@login_required
@require_GET
def archive_detail(request, archive_id: int):
    """The ZIP job's progress (the page refreshes itself until it is done), then the link."""
    archive = _archive_or_404(request, archive_id)
    finished = archive.state in (ArchiveState.DONE, ArchiveState.FAILED)
    return render(
        request,
        "assignments/archive.html",
        {
            "archive": archive,
            "assignment": archive.assignment,
            "course": course_page_get(course_key=archive.assignment.course_key),
            "finished": finished,
        },
    )


@login_required
@require_GET
def archive_download(request, archive_id: int):
    """The finished ZIP, to those who grade the course; it never has a public address."""
    archive = _archive_or_404(request, archive_id)
    if archive.state != ArchiveState.DONE:
        raise Http404
    # The access log: the learners whose handed-in work the ZIP holds (handed in before it was
    # built; one read of ids).
    in_zip = Submission.objects.filter(
        assignment_id=archive.assignment_id, status=SubmissionStatus.SUBMITTED
    )
    if archive.finished_at:
        in_zip = in_zip.filter(submitted_at__lte=archive.finished_at)
    access_record(
        actor=request.user,
        action=AccessAction.EXPORT,
        subjects=in_zip.order_by().values_list("user_id", flat=True).distinct(),
        course_key=archive.assignment.course_key,
        detail=f"assignment {archive.assignment_id}: submissions ZIP",
    )
    return private_file_response(
        archive.file, filename=archive_download_name(archive), content_type="application/zip"
    )


@login_required
@require_GET
def worksheet_download(request, assignment_id: int, file_format: str):
    """The grading worksheet of every enrolled learner, as CSV (UTF-8 with BOM) or XLSX."""
    if file_format not in FILE_FORMATS:
        raise Http404
    assignment = _assignment_or_404(request, assignment_id)
    seen: set = set()
    response = spreadsheet_response(
        rows=_learners_noted(worksheet_rows(assignment=assignment), seen),
        name=worksheet_name(assignment),
        file_format=file_format,
        sheet_title=str(_("Grading")),
    )
    access_record(
        actor=request.user,
        action=AccessAction.GRADEBOOK,
        subjects=seen,
        course_key=assignment.course_key,
        detail=f"assignment {assignment.pk}: grading worksheet.{file_format}",
    )
    return response


def _learners_noted(rows, seen: set):
    """The worksheet's rows unchanged; each learner's id (the first column) into `seen`."""
    rows = iter(rows)
    yield next(rows)  # the headings
    for row in rows:
        seen.add(row[0])
        yield row


@login_required
@require_http_methods(["GET", "POST"])
def worksheet_upload_view(request, assignment_id: int):
    """Upload a filled-in worksheet: checked at once, then graded in the background."""
    assignment = _assignment_or_404(request, assignment_id)
    if request.method == "GET":
        return redirect("assignments:bulk", assignment_id=assignment.pk)
    form = WorksheetUploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return _page(request, assignment, form=form, status=400)
    try:
        job = worksheet_upload_create(
            assignment=assignment,
            by=request.user,
            upload=form.cleaned_data["file"],
            overwrite=form.cleaned_data["overwrite"],
            language=get_language(),
        )
    except ValidationError as error:
        form.add_error("file", error)
        return _page(request, assignment, form=form, status=400)
    return redirect("assignments:worksheet_job", upload_id=job.pk)


@login_required
@require_GET
def worksheet_job(request, upload_id: int):
    """The upload's progress (refreshing itself), then what each line did."""
    job = get_object_or_404(
        WorksheetUpload.objects.select_related("assignment", "uploaded_by"), pk=upload_id
    )
    if not assignment_grading_allowed(user=request.user, course_key=job.assignment.course_key):
        raise Http404
    return render(
        request,
        "assignments/worksheet_job.html",
        {
            "job": job,
            "assignment": job.assignment,
            "course": course_page_get(course_key=job.assignment.course_key),
        },
    )
