"""Reads for the news pages."""

from django.db.models import Prefetch, QuerySet

from wagtail.images import get_image_model

from cms.news.models import NewsIndexPage, NewsPage

CARD_RENDITION = "fill-480x270"


def news_list(*, index: NewsIndexPage) -> QuerySet:
    """Live news items under this index, newest first, with cover images."""
    return (
        NewsPage.objects.live()
        .public()
        .child_of(index)
        .order_by("-date", "-pk")
        .select_related("cover_image")
        .prefetch_related(
            Prefetch(
                "cover_image__renditions",
                queryset=get_image_model()
                .get_rendition_model()
                .objects.filter(filter_spec=CARD_RENDITION),
            )
        )
        .defer_streamfields()
    )
