"""Every screen fits a 375-pixel phone: no page scrolls sideways, on any route of ours.

The routes come from the URL resolver with the demo's objects (tests/guards/routes.py), so a
new screen is checked the day it is added, as the person it is for sees it, in Kyrgyz, Russian
and English. Wide content (tables, code, charts) must scroll inside its own box, never widen
the page, and such a box must be reachable by keyboard and named.

Why the participants page (850 px wide in issue 19) once passed here: the walk ran in English
only, with the demo's short names and a handful of participants, and only the page's own
scroll width was measured. Now each language is walked, the course has participants with long
names, e-mail addresses and municipalities, and any element standing out past the screen's
edge fails too, even where an ancestor hides the overflow.
"""

from urllib.parse import quote

from django.contrib.auth import get_user_model
from django.db.models.functions import Length
from django.test import Client

from wagtail.models import Locale

import pytest

from tests.guards.demo import demo_build
from tests.guards.routes import page_routes, routes
from tests.guards.test_permissions import ALLOWED

PHONE = {"width": 375, "height": 812}
# What stands out past the right edge, outside the boxes that scroll on purpose; and every box
# that does scroll sideways, with what a keyboard and a screen reader need of it.
OVERFLOW = """() => {
    const width = document.documentElement.clientWidth;
    // Not what a closed <details> or a hidden element holds: it takes no room on the screen.
    const visible = (el) => el.checkVisibility({visibilityProperty: true});
    // Wagtail's admin lays out its own screens (its components' classes start with "w-"): there
    // only the page's own width counts, and our boxes inside it.
    const admin = location.pathname.startsWith("/admin/");
    const wagtails = (el) => [...el.classList].some((c) => c.startsWith("w-"));
    const inScrollBox = (el) => {
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
            const overflow = getComputedStyle(p).overflowX;
            if (overflow === "auto" || overflow === "scroll") return true;
        }
        return false;
    };
    const name = (el) => el.tagName.toLowerCase()
        + (el.id ? "#" + el.id : "")
        + (typeof el.className === "string" && el.className
            ? "." + el.className.trim().split(/\\s+/).join(".") : "");
    const wide = admin ? [] : [...document.querySelectorAll("body *")]
        .filter((el) => visible(el) && el.getBoundingClientRect().right > width + 1
            && getComputedStyle(el).position !== "fixed" && !inScrollBox(el))
        .slice(0, 3)
        .map(name);
    const boxes = [...document.querySelectorAll("body *")]
        .filter((el) => {
            const overflow = getComputedStyle(el).overflowX;
            return (overflow === "auto" || overflow === "scroll") && visible(el)
                && el.scrollWidth > el.clientWidth + 1 && !wagtails(el);
        })
        .filter((el) => !(el.tabIndex >= 0 && (el.getAttribute("aria-label")
            || el.getAttribute("aria-labelledby"))))
        .map(name);
    return {scroll: document.documentElement.scrollWidth, width, wide, unreachable: boxes};
}"""

# Long, real-looking names: a phone must wrap them, not widen the page for them.
LONG_PEOPLE = [
    (
        "Жылдызкан Абдыкадыровна Токтосунбекова-Эркинбекова",
        "zhyldyzkan.abdykadyrovna.toktosunbekova-erkinbekova@ayil-okmotu-example.kg",
    ),
    (
        "Александра Владимировна Константинопольская-Кыдыралиева",
        "aleksandra.konstantinopolskaya-kydyralieva.buhgalteriya@example.org",
    ),
]


def people_with_long_names(demo) -> None:
    """Participants, and a trainer and learner, whose names and addresses are long."""
    from courses.enrolment.models import Enrollment
    from lms.places.models import Municipality

    longest = Municipality.objects.order_by(Length("name_ru").desc()).first()
    course_key = demo.values["course_key"]
    for number in range(14):
        full_name, email = LONG_PEOPLE[number % 2]
        person = get_user_model().objects.create_user(
            email=email.replace("@", f"{number}@"),
            password="x",
            full_name=full_name,
            municipality=longest,
        )
        Enrollment.objects.create(user=person, course_key=course_key)
    for role in ("learner", "admin", "trainer"):
        user = demo.users[role]
        user.full_name, user.municipality = LONG_PEOPLE[0][0], longest
        user.save(update_fields=["full_name", "municipality"])


def _pages_in(demo, language: str) -> dict:
    """The demo's live page of each type, in `language` where translated (else the Kyrgyz)."""
    locale = Locale.objects.get(language_code=language)
    return {
        kind: ((page.get_translation_or_none(locale) or page).specific, audience)
        for kind, (page, audience) in demo.pages.items()
    }


def _html_routes(demo, language: str):
    """(role, route) for every route that answers its audience with an HTML page."""
    found = []
    for route in routes(demo.values, language) + page_routes(_pages_in(demo, language)):
        if route.name.endswith("_results"):
            continue  # Wagtail's listing fragments, fetched into a page that scrolls them
        role = ALLOWED[route.audience][0]
        # A route that fails (500) is the permission guards' to report; here it is left out.
        client = Client(HTTP_ACCEPT_LANGUAGE=language, raise_request_exception=False)
        if role != "anonymous":
            client.force_login(demo.users[role])
        response = client.get(route.url)
        if response.status_code == 200 and "text/html" in response.get("Content-Type", ""):
            found.append((role, route))
    return found


