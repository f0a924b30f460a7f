"""Notifications, each person's e-mail preferences per kind, and the digests sent.

A notification is written once, in its recipient's language, by `services.notify` in the
transaction of the change it reports. Its e-mail state says what happens next: sent at once
(through the outbox), waiting for the day's digest, or nothing.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.notifications.kinds import Delivery


class MailState(models.TextChoices):
    NOW = "now", _("to send at once")
    DIGEST = "digest", _("waiting for the digest")
    SENT = "sent", _("sent")
    NONE = "none", _("no e-mail")


class Notification(models.Model):
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    kind = models.CharField(_("kind"), max_length=32)
    title = models.CharField(_("title"), max_length=300)
    body = models.TextField(_("text"), blank=True)
    # A site path ("/ky/courses/…") the notification opens; empty: nothing to open.
    url = models.CharField(_("link"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    mail_state = models.CharField(
        _("e-mail"), max_length=8, choices=MailState.choices, default=MailState.NONE
    )
    mailed_at = models.DateTimeField(_("e-mailed"), null=True, blank=True)
    # Set by senders that must not tell the same thing twice (reminders, deadlines): unique per
    # recipient, so a task run twice writes one notification.
    dedupe_key = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "dedupe_key"],
                condition=~Q(dedupe_key=""),
                name="notifications_notification_unique_recipient_dedupe_key",
            )
        ]
        indexes = [
            models.Index(fields=["recipient", "read_at"], name="notifications_recipient_read"),
            # The list, newest first (and the retention's read rows).
            models.Index(fields=["recipient", "-created_at"], name="notifications_list_newest"),
            models.Index(
                fields=["mail_state", "recipient"],
                condition=Q(mail_state="digest"),
                name="notifications_digest_pending",
            ),
        ]

    def __str__(self):
        return self.title


class NotificationPreference(models.Model):
    """A person's choice for one kind; no row: the kind's default (lms/notifications/kinds.py)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preferences"
    )
    kind = models.CharField(_("kind"), max_length=32)
    delivery = models.CharField(_("e-mail"), max_length=8, choices=Delivery.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "kind"],
                name="notifications_notificationpreference_unique_user_kind",
            )
        ]

    def __str__(self):
        return f"{self.kind}: {self.delivery}"


class NotificationDigest(models.Model):
    """One digest per person per local (Asia/Bishkek) day: the constraint makes a second run,
    or a second beat process, send nothing."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_digests"
    )
    day = models.DateField(_("day"))
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    count = models.PositiveIntegerField(_("notifications"), default=0)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "day"],
                name="notifications_notificationdigest_unique_recipient_day",
            )
        ]

    def __str__(self):
        return f"{self.recipient_id} {self.day}"
