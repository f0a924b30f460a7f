"""RSS feeds of cases and news, one per language (each index page serves its own)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from cms.models import CaseStudyPage, NewsPage

FEED_SIZE = 30


class _PageFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_object(self, request, index):
        self.request = request
        self.language = index.locale.language_code
        return index

    def title(self, index):
        return index.seo_title or index.title

    def link(self, index):
        return index.get_full_url(self.request)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return f"{item.get_full_url(self.request)}#{item.translation_key}"


class CaseFeed(_PageFeed):
    """The newest live cases in the index's language."""

    def description(self, index):
        return _("New cases of the best-practice portal")

    def items(self, index):
        return (
            CaseStudyPage.objects.live()
            .public()
            .child_of(index)
            .defer_streamfields()
            .order_by("-first_published_at")[:FEED_SIZE]
        )

    def item_pubdate(self, item):
        return item.first_published_at


class NewsFeed(_PageFeed):
    """The newest live news items in the index's language."""

    def description(self, index):
        return _("News of the platform")

    def items(self, index):
        return (
            NewsPage.objects.live()
            .public()
            .child_of(index)
            .defer_streamfields()
            .order_by("-date", "-pk")[:FEED_SIZE]
        )

    def item_pubdate(self, item):
        return item.first_published_at
