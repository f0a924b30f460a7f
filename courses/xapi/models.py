"""xAPI statements built from learning events, and their delivery to each learning record store.

A statement's id is fixed when it is built, so a resend after a lost answer carries the same id
and the LRS keeps one copy (xAPI 1.0.3, part three, 2.1.1). docs/xapi.md.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class XapiStatement(models.Model):
    """One learning event as an xAPI statement, exactly as it is sent (and resent)."""

    id = models.UUIDField(_("statement id"), primary_key=True, default=uuid.uuid4, editable=False)
    # The event's id, not a foreign key: events are folded away by their own retention, and a
    # statement waiting for an LRS must outlive that without touching the fold's deletes.
    event_id = models.PositiveBigIntegerField(_("learning event"), unique=True)
    # Who it is about (the data export, the deletion); empty once anonymised.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="xapi_statements",
    )
    payload = models.JSONField(_("statement"))
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("xAPI statement")
        verbose_name_plural = _("xAPI statements")
        indexes = [models.Index(fields=["created_at"], name="xapi_statement_created")]

    def __str__(self):
        return str(self.id)


class XapiDelivery(models.Model):
    """A statement's delivery to one LRS (named in XAPI_LRS): sent, refused for good, or failed
    `attempts` times and due again at `next_try_at`. No row: not tried yet."""

    statement = models.ForeignKey(
        XapiStatement,
        verbose_name=_("statement"),
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    lrs = models.CharField(_("learning record store"), max_length=64)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    rejected_at = models.DateTimeField(_("refused"), null=True, blank=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    next_try_at = models.DateTimeField(_("next try"), null=True, blank=True)

    class Meta:
        verbose_name = _("xAPI delivery")
        verbose_name_plural = _("xAPI deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["statement", "lrs"], name="xapi_xapidelivery_unique_statement_lrs"
            )
        ]
        indexes = [models.Index(fields=["lrs", "sent_at"], name="xapi_delivery_lrs_sent")]

    def __str__(self):
        return f"{self.statement_id} → {self.lrs}"
