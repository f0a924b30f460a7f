"""The portal's RSS feed: the newest cases in the index's language."""

from django.utils.translation import gettext as _

from cms.feeds import FEED_SIZE, PageFeed
from cms.portal.models import CaseStudyPage


class CaseFeed(PageFeed):
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
