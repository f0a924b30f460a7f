"""E-mails of data requests, in the person's language."""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from lms.accounts.emails import message_send, platform_name
from lms.privacy.models import (
    DataExport,
    DataExportStatus,
    DeletionRequest,
    DeletionRequestStatus,
)


def data_export_message_send(*, export_id: int) -> bool:
    """The export is ready: the link to the profile (the download asks to sign in)."""
    export = DataExport.objects.select_related("user").filter(pk=export_id).first()
    if export is None or export.status != DataExportStatus.READY or not export.user.is_active:
        return False
    user = export.user
    with translation.override(user.preferred_language):
        context = {
            "user": user,
            "export": export,
            "link": settings.SITE_URL + reverse("privacy:export_download", args=[export.pk]),
            "platform": platform_name(),
        }
        subject = render_to_string("privacy/email/export_ready_subject.txt", context).strip()
        body = render_to_string("privacy/email/export_ready_body.txt", context)
    message_send(
        subject=subject, body=body, recipients=[user.email], language=user.preferred_language
    )
    return True


def deletion_refusal_message_send(*, request_id: int) -> bool:
    """The deletion was refused: the manager's reason."""
    request = DeletionRequest.objects.select_related("user").filter(pk=request_id).first()
    if request is None or request.status != DeletionRequestStatus.REFUSED:
        return False
    user = request.user
    with translation.override(user.preferred_language):
        context = {
            "user": user,
            "note": request.decision_reason,
            "approved": False,
            "platform": platform_name(),
        }
        subject = render_to_string("privacy/email/decision_subject.txt", context).strip()
        body = render_to_string("privacy/email/decision_body.txt", context)
    message_send(
        subject=subject, body=body, recipients=[user.email], language=user.preferred_language
    )
    return True
