"""Trainers' screens: participants with progress, one learner's record, decisions, exports.

Trainers reach only the courses they teach; managers reach all. Anyone else gets a 404, so the
existence of a course's participant list is not revealed.
"""

import uuid

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from wagtail.models import Locale

from courses.exports import spreadsheet_response
from courses.models import Enrollment, EnrollmentStatus
from courses.selectors.participants import (
    ParticipantFilters,
    course_for_trainer,
    learner_record,
    participants,
    required_lesson_keys,
    status_counts,
    taught_courses,
)
from courses.selectors.reports import report_user_allowed
from courses.services.enrollment import (
    enrollment_approve,
    enrollment_reject,
    enrollment_staff_create,
    enrollment_withdraw,
)
from lms.places.models import Oblast

PAGE_SIZE = 50
NO_SUCH_USER = gettext_lazy("No account uses this e-mail address. Use bulk enrolment to invite.")


class ParticipantAddForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("Learner's e-mail address"))


def course_or_404(request, course_key: uuid.UUID):
    course = course_for_trainer(
        user=request.user, course_key=course_key, locale=Locale.get_active()
    )
    if course is None:
        raise Http404
    return course


def _filters(request) -> ParticipantFilters:
    status = request.GET.get("status", "")
    oblast = request.GET.get("oblast", "")
    return ParticipantFilters(
        status=status if status in EnrollmentStatus.values else "",
        oblast=int(oblast) if oblast.isdigit() else None,
        query=request.GET.get("q", "").strip()[:100],
    )


def _participants_url(course) -> str:
    return reverse("trainer:participants", args=[course.translation_key])


@login_required
def teach_index(request):
    """The courses this trainer teaches (all, for managers)."""
    courses = taught_courses(user=request.user, locale=Locale.get_active())
    return render(
        request,
        "courses/trainer/index.html",
        {"courses": courses, "can_report": report_user_allowed(request.user)},
    )


@login_required
def participants_list(request, course_key: uuid.UUID):
    """Participants with progress, last activity, status and place; filters and search."""
    course = course_or_404(request, course_key)
    required = required_lesson_keys(course=course)
    filters = _filters(request)
    rows = participants(course=course, required_keys=required, filters=filters)
    page_obj = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "courses/trainer/participants.html",
        {
            "course": course,
            "page_obj": page_obj,
            "required_count": len(required),
            "filters": filters,
            "counts": status_counts(course=course),
            "statuses": EnrollmentStatus.choices,
            "oblasts": Oblast.objects.all(),
            "query_string": query.urlencode(),
            "add_form": ParticipantAddForm(),
        },
    )


@login_required
def participant_detail(request, course_key: uuid.UUID, enrollment_id: int):
    """One learner's record in the course, lesson by lesson with dates."""
    course = course_or_404(request, course_key)
    enrollment = get_object_or_404(
        Enrollment.objects.select_related("user__municipality__district__oblast"),
        pk=enrollment_id,
        course_key=course.translation_key,
    )
    return render(
        request,
        "courses/trainer/participant.html",
        {
            "course": course,
            "enrollment": enrollment,
            "records": learner_record(course=course, enrollment=enrollment),
        },
    )


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
        messages.error(request, " ".join(error.messages))
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
        messages.error(request, " ".join(error.messages))
    return redirect(_participants_url(course))


def _export_rows(course, request):
    required = required_lesson_keys(course=course)
    header = [
        _("Full name"),
        _("E-mail address"),
        _("Municipality"),
        _("District"),
        _("Oblast"),
        _("Status"),
        _("Required lessons done"),
        _("Required lessons"),
        _("Progress, %"),
        _("Last activity"),
        _("Enrolled"),
        _("Completed"),
    ]
    yield header
    tz = timezone.get_current_timezone()
    for row in participants(course=course, required_keys=required, filters=_filters(request)):
        user, place = row.user, row.user.municipality

        def when(value):
            return value.astimezone(tz).strftime("%Y-%m-%d %H:%M") if value else ""

        yield [
            user.full_name,
            user.email,
            place.name if place else "",
            place.district.name if place else "",
            place.district.oblast.name if place else "",
            row.get_status_display(),
            row.done,
            len(required),
            round(100 * row.done / len(required)) if required else 0,
            when(row.last_activity_at),
            when(row.created_at),
            when(row.completed_at),
        ]


@login_required
def participants_export(request, course_key: uuid.UUID, file_format: str):
    """The filtered participant list as CSV (UTF-8 with BOM, for Excel) or XLSX."""
    if file_format not in ("csv", "xlsx"):
        raise Http404
    course = course_or_404(request, course_key)
    name = f"participants-{course.slug}-{timezone.localdate():%Y%m%d}"
    return spreadsheet_response(
        rows=_export_rows(course, request),
        name=name,
        file_format=file_format,
        sheet_title=_("Participants"),
    )
