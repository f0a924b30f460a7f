"""Enrolment screens: a learner enrols or leaves; trainers add, approve, decline and withdraw
learners, and enrol many at once (people, a cohort, or an uploaded list)."""

import uuid

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from courses.catalogue.models import CoursePage
from courses.catalogue.views import live_page_or_404
from courses.catalogue.views import trainer_course_or_404 as course_or_404
from courses.enrolment.bulk import (
    ALREADY,
    CREATE,
    ENROL,
    PRE_ENROL,
    REFUSED,
    bulk_job_confirm,
    bulk_job_create,
    cohort_users,
    enrollment_bulk_create,
)
from courses.enrolment.bulk_rows import TEMPLATE_HEADINGS, TEMPLATE_SHEET_TITLES, bulk_template_rows
from courses.enrolment.forms import CohortForm, ParticipantAddForm, UploadForm
from courses.enrolment.models import (
    ENROLLED_STATUSES,
    BulkEnrollmentJob,
    BulkJobStatus,
    Enrollment,
    EnrollmentStatus,
)
from courses.enrolment.services import (
    enrollment_approve,
    enrollment_create,
    enrollment_reject,
    enrollment_staff_create,
    enrollment_withdraw,
)
from lms.accounts.models import Language, Position, User
from lms.private_files import private_file_response
from lms.spreadsheets import FILE_FORMATS, spreadsheet_response

PICK_LIMIT = 50
NO_SUCH_USER = gettext_lazy("No account uses this e-mail address. Use bulk enrolment to invite.")
# What each row of a previewed upload will do, as the preview says it.
OUTCOME_LABELS = {
    ENROL: gettext_lazy("Will be enrolled"),
    ALREADY: gettext_lazy("Already enrolled"),
    CREATE: gettext_lazy("Account will be created and invited"),
    PRE_ENROL: gettext_lazy("Pre-enrolled until they register"),
    REFUSED: gettext_lazy("Refused"),
}


def _error_text(error: ValidationError) -> str:
    return " ".join(error.messages)


@login_required
@require_POST
def course_enrol(request, course_id: int):
    """Enrol (open or key) or ask to join (approval); refusals come back as a clear message."""
    course = live_page_or_404(CoursePage, course_id)
    try:
        enrollment = enrollment_create(
            user=request.user, course=course, key=request.POST.get("key", "")[:64]
        )
    except ValidationError as error:
        messages.error(request, _error_text(error))
        return redirect(course.get_url(request=request) + "#enrolment")
    if enrollment.status == EnrollmentStatus.PENDING:
        messages.success(request, _("Your request is sent. A trainer will decide on it soon."))
    else:
        messages.success(request, _("You are enrolled. Welcome to the course!"))
    return redirect(course.get_url(request=request) + "#enrolment")


@login_required
@require_POST
def course_withdraw(request, course_id: int):
    """Leave the course or cancel a request; progress is kept for a later return."""
    course = live_page_or_404(CoursePage, course_id)
    enrollment = Enrollment.objects.filter(
        user=request.user, course_key=course.translation_key
    ).first()
    if enrollment is None:
        raise Http404
    try:
        enrollment_withdraw(enrollment=enrollment, by=request.user)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(
            request, _("You have left the course. Your progress is kept if you enrol again.")
        )
    return redirect(course.get_url(request=request) + "#enrolment")


def _participants_url(course) -> str:
    return reverse("progress:participants", args=[course.translation_key])


@login_required
@require_POST
def participant_decide(request, course_key: uuid.UUID, enrollment_id: int, decision: str):
    """Approve or reject a request to join; the learner hears by e-mail."""
    course = course_or_404(request, course_key)
    enrollment = get_object_or_404(Enrollment, pk=enrollment_id, course_key=course.translation_key)
    try:
        if decision == "approve":
            enrollment_approve(enrollment=enrollment, course=course, by=request.user)
            messages.success(request, _("Request approved. The learner is told by e-mail."))
        else:
            enrollment_reject(enrollment=enrollment, by=request.user)
            messages.success(request, _("Request declined. The learner is told by e-mail."))
    except ValidationError as error:
        messages.error(request, _error_text(error))
    return redirect(_participants_url(course))


@login_required
@require_POST
def participant_add(request, course_key: uuid.UUID):
    """Enrol one person by e-mail address, whatever the course's method, window or capacity."""
    course = course_or_404(request, course_key)
    form = ParticipantAddForm(request.POST)
    if form.is_valid():
        email = get_user_model().objects.normalize_email(form.cleaned_data["email"])
        user = get_user_model().objects.filter(email=email, is_active=True).first()
        if user is None:
            messages.error(request, str(NO_SUCH_USER))
        else:
            enrollment_staff_create(user=user, course=course, by=request.user)
            messages.success(request, _("%(name)s is enrolled.") % {"name": user})
    else:
        messages.error(request, " ".join(form.errors["email"]))
    return redirect(_participants_url(course))


@login_required
@require_POST
def participant_withdraw(request, course_key: uuid.UUID, enrollment_id: int):
    """Take a learner out of the course; their progress is kept."""
    course = course_or_404(request, course_key)
    enrollment = get_object_or_404(Enrollment, pk=enrollment_id, course_key=course.translation_key)
    try:
        enrollment_withdraw(enrollment=enrollment, by=request.user)
        messages.success(request, _("The learner is withdrawn; their progress is kept."))
    except ValidationError as error:
        messages.error(request, _error_text(error))
    return redirect(_participants_url(course))


