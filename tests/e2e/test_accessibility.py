"""axe-core finds no serious or critical violation on the public pages, in every language."""

from django.urls import reverse
from django.utils import translation

import pytest

from tests.e2e.accessibility import axe_check

LANGUAGES = ["ky", "ru", "en"]
PAGES = {
    "home": lambda: reverse("wagtail_serve", args=[""]),
    "register": lambda: reverse("accounts:register"),
    "login": lambda: reverse("accounts:login"),
}


def url_for(name: str, language: str) -> str:
    with translation.override(language):
        return PAGES[name]()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", PAGES)
def test_page_has_no_serious_accessibility_violations(page, name, language):
    response = page.goto(url_for(name, language))
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == language
    axe_check(page)


def test_registration_errors_have_no_serious_accessibility_violations(page):
    """The form as re-rendered with errors: messages must stay tied to their fields."""
    page.goto(url_for("register", "ru"))
    page.locator("main form button[type=submit]").click()
    assert page.locator(".field--error").count() >= 3
    axe_check(page)


def test_axe_check_fails_on_a_serious_violation(browser):
    """The helper itself: a missing alt text, page language and contrast each fail."""
    page = browser.new_page()
    try:
        page.set_content(
            "<title>t</title><main><h1>t</h1><img src='data:,'>"
            "<p style='color:#ccc'>pale text</p></main>"
        )
        with pytest.raises(pytest.fail.Exception) as failure:
            axe_check(page)
    finally:
        page.close()
    assert "image-alt (critical)" in str(failure.value)
    assert "html-has-lang (serious)" in str(failure.value)
    assert "color-contrast (serious)" in str(failure.value)
