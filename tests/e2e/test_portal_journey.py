"""Journey (a) of issue 9: a visitor filters the best-practice portal, searches, opens a case.

In Russian, signed out, with the mouse as most visitors use it (the keyboard journey is (b)).
"""

from cms.portal.demo_content import CASES
from tests.e2e.content import portal_create

LIGHTING = next(case for case in CASES if case["slug"] == "street-lighting-private-operator")


def test_visitor_filters_searches_and_opens_a_case_in_russian(page, screenshot):
    portal = portal_create()
    page.goto(portal.url("ru"))
    assert page.locator("h1").inner_text() == "Лучшие практики"
    results = page.locator("#results-title")
    assert results.inner_text() == "Найдено кейсов: 3"

    # The theme facet narrows to private-sector involvement; the link says it is selected.
    theme = page.locator(".facets a", has_text="Привлечение частного сектора")
    theme.click()
    assert "theme=private-sector" in page.url
    assert results.inner_text() == "Найдено кейсов: 2"
    assert page.locator(".facets a[aria-current=true]").count() == 1
    assert page.locator(".case-list > li").count() == 2

    # A search within the selection keeps the facet and finds the lighting case alone.
    page.get_by_role("searchbox", name="Поиск кейсов").fill("освещения")
    with page.expect_navigation():
        page.get_by_role("searchbox", name="Поиск кейсов").press("Enter")
    assert "q=" in page.url and "theme=private-sector" in page.url
    assert results.inner_text() == "Найдено кейсов: 1"
    active = page.locator(".active-filters").inner_text()
    assert "освещения" in active and "Привлечение частного сектора" in active
    title = LIGHTING["text"]["ru"]["title"]
    page.locator(".case-list").get_by_role("link", name=title).click()

    # The case, in Russian, with its facts.
    assert page.url.endswith(portal.case_url(LIGHTING["slug"], "ru"))
    assert page.locator("html").get_attribute("lang") == "ru"
    assert page.locator("h1").inner_text() == title
    facts = page.locator(".fact-box").inner_text()
    assert "Джалал-Абадская область" in facts
    assert "Уличное освещение" in facts, facts
    assert page.locator(".case-cover img").is_visible()
    assert screenshot("visitor_filters_searches_opens_case").stat().st_size > 0
