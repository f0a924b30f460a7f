"""Reads for the news pages."""

from django.db.models import QuerySet

from cms.models.news import NewsIndexPage, NewsPage


def news_list(*, index: NewsIndexPage) -> QuerySet:
    """Live news items under this index, newest first, with cover images."""
    return (
        NewsPage.objects.live()
        .public()
        .child_of(index)
        .order_by("-date", "-pk")
        .select_related("cover_image")
        .defer_streamfields()
    )
