"""Every screen fits a 375-pixel phone: no page scrolls sideways, on any route of ours.

The routes come from the URL resolver with the demo's objects (tests/guards/routes.py), so a
new screen is checked the day it is added, as the person it is for sees it. Wide content
(tables, code) must scroll inside its own box, never widen the page.
"""

from django.test import Client

from tests.guards.demo import demo_build
from tests.guards.routes import page_routes, routes
from tests.guards.test_permissions import ALLOWED

PHONE = {"width": 375, "height": 812}
OVERFLOW = """() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll("body *")]
        .filter((el) => el.getBoundingClientRect().right > width + 1
            && getComputedStyle(el).position !== "fixed")
        .filter((el) => ![...el.parentElement ? [el.parentElement] : []].some(
            (p) => p.closest("[data-scroll], .table-scroll, .table-wrap")))
        .slice(0, 3)
        .map((el) => el.tagName.toLowerCase() + (el.className ? "." + el.className : ""));
    return {scroll: document.documentElement.scrollWidth, width, wide};
}"""


def _html_routes(demo):
    """(role, route) for every route that answers its audience with an HTML page."""
    found = []
    for route in routes(demo.values) + page_routes(demo.pages):
        if route.name.endswith("_results"):
            continue  # Wagtail's listing fragments, fetched into a page that scrolls them
        role = ALLOWED[route.audience][0]
        client = Client(HTTP_ACCEPT_LANGUAGE="en")
        if role != "anonymous":
            client.force_login(demo.users[role])
        response = client.get(route.url)
        if response.status_code == 200 and "text/html" in response.get("Content-Type", ""):
            found.append((role, route))
    return found


def test_every_screen_fits_a_375_pixel_phone(page, login_as, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    demo = demo_build()
    screens = _html_routes(demo)
    assert len(screens) >= 50, len(screens)
    page.set_viewport_size(PHONE)
    failures, signed_in = [], None
    for role, route in sorted(screens, key=lambda item: item[0]):
        if role != signed_in:
            page.context.clear_cookies()
            if role != "anonymous":
                login_as(demo.users[role])
            signed_in = role
        page.goto(route.url)
        measured = page.evaluate(OVERFLOW)
        if measured["scroll"] > measured["width"] + 1:
            failures.append(
                f"{route.name} ({route.url}) as {role}: {measured['scroll']} px wide, "
                f"widened by {measured['wide']}"
            )
    assert not failures, "\n".join(failures)
