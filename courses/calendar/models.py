"""A person's private iCalendar address: a random secret in the URL, revocable."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

TOKEN_BYTES = 32  # 43 URL-safe characters: 256 bits, not guessable


def token_new() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


class CalendarFeed(models.Model):
    """One address per row; "Create a new address" revokes the old row and adds one, so a leaked
    address stops working. At most one live (not revoked) feed per person."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="calendar_feeds",
    )
    token = models.CharField(_("secret"), max_length=64, unique=True, default=token_new)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    revoked_at = models.DateTimeField(_("turned off"), null=True, blank=True)

    class Meta:
        verbose_name = _("calendar feed")
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=models.Q(revoked_at__isnull=True),
                name="calendar_calendarfeed_unique_live_user",
            )
        ]

    def __str__(self):
        return f"{self.user_id} · {self.created_at:%Y-%m-%d}"
