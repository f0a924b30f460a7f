"""The news RSS feed: the newest items in the index's language."""

from django.utils.translation import gettext as _

from cms.feeds import FEED_SIZE, PageFeed
from cms.news.models import NewsPage


class NewsFeed(PageFeed):
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
