"""The import of a Moodle course backup: the uploaded file, where it goes, and its report."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from lms.private_storage import private_storage, private_upload_name


class ImportStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting to start")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


LANGUAGE_CHOICES = [("ky", _("Kyrgyz")), ("ru", _("Russian")), ("en", _("English"))]


def backup_upload_to(instance, filename: str) -> str:
    return private_upload_name("moodle-backups", filename)


class MoodleImport(models.Model):
    """One `.mbz` brought in (or tried, as a dry run) by a manager; runs as a background job.

    `report` holds one dict per item (docs/moodle.md): position, name, type, status
    ("imported", "changed", "refused", "skipped") and the detail; `counts` the totals."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("imported by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    file = models.FileField(
        _("backup file"), storage=private_storage, upload_to=backup_upload_to, max_length=200
    )
    file_name = models.CharField(_("file name"), max_length=255)
    file_size = models.PositiveBigIntegerField(_("size"), default=0)
    parent = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("catalogue"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGE_CHOICES)
    dry_run = models.BooleanField(_("dry run"), default=False)
    status = models.CharField(
        _("status"), max_length=16, choices=ImportStatus.choices, default=ImportStatus.QUEUED
    )
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    report = models.JSONField(_("report"), default=list, blank=True)
    counts = models.JSONField(_("counts"), default=dict, blank=True)
    error = models.TextField(_("error"), blank=True)
    course = models.ForeignKey(
        "catalogue.CoursePage",
        verbose_name=_("course"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("Moodle course import")
        verbose_name_plural = _("Moodle course imports")

    def __str__(self):
        return self.file_name

    @property
    def is_finished(self) -> bool:
        return self.status in (ImportStatus.DONE, ImportStatus.FAILED)
