"""E-mails of reports: the requester hears when a background export is ready."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from courses.reports.models import ReportExport, ReportExportStatus
from lms.accounts.emails import message_send, platform_name


def report_export_message_send(*, export_id: int) -> bool:
    """Tell the requester their export is ready, with the download link; False if it is not."""
    job = ReportExport.objects.select_related("requester").filter(pk=export_id).first()
    if job is None or job.status != ReportExportStatus.DONE or not job.file:
        return False
    user = job.requester
    if not user.is_active:
        return False
    with translation.override(user.preferred_language):
        path = reverse("reports:export_job", args=[job.pk])
        subject = _("Your report export is ready")
        body = _(
            "The export you asked for (%(rows)s rows, %(format)s) is ready. "
            "Sign in and download it here within %(days)s days:"
        ) % {
            "rows": job.rows_total,
            "format": job.file_format.upper(),
            "days": settings.REPORT_EXPORT_KEEP_DAYS,
        }
        body = f"{body}\n\n{settings.SITE_URL}{path}\n\n-- \n{platform_name()}\n"
    message_send(
        subject=subject, body=body, recipients=[user.email], language=user.preferred_language
    )
    return True