def phone_width_failures(page, url: str) -> list[str]:
    """What is wrong with `url` on a 375-pixel phone, in words (empty when it fits)."""
    page.goto(url)
    measured = page.evaluate(OVERFLOW)
    failures = []
    if measured["scroll"] > measured["width"] + 1 or measured["wide"]:
        failures.append(f"{measured['scroll']} px wide, widened by {measured['wide']}")
    if measured["unreachable"]:
        failures.append(f"scrolls inside {measured['unreachable']} without tabindex=0 and a label")
    return failures


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_every_screen_fits_a_375_pixel_phone(page, login_as, settings, tmp_path, language):
    settings.MEDIA_ROOT = tmp_path / "media"
    demo = demo_build()
    people_with_long_names(demo)
    screens = _html_routes(demo, language)
    assert len(screens) >= 50, len(screens)
    assert any(route.name == "progress:participants" for _, route in screens)
    page.set_viewport_size(PHONE)
    failures, signed_in = [], None
    for role, route in sorted(screens, key=lambda item: item[0]):
        if role != signed_in:
            page.context.clear_cookies()
            if role != "anonymous":
                login_as(demo.users[role])
            signed_in = role
        for failure in phone_width_failures(page, route.url):
            failures.append(f"{route.name} ({route.url}) as {role}: {failure}")
    assert not failures, "\n".join(failures)


def test_the_width_check_catches_a_wide_table_and_an_unreachable_scroll_box(page):
    """The check itself: a table wider than the phone fails outside a scroll box, and a scroll
    box passes only when a keyboard can reach it and it has a name."""
    page.set_viewport_size(PHONE)
    wide = "<table><tr>" + "<td>Токтосунбекова-Эркинбекова</td>" * 6 + "</tr></table>"
    cases = {
        "bare": (wide, ["px wide"]),
        "hidden": (f"<div style='overflow:hidden'>{wide}</div>", ["px wide"]),
        "box": (f"<div style='overflow-x:auto'>{wide}</div>", ["without tabindex"]),
        "labelled box": (
            f"<div style='overflow-x:auto' tabindex='0' aria-label='Figures'>{wide}</div>",
            [],
        ),
    }
    for name, (body, expected) in cases.items():
        html = f"<html lang='ru'><body>{body}</body></html>"
        found = phone_width_failures(page, "data:text/html;charset=utf-8," + quote(html))
        assert len(found) == len(expected), (name, found)
        for failure, words in zip(found, expected, strict=True):
            assert words in failure, (name, failure)


MENU = ".site-header .site-menu > summary"


def test_the_header_folds_into_a_menu_button_on_a_phone_and_opens_by_keyboard(
    page, login_as, make_user
):
    """Below 720 px the header is the site's name and a "Menu" button (a <details>: no script
    needed); the keyboard opens it and reaches every link; from 720 px the links stand open."""
    login_as(make_user(role="Learner", full_name="Бурул Кадырова"))
    page.set_viewport_size(PHONE)
    page.goto("/ru/")
    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= 80, header  # about a tenth of the screen, not a quarter
    button = page.locator(MENU)
    assert button.is_visible()
    assert button.inner_text().strip()  # "Menu", in words (a button's name)
    assert page.locator(".site-header summary").count() == 1
    for hidden in (".account-nav", ".language-switcher"):
        assert not page.locator(hidden).is_visible(), hidden
    assert page.get_by_role("banner").count() == 1  # the header stays the banner landmark

    # Keyboard: the skip link, the site's name, then the menu button; Enter opens it.
    for _ in range(3):
        page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.matches('.site-menu > summary')")
    assert page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return s.outlineStyle !== 'none' && s.boxShadow !== 'none'; }"
    ), "the menu button shows the focus ring"
    page.keyboard.press("Enter")
    assert page.locator(".site-menu").get_attribute("open") is not None
    account = page.get_by_role("navigation", name="Ваша учётная запись")
    assert account.is_visible()
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.closest('.site-menu__panel') !== null")
    assert account.get_by_role("link", name="Моё обучение").is_visible()
    assert page.get_by_role("navigation", name="Язык").is_visible()
    # The open menu covers the page below the header, it does not widen it.
    assert page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"]
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    assert page.locator(".site-menu").get_attribute("open") is None

    page.set_viewport_size({"width": 1280, "height": 800})
    assert not button.is_visible()
    assert account.is_visible()
    assert page.locator(".site-header").bounding_box()["height"] <= 80


def test_results_come_before_the_filters_on_a_phone(page, make_user):
    """On a phone the first course and the first case are on the first screen; the filters
    wait behind a "Filter" button that counts the filters chosen; on a wide screen they stand
    open beside the results."""
    from tests.e2e.content import course_create, portal_create

    portal = portal_create()
    course = course_create(trainer=make_user(role="Trainer"))
    catalogue = course.pages["ru"]["course"].get_parent().url
    page.set_viewport_size(PHONE)
    screens = {
        "catalogue": (catalogue, ".course-card", ".catalogue-filters"),
        "portal": (portal.url("ru"), ".case-card", ".facets"),
    }
    for name, (url, result, filters) in screens.items():
        page.goto(url)
        first = page.locator(result).first.bounding_box()
        assert first["y"] < PHONE["height"], (name, first)
        assert not page.locator(filters).is_visible(), name
        summary = page.locator(".filter-box > summary")
        assert summary.inner_text().strip() == "Фильтр", name
        summary.focus()
        page.keyboard.press("Enter")
        assert page.locator(filters).is_visible(), name
        # A filter chosen: the button counts it, and the results stay first.
        page.locator(f"{filters} a").filter(has_text="(").first.click()
        assert page.locator(".filter-box > summary").inner_text().strip() == "Фильтр (1)", name
        assert page.locator(result).first.bounding_box()["y"] < PHONE["height"], name

    page.set_viewport_size({"width": 1280, "height": 800})
    for name, (url, result, filters) in screens.items():
        page.goto(url)
        assert not page.locator(".filter-box > summary").is_visible(), name
        assert page.locator(filters).is_visible(), name
        assert page.locator(result).first.bounding_box()["y"] < 800, name