@login_required
def bulk_enrol(request, course_key: uuid.UUID):
    """The three ways to enrol many people; each POST comes back here with a summary."""
    course = course_or_404(request, course_key)
    action = request.POST.get("action") if request.method == "POST" else None
    cohort_form = CohortForm(request.POST if action == "cohort" else None, prefix="cohort")
    upload_form = UploadForm(
        request.POST if action == "upload" else None,
        request.FILES if action == "upload" else None,
        prefix="upload",
    )
    if action == "pick":
        ids = [value for value in request.POST.getlist("users") if value.isdigit()]
        users = User.objects.filter(pk__in=ids, is_active=True)
        counts = enrollment_bulk_create(users=users, course=course, by=request.user)
        messages.success(request, _summary(counts))
        return redirect(request.get_full_path())
    if action == "cohort" and cohort_form.is_valid():
        counts = enrollment_bulk_create(
            users=cohort_users(**cohort_form.cleaned_data), course=course, by=request.user
        )
        messages.success(request, _summary(counts))
        return redirect(request.path)
    if action == "upload" and upload_form.is_valid():
        try:
            job = bulk_job_create(
                course=course,
                by=request.user,
                upload=upload_form.cleaned_data["file"],
                create_accounts=upload_form.cleaned_data["create_accounts"],
            )
        except ValidationError as error:
            upload_form.add_error("file", error)
        else:
            return redirect(reverse("enrolment:bulk_job", args=[course.translation_key, job.pk]))
    query = request.GET.get("q", "").strip()[:100]
    candidates = []
    if query:
        enrolled = Enrollment.objects.filter(
            course_key=course.translation_key, status__in=ENROLLED_STATUSES
        ).values("user_id")
        candidates = list(
            User.objects.filter(is_active=True)
            .filter(Q(full_name__icontains=query) | Q(email__icontains=query))
            .exclude(pk__in=enrolled)
            .select_related("municipality")
            .order_by("full_name")[:PICK_LIMIT]
        )
    return render(
        request,
        "enrolment/bulk.html",
        {
            "course": course,
            "query": query,
            "candidates": candidates,
            "cohort_form": cohort_form,
            "upload_form": upload_form,
            "jobs": BulkEnrollmentJob.objects.filter(course_key=course.translation_key)[:10],
            "templates": [(code, label) for code, label in Language.choices],
        },
    )


def _summary(counts: dict) -> str:
    return _("%(enrolled)s enrolled, %(already)s already enrolled.") % counts


@login_required
def bulk_job(request, course_key: uuid.UUID, job_id: int):
    """An upload's preview (confirm to enrol), its progress (the page refreshes itself until
    done) and then its report."""
    course = course_or_404(request, course_key)
    job = get_object_or_404(BulkEnrollmentJob, pk=job_id, course_key=course.translation_key)
    preview = None
    if job.status == BulkJobStatus.PREVIEW:
        preview = job.report.get("preview", {"counts": {}, "rows": []})
        positions = dict(Position.choices)
        counts = preview["counts"]
        preview = {
            "counts": [(OUTCOME_LABELS[key], counts.get(key, 0), key) for key in OUTCOME_LABELS],
            "refused": [row for row in preview["rows"] if row["outcome"] == REFUSED],
            "good": [
                {
                    **row,
                    "outcome_label": OUTCOME_LABELS[row["outcome"]],
                    "position_label": positions.get(row["position"], ""),
                }
                for row in preview["rows"]
                if row["outcome"] != REFUSED
            ],
            "usable": sum(counts.get(key, 0) for key in (ENROL, CREATE, PRE_ENROL)),
        }
        preview["hidden"] = job.total_rows - counts.get(REFUSED, 0) - len(preview["good"])
    return render(
        request, "enrolment/bulk_job.html", {"course": course, "job": job, "preview": preview}
    )


@login_required
@require_POST
def bulk_job_confirm_view(request, course_key: uuid.UUID, job_id: int):
    """Enrol a previewed upload; a second press (or a resent form) changes nothing."""
    course = course_or_404(request, course_key)
    job = get_object_or_404(BulkEnrollmentJob, pk=job_id, course_key=course.translation_key)
    if not bulk_job_confirm(job=job):
        messages.info(request, _("This list was confirmed already."))
    return redirect(reverse("enrolment:bulk_job", args=[course.translation_key, job.pk]))


@login_required
def bulk_template(request, course_key: uuid.UUID, language: str, file_format: str):
    """The list's template: headings in `language` and one example row, as CSV or XLSX."""
    course_or_404(request, course_key)
    if language not in TEMPLATE_HEADINGS or file_format not in FILE_FORMATS:
        raise Http404
    return spreadsheet_response(
        rows=bulk_template_rows(language=language),
        name=f"bulk-enrolment-template-{language}",
        file_format=file_format,
        sheet_title=TEMPLATE_SHEET_TITLES[language],
        # Excel in Russian and Kyrgyz splits CSV at ";" and would show one column with ","
        delimiter=";" if language in ("ky", "ru") else ",",
    )


@login_required
def bulk_job_file(request, course_key: uuid.UUID, job_id: int):
    """The uploaded list itself (names and e-mails): the course's trainers and managers only."""
    course = course_or_404(request, course_key)
    job = get_object_or_404(BulkEnrollmentJob, pk=job_id, course_key=course.translation_key)
    return private_file_response(job.file, filename=job.file_name)
