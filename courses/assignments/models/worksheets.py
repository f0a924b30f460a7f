"""Uploaded offline grading worksheets, graded row by row by a background job.

A worksheet of a large course takes minutes to grade (a transaction per row), so the upload is
stored privately (it names people) and a Celery job works through it with progress, like the
bulk enrolment lists; the report by line is kept with the job.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from courses.assignments.models.assignments import Assignment
from lms.private_storage import private_storage, private_upload_name


def worksheet_file_name(instance, filename: str) -> str:
    return private_upload_name("assignments/worksheets", filename)


class WorksheetUploadState(models.TextChoices):
    PENDING = "pending", _("Waiting")
    RUNNING = "running", _("Grading")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class WorksheetUpload(models.Model):
    """One uploaded worksheet: the file, the job's progress and its report by line."""

    assignment = models.ForeignKey(
        Assignment, on_delete=models.CASCADE, related_name="worksheet_uploads"
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    file = models.FileField(storage=private_storage, upload_to=worksheet_file_name, max_length=200)
    file_name = models.CharField(_("file name"), max_length=255)
    overwrite = models.BooleanField(default=False)
    # The uploader's interface language: the report's messages are written in it.
    language = models.CharField(max_length=8, default="ky")
    state = models.CharField(
        _("state"),
        max_length=16,
        choices=WorksheetUploadState.choices,
        default=WorksheetUploadState.PENDING,
    )
    done_count = models.PositiveIntegerField(default=0)
    total_count = models.PositiveIntegerField(default=0)
    # {"graded": n, "unchanged": n, "empty": n, "errors": [[line, message], ...]} or {"error": …}
    report = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("grading worksheet upload")
        verbose_name_plural = _("grading worksheet uploads")

    def __str__(self):
        return self.file_name

    @property
    def finished(self) -> bool:
        return self.state in (WorksheetUploadState.DONE, WorksheetUploadState.FAILED)
