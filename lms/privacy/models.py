"""A person's data requests: the export they download, the deletion a manager decides, and the
mark left on an anonymised account."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from lms.private_storage import private_storage, private_upload_name


class DataExportStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting to start")
    RUNNING = "running", _("In progress")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")
    EXPIRED = "expired", _("Expired")


# A second request while one of these is open joins it instead of starting another.
PENDING_EXPORT_STATUSES = (DataExportStatus.QUEUED, DataExportStatus.RUNNING)


def data_export_path(instance, filename: str) -> str:
    """An unguessable private name: the ZIP is served only through its owner's download."""
    return private_upload_name("data-exports", filename)


class DataExport(models.Model):
    """One "download my data" request: its progress, the ZIP and until when it may be fetched."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="data_exports",
    )
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=DataExportStatus.choices,
        default=DataExportStatus.QUEUED,
    )
    file = models.FileField(
        _("file"), upload_to=data_export_path, storage=private_storage, blank=True
    )
    size = models.PositiveBigIntegerField(_("size"), default=0)
    created_at = models.DateTimeField(_("requested"), auto_now_add=True, db_index=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    # Set when the file is ready (finished + PRIVACY_EXPORT_KEEP_DAYS); after it the link
    # answers "expired" and data_exports_expire deletes the file.
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("data export")
        verbose_name_plural = _("data exports")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["user", "status"], name="privacy_dataexport_user_st")]

    def __str__(self):
        return f"{self.user_id} · {self.created_at:%Y-%m-%d}"


class DeletionRequestStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for a decision")
    APPROVED = "approved", _("Approved: account anonymised")
    REFUSED = "refused", _("Refused")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class DeletionRequest(models.Model):
    """A person's request to delete their account, and the manager's decision on it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="deletion_requests",
    )
    reason = models.TextField(_("reason"), blank=True)
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=DeletionRequestStatus.choices,
        default=DeletionRequestStatus.PENDING,
    )
    created_at = models.DateTimeField(_("requested"), auto_now_add=True, db_index=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decision_reason = models.TextField(_("reason for the decision"), blank=True)

    class Meta:
        verbose_name = _("deletion request")
        verbose_name_plural = _("deletion requests")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=models.Q(status="pending"),
                name="privacy_deletionrequest_unique_pending_user",
            )
        ]

    def __str__(self):
        return f"{self.user_id} · {self.get_status_display()}"


class Anonymisation(models.Model):
    """The mark of an anonymised account: when, why (a request, retention) and by whom."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.CASCADE,
        related_name="anonymisation",
    )
    anonymised_at = models.DateTimeField(_("anonymised"), db_index=True)
    reason = models.CharField(_("reason"), max_length=200)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("anonymised account")
        verbose_name_plural = _("anonymised accounts")

    def __str__(self):
        return f"{self.user_id} · {self.anonymised_at:%Y-%m-%d}"
