"""axe-core finds no serious or critical violation on the public pages, in every language.

One test per language reuses one page for all the pages (a subtest each, so every failing page
is reported), which keeps the browser tests quick.
"""

from django.urls import reverse
from django.utils import translation

import pytest

from tests.e2e.accessibility import axe_check

PAGES = {
    "home": lambda: reverse("wagtail_serve", args=[""]),
    "register": lambda: reverse("accounts:register"),
    "login": lambda: reverse("accounts:login"),
}


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_public_pages_have_no_serious_accessibility_violations(page, subtests, language):
    for name, url in PAGES.items():
        with subtests.test(page=name):
            with translation.override(language):
                response = page.goto(url())
            assert response.status == 200
            assert page.locator("html").get_attribute("lang") == language
            axe_check(page)

    with subtests.test(page="register with errors"):
        # The form re-rendered with errors: each message must stay tied to its field.
        with translation.override(language):
            page.goto(PAGES["register"]())
        with page.expect_navigation():
            page.locator("main form button[type=submit]").click()
        assert page.locator(".field--error").count() >= 3
        axe_check(page)


def test_axe_check_fails_on_a_serious_violation(page):
    """The helper itself: a missing alt text, page language and contrast each fail.

    It takes the live-server `page` like its neighbours, so pytest-django runs it with them
    (transactional tests go last) and the browser starts once.
    """
    page.set_content(
        "<title>t</title><main><h1>t</h1><img src='data:,'>"
        "<p style='color:#ccc'>pale text</p></main>"
    )
    with pytest.raises(pytest.fail.Exception) as failure:
        axe_check(page)
    assert "image-alt (critical)" in str(failure.value)
    assert "html-has-lang (serious)" in str(failure.value)
    assert "color-contrast (serious)" in str(failure.value)
