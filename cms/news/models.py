"""News: an index page per language and dated news items."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cms.blocks import BodyBlock
from cms.models import SeoMixin
from lms.search_text import WORD_FORM_SEARCH_FIELDS, WordFormsIndexed
from lms.slugs import AsciiSlugMixin

NEWS_PER_PAGE = 12


class NewsIndexPage(AsciiSlugMixin, RoutablePageMixin, SeoMixin, Page):
    """The news list, newest first, with its feed."""

    intro = models.TextField(_("introduction"), blank=True, max_length=800)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        from django.core.paginator import Paginator

        from cms.news.selectors import news_list

        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(news_list(index=self), NEWS_PER_PAGE)
        context["news_page"] = paginator.get_page(request.GET.get("page"))
        context["feed_url"] = self.url + self.reverse_subpage("feed")
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        from cms.news.feeds import NewsFeed

        return NewsFeed()(request, index=self)


class NewsPage(AsciiSlugMixin, WordFormsIndexed, SeoMixin, Page):
    """A dated news item."""

    date = models.DateField(_("date"), default=timezone.localdate)
    summary = models.TextField(_("summary"), max_length=300)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_alt = models.CharField(_("cover image description"), max_length=250, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("cover_image"), FieldPanel("cover_alt")], heading=_("Cover image")
        ),
        FieldPanel("body"),
    ]
    search_text_fields = ("summary", "body")
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        *WORD_FORM_SEARCH_FIELDS,
        index.FilterField("date"),
    ]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
