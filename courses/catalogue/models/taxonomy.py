"""The managed list of course topics, named in each interface language."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel


class Topic(models.Model):
    """A subject area of the catalogue; language-independent so a filter works in every locale."""

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name_ky = models.CharField(_("name (Kyrgyz)"), max_length=120)
    name_ru = models.CharField(_("name (Russian)"), max_length=120, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=120, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name_ky"),
        FieldPanel("name_ru"),
        FieldPanel("name_en"),
        FieldPanel("slug"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["sort_order", "name_ky"]

    def __str__(self):
        return self.name

    @property
    def name(self) -> str:
        """The name in the current language, Kyrgyz when that one is empty."""
        language = (get_language() or "ky")[:2]
        return getattr(self, f"name_{language}", "") or self.name_ky
