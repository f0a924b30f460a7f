"""Themes a signed-in person follows on the portal: a new case in one of them tells them."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.portal.models.cases import Theme


class ThemeFollow(models.Model):
    """One person following one theme (`CaseStudyPage.theme`), once."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="theme_follows",
    )
    theme = models.CharField(_("theme"), max_length=40, choices=Theme.choices)
    created = models.DateTimeField(_("since"), default=timezone.now)

    class Meta:
        verbose_name = _("followed theme")
        verbose_name_plural = _("followed themes")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "theme"], name="portal_themefollow_unique_user_theme"
            )
        ]
        indexes = [models.Index(fields=["theme"], name="portal_themefollow_theme")]

    def __str__(self):
        return f"{self.user_id}: {self.theme}"
