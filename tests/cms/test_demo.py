"""The portal's demo content: built in every language, idempotent, places resolved by code."""

from django.core.management import call_command

import pytest

from cms.demo import about_page_create
from cms.models import StandardPage
from cms.news.demo import news_demo_create
from cms.news.models import NewsIndexPage, NewsPage
from cms.portal.demo import cases_demo_create
from cms.portal.models import BestPracticeIndexPage, CaseStudyPage
from lms.places.models import Municipality
from tests.factories.places import MunicipalityFactory

pytestmark = pytest.mark.django_db

TEXT = {
    lang: {
        "title": f"Case {lang}",
        "summary": f"Summary {lang}",
        "situation_before": "<p>Before</p>",
        "sustainability": "<p>S</p>",
        "challenges": "<p>C</p>",
        "lessons_learned": "<p>L</p>",
        "transferability": "<ol><li>Step</li></ol>",
        "body": [
            ("heading", f"Heading {lang}"),
            ("paragraph", f"<p>Paragraph {lang}</p>"),
            ("quote", {"text": "Q", "attribution": "A"}),
            ("image", {"motif": "park", "alt": f"Alt {lang}", "caption": f"Cap {lang}"}),
        ],
    }
    for lang in ("ky", "ru", "en")
}


def case_data(slug, code):
    return {
        "slug": slug,
        "theme": "intermunicipal-cooperation",
        "service_area": "landscaping",
        "mechanism": "imc-agreement",
        "municipalities": [code],
        "cluster": None,
        "population_served": 100,
        "municipality_population": 1000,
        "status": "completed",
        "year": 2021,
        "budget": {"amount": 5000000, "currency": "KGS"},
        "cover": {"motif": "cluster", "alt": {"ky": "a", "ru": "б", "en": "c"}},
        "gallery": [
            {"motif": "chart", "caption": {"ky": "к", "ru": "р", "en": "e"}, "credit": "X"}
        ],
        "key_figures": [
            {
                "label": {"ky": "Көрсөткүч", "ru": "Показатель", "en": "Figure"},
                "before": 1,
                "after": 2,
                "unit": "%",
            }
        ],
        "timeline": [{"date": "2021-05", "event": {"ky": "Окуя", "ru": "Событие", "en": "Event"}}],
        "partners": [{"name": "P", "kind": "ngo", "support": ["technical", "political"]}],
        "funding_sources": [
            {
                "source": {"ky": "Грант", "ru": "Грант РУ", "en": "Grant"},
                "amount": 10,
                "currency": "USD",
            }
        ],
        "text": TEXT,
    }


NEWS = [
    {
        "slug": "grants",
        "date": "2021-02-15",
        "cover": {"motif": "meeting", "alt": {"ky": "a", "ru": "b", "en": "c"}},
        "text": {
            lang: {"title": f"News {lang}", "summary": "S", "body": [("paragraph", "<p>x</p>")]}
            for lang in ("ky", "ru", "en")
        },
    }
]
ABOUT = {
    "slug": "about",
    "text": {
        lang: {"title": f"About {lang}", "intro": "I", "body": [("heading", "H")]}
        for lang in ("ky", "ru", "en")
    },
}


def test_portal_demo_builds_translated_pages_and_is_idempotent(client, db):
    municipality = MunicipalityFactory(code="demo-village")
    cases = [case_data("first-case", "demo-village"), case_data("second-case", "unknown-code")]
    assert cases_demo_create(cases=cases) == 2
    assert news_demo_create(news=NEWS) == 1
    about_page_create(about=ABOUT)
    # A second run finds everything there and makes nothing new.
    assert cases_demo_create(cases=cases) == 0
    assert news_demo_create(news=NEWS) == 0
    about_page_create(about=ABOUT)
    assert CaseStudyPage.objects.count() == 6
    assert NewsPage.objects.count() == 3
    assert StandardPage.objects.count() == 3
    ky = CaseStudyPage.objects.get(slug="first-case", locale__language_code="ky")
    ru = ky.get_translation(ky.locale.__class__.objects.get(language_code="ru"))
    assert ru.translation_key == ky.translation_key and ru.live
    assert list(ru.municipalities.all()) == [municipality]
    assert ru.key_figures.get().label == "Показатель"
    assert ru.timeline.get().event == "Событие"
    assert ru.documents.get().title == "План действий по улучшению услуг (демо)"
    assert ru.documents.get().document.file.read().startswith(b"%PDF-")
    assert ru.funding_sources.get().source == "Грант РУ"
    assert ky.key_figures.get().label == "Көрсөткүч"
    assert ky.partners.get().technical and not ky.partners.get().financial
    for model, slug in ((BestPracticeIndexPage, "best-practices"), (NewsIndexPage, "news")):
        assert set(model.objects.values_list("slug", "show_in_menus")) == {(slug, True)}
    html = client.get("/ru/best-practices/first-case/").content.decode()
    assert "Показатель" in html and "Heading ru" in html and 'alt="Alt ru"' in html
    assert "Событие" in html
    assert "План действий по улучшению услуг (демо)" in html and "PDF" in html
    assert client.get("/en/news/grants/").status_code == 200
    assert "About en" in client.get("/en/about/").content.decode()
    menu = client.get("/ru/").content.decode()
    assert "Лучшие практики" in menu and "Новости" in menu and "About ru" in menu


def test_seed_demo_builds_the_portal(settings, client):
    pytest.importorskip("cms.news.demo_content")
    from cms.news.demo_content import NEWS
    from cms.portal.demo_content import CASES

    settings.DEBUG = True
    call_command("seed_demo")
    assert len(CASES) >= 8 and len(NEWS) >= 3
    # The demo competition's results leave one draft case per winning cluster, for review.
    live = CaseStudyPage.objects.live()
    assert live.filter(locale__language_code="ky").count() == len(CASES)
    assert live.count() == 3 * len(CASES)
    assert CaseStudyPage.objects.filter(live=False).count() == 5
    case = CaseStudyPage.objects.get(
        slug="teploklyuchenka-waste-contract", locale__language_code="ky"
    )
    assert case.municipalities.filter(code="teploklyuchenka").exists()
    assert Municipality.objects.filter(cases__isnull=False).exists()
    response = client.get("/ky/best-practices/")
    assert response.context["cases_page"].paginator.count == len(CASES)
    assert client.get(case.url).status_code == 200
