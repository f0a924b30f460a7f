"""Feeds, sitemap.xml, hreflang and Open Graph tags, and the site search."""

import xml.etree.ElementTree as ET

import pytest

from cms.demo_images import demo_image_get
from tests.factories.cms import case_create, locale, news_create, news_index

pytestmark = pytest.mark.django_db
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def parse(content: bytes):
    return ET.fromstring(content)  # noqa: S314 - our own response, in a test


@pytest.fixture
def translated_case(portal):
    case = case_create(
        portal, title="Кейс", summary="Кыскача", cover_image=demo_image_get(motif="water")
    )
    case.save_revision().publish()
    ru = case.copy_for_translation(locale("ru"))
    ru.title, ru.summary = "Кейс по-русски", "Кратко"
    ru.save_revision().publish()
    return case


def test_case_feed_lists_cases_of_its_language(client, translated_case):
    response = client.get("/ru/best-practices/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = parse(response.content).find("channel")
    assert channel.findtext("language") == "ru"
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert titles == ["Кейс по-русски"]
    ru_case = translated_case.get_translation(locale("ru"))
    assert channel.find("item").findtext("link") == ru_case.get_full_url()


def test_news_feed(client, home_page):
    index = news_index(home_page)
    news_create(index, title="Гранттар тапшырылды")
    channel = parse(client.get("/ky/news/feed/").content).find("channel")
    assert [i.findtext("title") for i in channel.findall("item")] == ["Гранттар тапшырылды"]


def test_sitemap_lists_every_language_with_alternates(client, home_page, translated_case):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = parse(response.content)
    urls = {u.findtext(f"{SITEMAP}loc"): u for u in root.findall(f"{SITEMAP}url")}
    for home in home_page.get_translations(inclusive=True):
        assert home.get_full_url() in urls
    case_url = translated_case.get_full_url()
    alternates = {
        link.get("hreflang"): link.get("href") for link in urls[case_url].findall(f"{XHTML}link")
    }
    assert alternates["ky"] == case_url
    assert alternates["ru"] == translated_case.get_translation(locale("ru")).get_full_url()
    assert alternates["x-default"] == case_url
    assert "en" not in alternates  # no English translation yet


def test_head_has_hreflang_og_tags(client, translated_case):
    html = client.get(translated_case.url).content.decode()
    assert '<link rel="alternate" hreflang="ru"' in html
    assert '<link rel="alternate" hreflang="ky"' in html
    assert '<meta property="og:image" content="http://testserver/' in html
    assert '<meta property="og:description" content="Кыскача">' in html
    assert '<meta name="description" content="Кыскача">' in html


def test_seo_title_replaces_the_title(client, translated_case):
    translated_case.seo_title = "SEO аталышы"
    translated_case.save_revision().publish()
    assert "<title>SEO аталышы ·" in client.get(translated_case.url).content.decode()


def test_site_search_finds_cases_and_news_in_the_language(client, home_page, portal):
    case_create(portal, title="Көчө жарыгы", summary="Фонарлар")
    news_create(news_index(home_page), title="Жарык боюнча семинар", summary="Семинар")
    response = client.get("/ky/search/?q=жарыгы")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Көчө <mark>жарыгы</mark>" in html  # the title, with the word found marked
    # "Жарык" is a form of the same word: the news item is found too.
    assert len(response.context["groups"]) == 2
    assert client.get("/ru/search/?q=жарыгы").context["total"] == 0
    titles = [g["title"] for g in client.get("/ky/search/?q=семинар").context["groups"]]
    assert len(titles) == 1
    assert client.get("/ky/search/").context["groups"] == []


def test_site_search_leaves_out_restricted_pages(client, portal):
    from wagtail.models import PageViewRestriction

    case_create(portal, title="Ачык жарык")
    hidden = case_create(portal, title="Жабык жарык")
    PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    html = client.get("/ky/search/?q=жарык").content.decode()
    assert "Ачык <mark>жарык</mark>" in html
    assert "Жабык" not in html


def test_site_search_query_count_does_not_grow_with_matches(client, home_page, portal):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    news = news_index(home_page)

    def count():
        client.get("/ky/search/?q=жарык")
        with CaptureQueriesContext(connection) as captured:
            client.get("/ky/search/?q=жарык")
        return len(captured)

    for n in range(3):
        case_create(portal, title=f"Жарык {n}")
        news_create(news, title=f"Жарык жаңылыгы {n}")
    few = count()
    for n in range(40):
        case_create(portal, title=f"Жарык кошумча {n}")
        news_create(news, title=f"Жарык жаңылыгы кошумча {n}")
    # 20 results a type at most. Same for 6 or 86 matches: 10 = the locale (1), per searched
    # type (courses, cases, news) view restrictions and the search (2 each, 6): 7. The site is
    # remembered for the content version (lms.routing) and the menu comes from the fragment
    # cache (cold they add 3: 10); a view, not a Wagtail page: no hreflang links, and with a
    # query string the switcher is rendered afresh (no query).
    assert count() == few == 7
