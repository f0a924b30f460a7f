"""Pages of the public site."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from cms.selectors import home_sections


class HomePage(Page):
    """The site's front page, one per language; its sections fill in as courses and cases appear."""

    hero_title = models.CharField(_("headline"), max_length=200)
    intro = models.TextField(_("introduction"), blank=True, max_length=800)
    cta_label = models.CharField(_("button label"), max_length=60, blank=True)
    cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("button links to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("hero_title"),
        FieldPanel("intro"),
        FieldPanel("cta_label"),
        FieldPanel("cta_page"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = home_sections(locale=self.locale)
        return context
