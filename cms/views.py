"""Site search over courses, cases and news in the reader's language."""

from django.apps import apps
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

# Named by label so cms works with or without the courses app (cms never imports courses).
SEARCHED_TYPES = (
    ("catalogue.CoursePage", _("Courses")),
    ("portal.CaseStudyPage", _("Best practices")),
    ("news.NewsPage", _("News")),
)
RESULTS_PER_TYPE = 20


def search(request):
    """One Wagtail search per installed page type; results grouped by type."""
    q = " ".join(request.GET.get("q", "").split())[:200]
    groups = []
    locale = Locale.objects.filter(language_code=get_language()).first()
    if q and locale is not None:
        for label, title in SEARCHED_TYPES:
            try:
                model = apps.get_model(label)
            except LookupError:
                continue
            pages = model.objects.live().public().filter(locale=locale)
            results = list(pages.search(q)[:RESULTS_PER_TYPE])
            if results:
                groups.append({"title": title, "results": results})
    return render(
        request,
        "cms/search.html",
        {"q": q, "groups": groups, "total": sum(len(g["results"]) for g in groups)},
    )
