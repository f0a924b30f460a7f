"""One row per task to hand to Celery; written in the transaction of the change it follows."""

import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class OutboxMessage(models.Model):
    """A task call waiting for (or handed to) the broker; `task_id` is its Celery task id, so a
    message handed over twice is one task id twice, never two different tasks."""

    task_id = models.UUIDField(_("task id"), default=uuid.uuid4, unique=True, editable=False)
    task_name = models.CharField(_("task"), max_length=200)
    args = models.JSONField(_("arguments"), default=list, blank=True)
    kwargs = models.JSONField(_("keyword arguments"), default=dict, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    # Not handed over before this time: a failed attempt waits a little longer each time.
    available_after = models.DateTimeField(_("next try"), default=timezone.now)
    sent_at = models.DateTimeField(_("handed to the broker"), null=True, blank=True)
    attempts = models.PositiveIntegerField(_("failed attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        verbose_name = _("outbox message")
        verbose_name_plural = _("outbox messages")
        indexes = [
            # The dispatcher and the sweep read only pending rows, oldest first.
            models.Index(
                fields=["available_after", "id"],
                condition=models.Q(sent_at__isnull=True),
                name="outbox_message_pending",
            ),
            models.Index(fields=["sent_at"], name="outbox_message_sent_at"),
        ]

    def __str__(self):
        return f"{self.task_name} {self.task_id}"
