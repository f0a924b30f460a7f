"""Demo news items in every language, built in code and safe to run again."""

from datetime import date

from django.db import transaction

from cms.demo import (
    demo_body,
    demo_index_get_or_create,
    demo_publish,
    demo_text_in,
    demo_translations_create,
    home_pages_create,
)
from cms.demo_images import demo_image_get
from cms.models import HomePage
from cms.news.models import NewsIndexPage, NewsPage

INDEX_TEXT = {
    "news": {
        "ky": {"title": "Жаңылыктар", "intro": "Платформанын жана долбоордун жаңылыктары."},
        "ru": {"title": "Новости", "intro": "Новости платформы и проекта."},
        "en": {"title": "News", "intro": "News of the platform and the project."},
    },
}


@transaction.atomic
def news_demo_create(*, news: list, home: HomePage | None = None) -> int:
    """The news index and its items in every language; returns how many items are new."""
    home = home or home_pages_create()
    news_index = demo_index_get_or_create(
        NewsIndexPage, home=home, slug="news", texts=INDEX_TEXT["news"]
    )
    created = 0
    for item in news:
        page = NewsPage.objects.filter(locale=news_index.locale, slug=item["slug"]).first()
        if page is None:
            cover = item.get("cover") or {}
            page = NewsPage(
                slug=item["slug"],
                date=date.fromisoformat(item["date"]),
                cover_image=demo_image_get(motif=cover["motif"], variant=0) if cover else None,
            )
            _news_text_apply(page, item, "ky")
            news_index.add_child(instance=page)
            demo_publish(page)
            created += 1
        demo_translations_create(
            page,
            item["text"],
            lambda translation, code, item=item: _news_text_apply(translation, item, code),
        )
    return created


def _news_text_apply(page, item: dict, language: str) -> None:
    text = item["text"][language]
    page.title = text["title"]
    page.summary = text.get("summary", "")
    page.body = demo_body(text.get("body", []), language=language)
    page.cover_alt = demo_text_in((item.get("cover") or {}).get("alt", ""), language)
