"""Report exports too large to build during a request: a background job and its file."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from lms.private_storage import private_storage, private_upload_name


class ReportExportStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting to start")
    RUNNING = "running", _("In progress")
    DONE = "done", _("Ready")
    FAILED = "failed", _("Failed")


# States in which a second identical request joins the existing job instead of starting one.
ACTIVE_EXPORT_STATUSES = (ReportExportStatus.QUEUED, ReportExportStatus.RUNNING)


def report_export_path(instance, filename: str) -> str:
    """An unguessable private name: the file is served only through the requester's download."""
    return private_upload_name("report-exports", filename)


class ReportExport(models.Model):
    """One requested export of a report table, its progress and the finished file."""

    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        on_delete=models.CASCADE,
        related_name="report_exports",
    )
    table_name = models.CharField(_("table"), max_length=64)
    filters = models.JSONField(_("filters"), default=dict, blank=True)
    file_format = models.CharField(_("format"), max_length=8)
    publication = models.BooleanField(_("for publication"), default=False)
    # The requester's interface language when asking: headings and course titles use it.
    language = models.CharField(_("language"), max_length=8)
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=ReportExportStatus.choices,
        default=ReportExportStatus.QUEUED,
    )
    rows_done = models.PositiveIntegerField(_("rows done"), default=0)
    rows_total = models.PositiveIntegerField(_("rows"), default=0)
    file = models.FileField(
        _("file"), upload_to=report_export_path, storage=private_storage, blank=True
    )
    error = models.TextField(_("error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("report export")
        verbose_name_plural = _("report exports")
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["requester", "status"], name="reports_reportexport_req_st"),
        ]

    def __str__(self):
        return f"{self.table_name}.{self.file_format} · {self.requester_id}"

    @property
    def finished(self) -> bool:
        return self.status in (ReportExportStatus.DONE, ReportExportStatus.FAILED)
