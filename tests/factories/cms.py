"""Builders for portal pages: indexes, cases and news, live and searchable."""

import itertools

from wagtail.models import Locale

from cms.news.models import NewsIndexPage, NewsPage
from cms.portal.models import BestPracticeIndexPage, CaseStudyPage
from tests.factories.places import MunicipalityFactory

_numbers = itertools.count()


def portal_index(home, *, slug="best-practices"):
    """The portal index under `home`, with translations under the home's translations."""
    index = home.add_child(instance=BestPracticeIndexPage(title="Portal", slug=slug))
    for translation in home.get_translations():
        index.copy_for_translation(translation.locale).save_revision().publish()
    return index


def news_index(home):
    return home.add_child(instance=NewsIndexPage(title="News", slug="news"))


def case_create(index, *, municipalities=None, **fields):
    """A live case with sensible defaults; pass any CaseStudyPage field to override."""
    n = next(_numbers)
    values = {
        "title": f"Case {n}",
        "slug": f"case-{n}",
        "summary": f"Summary of case {n}",
        "theme": "private-sector",
        "service_area": "solid-waste",
        "mechanism": "service-contract",
        "status": "ongoing",
        "year": 2020,
        **fields,
    }
    page = CaseStudyPage(**values)
    page.municipalities = municipalities or [MunicipalityFactory()]
    return index.add_child(instance=page)


def news_create(index, **fields):
    n = next(_numbers)
    values = {"title": f"News {n}", "slug": f"news-{n}", "summary": f"Summary {n}", **fields}
    return index.add_child(instance=NewsPage(**values))


def locale(code):
    return Locale.objects.get(language_code=code)
