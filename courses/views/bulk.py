"""Bulk enrolment screens for trainers and managers: pick people, a cohort, or upload a list."""

import uuid

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from courses.models import BulkEnrollmentJob, Enrollment
from courses.models.enrollment import ENROLLED_STATUSES
from courses.services.bulk import (
    bulk_job_create,
    cohort_users,
    enrollment_bulk_create,
)
from courses.views.trainer import course_or_404
from lms.accounts.models import User
from lms.places.models import Cluster, District, Municipality, Oblast

PICK_LIMIT = 50


class CohortForm(forms.Form):
    """One place: everyone whose municipality lies in it is enrolled."""

    oblast = forms.ModelChoiceField(
        Oblast.objects.all(), label=gettext_lazy("Oblast"), required=False
    )
    district = forms.ModelChoiceField(
        District.objects.all(), label=gettext_lazy("District"), required=False
    )
    municipality = forms.ModelChoiceField(
        Municipality.objects.all(), label=gettext_lazy("Municipality"), required=False
    )
    cluster = forms.ModelChoiceField(
        Cluster.objects.all(), label=gettext_lazy("Cluster"), required=False
    )

    def clean(self):
        cleaned = super().clean()
        if sum(1 for value in cleaned.values() if value) != 1:
            raise forms.ValidationError(gettext_lazy("Choose exactly one place."))
        return cleaned


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV or XLSX file"),
        help_text=gettext_lazy(
            "Columns: e-mail, full name, municipality, position (a header row is recognised). "
            "Up to 2 MB."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx"}),
    )
    create_accounts = forms.BooleanField(
        label=gettext_lazy("Create accounts for new addresses and e-mail them an invitation"),
        help_text=gettext_lazy(
            "Otherwise new addresses are pre-enrolled: they join when they register."
        ),
        required=False,
    )


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
            return redirect(reverse("trainer:bulk_job", args=[course.translation_key, job.pk]))
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
        "courses/trainer/bulk.html",
        {
            "course": course,
            "query": query,
            "candidates": candidates,
            "cohort_form": cohort_form,
            "upload_form": upload_form,
            "jobs": BulkEnrollmentJob.objects.filter(course_key=course.translation_key)[:10],
        },
    )


def _summary(counts: dict) -> str:
    return _("%(enrolled)s enrolled, %(already)s already enrolled.") % counts


@login_required
def bulk_job(request, course_key: uuid.UUID, job_id: int):
    """An upload's progress (the page refreshes itself until done) and then its report."""
    course = course_or_404(request, course_key)
    job = get_object_or_404(BulkEnrollmentJob, pk=job_id, course_key=course.translation_key)
    return render(request, "courses/trainer/bulk_job.html", {"course": course, "job": job})
