"""Site search over courses, cases and news in the reader's language."""

from django.apps import apps
from django.shortcuts import render
from django.utils.html import escape
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from lms.search_text import pages_search, text_marked, text_passage

# Named by label so cms works with or without the courses app (cms never imports courses).
SEARCHED_TYPES = (
    ("catalogue.CoursePage", _("Courses")),
    ("portal.CaseStudyPage", _("Best practices")),
    ("news.NewsPage", _("News")),
)
RESULTS_PER_TYPE = 20


def _hit(page, q: str, language: str) -> dict:
    """A result with the words found marked: in the title, and in a passage of the page's own
    text (its summary when the words are only further down, in a course's lessons say)."""
    texts = page.search_field_texts() if hasattr(page, "search_field_texts") else []
    passage = text_passage(" ".join(texts), q, language=language)
    if passage is None:
        passage = escape(getattr(page, "summary", "") or page.search_description)
    return {
        "page": page,
        "title": text_marked(page.title, q, language=language),
        "passage": passage,
    }


def search(request):
    """One Wagtail search per installed page type, for any form of the words in the reader's
    language (lms.search_text); results grouped by type."""
    q = " ".join(request.GET.get("q", "").split())[:200]
    groups = []
    language = get_language()
    locale = Locale.objects.filter(language_code=language).first()
    if q and locale is not None:
        for label, title in SEARCHED_TYPES:
            try:
                model = apps.get_model(label)
            except LookupError:
                continue
            pages = model.objects.live().public().filter(locale=locale)
            results = list(pages_search(pages, q, language=language)[:RESULTS_PER_TYPE])
            if results:
                groups.append(
                    {"title": title, "results": [_hit(page, q, language) for page in results]}
                )
    return render(
        request,
        "cms/search.html",
        {"q": q, "groups": groups, "total": sum(len(g["results"]) for g in groups)},
    )
