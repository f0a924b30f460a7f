"""The home page: one per language, its menu, and a bounded number of queries."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, Site

import pytest

from cms.models import HomePage

pytestmark = pytest.mark.django_db


def add_menu_pages(home, count):
    for n in range(count):
        home.add_child(instance=Page(title=f"Section {n}", slug=f"section-{n}", show_in_menus=True))
    home.add_child(instance=Page(title="Hidden", slug="hidden", show_in_menus=False))


def test_default_site_serves_the_kyrgyz_home_page(home_page):
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific == home_page
    assert home_page.locale.language_code == "ky"
    languages = {p.locale.language_code for p in home_page.get_translations(inclusive=True)}
    assert languages == {"ky", "ru", "en"}


def test_menu_lists_pages_marked_for_menus_only(client, home_page):
    add_menu_pages(home_page, 2)
    html = client.get("/ky/").content.decode()
    assert 'aria-label="Негизги меню"' in html or "Section 0" in html
    assert "Section 0" in html and "Section 1" in html
    assert "Hidden" not in html


def test_menu_is_absent_when_nothing_is_marked(client, home_page):
    assert 'class="main-nav"' not in client.get("/ky/").content.decode()


def test_home_page_query_count_does_not_grow_with_menu_items(client, home_page):
    add_menu_pages(home_page, 1)
    client.get("/ky/")  # warm Wagtail's site and locale caches
    with CaptureQueriesContext(connection) as few:
        client.get("/ky/")
    add_menu_pages_more = [
        home_page.add_child(instance=Page(title=f"More {n}", slug=f"more-{n}", show_in_menus=True))
        for n in range(15)
    ]
    client.get("/ky/")  # the new pages started a new content version: warm the fragments again
    with CaptureQueriesContext(connection) as many:
        response = client.get("/ky/")
    assert "More 14" in response.content.decode()
    assert len(add_menu_pages_more) == 15
    # Same for 2 or 17 menu items: 6. Cold (or with FRAGMENT_CACHE_SECONDS=0) it is 17 = site,
    # locale, page routing (3), view restrictions, the localized home (2), the menu itself (1),
    # the course, case and news sections (2 each: view restrictions and the newest items), the
    # home page's locale and its translations for the hreflang links (2); warm, the menu, the
    # language switcher and the hreflang links come from the fragment cache (5 fewer), and the
    # site, the route, its view restrictions and the page the first render walked to are
    # remembered for the content version (lms.routing: 6 fewer).
    assert len(many) == len(few) == 6


def test_home_page_is_the_only_one_per_parent():
    assert HomePage.max_count_per_parent == 1
