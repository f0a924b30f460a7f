"""What the nightly retention run did, and whom it warned about their inactive account."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class RetentionRun(models.Model):
    """One run of every sweep: when, and how many rows or files each removed."""

    started_at = models.DateTimeField(_("started"), default=timezone.now, db_index=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    counts = models.JSONField(_("counts"), default=dict, blank=True)  # {label: count}
    errors = models.JSONField(_("errors"), default=dict, blank=True)  # {label: message}

    class Meta:
        verbose_name = _("retention run")
        verbose_name_plural = _("retention runs")
        ordering = ["-started_at", "-pk"]

    def __str__(self):
        return f"{self.started_at:%Y-%m-%d %H:%M}"


class InactivityWarning(models.Model):
    """The one warning a person gets before their unused account is anonymised.

    Deleted when they sign in again, so a later spell of inactivity warns again.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="inactivity_warning",
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    # The anonymisation counts RETENTION_INACTIVE_WARNING_DAYS from the mail actually sent.
    emailed_at = models.DateTimeField(_("e-mailed"), null=True, blank=True)

    class Meta:
        verbose_name = _("inactivity warning")
        verbose_name_plural = _("inactivity warnings")

    def __str__(self):
        return f"{self.user_id} · {self.created_at:%Y-%m-%d}"
