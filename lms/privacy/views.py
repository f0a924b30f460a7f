"""Data requests: the person's export and deletion request, the managers' decisions (thin)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from lms.privacy import forms, selectors, services
from lms.privacy.models import DataExport, DataExportStatus, DeletionRequest, DeletionRequestStatus
from lms.private_files import private_file_response


@login_required
@require_POST
def export_request(request):
    """Ask for a copy of one's data; a second click while it is built changes nothing."""
    services.data_export_request(user=request.user)
    messages.success(
        request, _("Your data is being gathered. We will e-mail you when it is ready.")
    )
    return redirect("accounts:profile")


@login_required
def export_download(request, export_id: int):
    """The ZIP, to its owner only (404 for anyone else); an expired link says so."""
    export = DataExport.objects.filter(pk=export_id, user=request.user).first()
    if export is None:
        raise Http404
    if export.status in (DataExportStatus.QUEUED, DataExportStatus.RUNNING):
        return render(request, "privacy/export_pending.html", {"export": export}, status=409)
    expired = (
        export.status != DataExportStatus.READY
        or not export.file
        or (export.expires_at and export.expires_at <= timezone.now())
    )
    if expired:
        return render(
            request,
            "privacy/export_expired.html",
            {"export": export, "keep_days": services.export_keep_days()},
            status=410,
        )
    return private_file_response(
        export.file, filename=f"my-data-{timezone.localtime(export.finished_at):%Y-%m-%d}.zip"
    )


@login_required
@require_http_methods(["GET", "POST"])
def deletion_request(request):
    """Ask for the account's deletion, with the password re-entered; a manager decides."""
    status = selectors.privacy_status(user=request.user)
    form = forms.DeletionRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.deletion_request_create(
                user=request.user,
                password=form.cleaned_data["password"],
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as error:
            form.add_error("password" if error.code == "password" else None, error)
        else:
            messages.success(
                request,
                _("Your request was sent. A manager will decide on it; you will get an e-mail."),
            )
            return redirect("accounts:profile")
    return render(request, "privacy/deletion_request.html", {"form": form, "status": status})


def _manager_only(request):
    if not selectors.user_is_privacy_manager(request.user):
        raise Http404


@login_required
def deletion_requests(request):
    """The managers' list of deletion requests, waiting ones first."""
    _manager_only(request)
    rows = list(selectors.deletion_requests_list()[:200])
    return render(request, "privacy/deletion_requests.html", {"rows": rows})


@login_required
@require_http_methods(["GET", "POST"])
def deletion_request_decide(request, request_id: int):
    """One request: what deletion will do in each app and what blocks it; approve or refuse."""
    _manager_only(request)
    item = get_object_or_404(
        DeletionRequest.objects.select_related("user", "decided_by"), pk=request_id
    )
    pending = item.status == DeletionRequestStatus.PENDING
    form = forms.DecisionForm(request.POST or None)
    if request.method == "POST" and pending and form.is_valid():
        decision, reason = form.cleaned_data["decision"], form.cleaned_data["reason"]
        try:
            if decision == "approve":
                services.deletion_request_approve(
                    request_id=item.pk, actor=request.user, note=reason
                )
                messages.success(request, _("The account is anonymised."))
            else:
                services.deletion_request_refuse(
                    request_id=item.pk, actor=request.user, reason=reason
                )
                messages.success(request, _("The request is refused; the person is told why."))
        except ValidationError as error:
            form.add_error("reason" if error.code == "reason" else None, error)
        else:
            return redirect("privacy:requests")
    preview = selectors.deletion_preview(item.user) if pending else []
    blocked = any(row.blocks for row in preview)
    return render(
        request,
        "privacy/deletion_request_decide.html",
        {"item": item, "form": form, "preview": preview, "blocked": blocked, "pending": pending},
    )
