"""The home page, standard pages and the SEO fields every public page shares."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import BodyBlock
from cms.selectors import home_sections
from lms.slugs import AsciiSlugMixin


class SeoMixin(models.Model):
    """An Open Graph image beside Wagtail's own SEO title and search description."""

    og_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("social sharing image"),
        help_text=_("Shown when the page is shared on social networks and messengers."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    promote_panels = [*Page.promote_panels, FieldPanel("og_image")]

    class Meta:
        abstract = True

    def __str__(self):
        return getattr(self, "title", "")

    def get_og_image(self):
        """The image to share: the page's own choice, else its cover if it has one."""
        return self.og_image or getattr(self, "cover_image", None)


class HomePage(AsciiSlugMixin, SeoMixin, Page):
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


class StandardPage(AsciiSlugMixin, SeoMixin, Page):
    """A plain page of text: About, terms, contacts."""

    intro = models.TextField(_("introduction"), blank=True, max_length=800)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["cms.HomePage", "cms.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
