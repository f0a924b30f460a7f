"""Issue 19, point 7: signing in lands where the work is, in the sign-in page's language.

Each person signs in with the form, in the browser, and the page they land on is photographed
at 1280 and 375 pixels (tests/e2e/screenshots/signin_*.png).
"""

from django.utils import translation
from django.utils.translation import gettext

from lms.accounts.models import User
from tests.e2e.accounts import sign_in_with_keyboard

PHONE = {"width": 375, "height": 812}


def both_widths(page, screenshot, name: str) -> None:
    """Photograph the page as it is, then as a phone shows it (no sideways scroll there)."""
    assert screenshot(f"{name}_1280").stat().st_size > 0
    page.set_viewport_size(PHONE)
    page.reload()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{page.url} is {width} px wide on a phone"
    assert screenshot(f"{name}_375").stat().st_size > 0


def test_a_manager_signing_in_in_kyrgyz_lands_on_the_kyrgyz_reports(
    page, make_user, password, screenshot
):
    # Her stored language is Russian, as in the issue: the sign-in page's Kyrgyz wins.
    manager = make_user(role="Manager", full_name="Гүлзат Бекова", preferred_language="ru")
    page.goto("/ky/accounts/login/")

    sign_in_with_keyboard(page, email=manager.email, password=password)

    assert page.url.endswith("/ky/teach/reports/")
    assert page.locator("html").get_attribute("lang") == "ky"
    with translation.override("ky"):
        assert page.locator("h1").inner_text() == gettext("Reports")
    assert User.objects.get(pk=manager.pk).preferred_language == "ru"  # left as she chose
    both_widths(page, screenshot, "signin_manager_reports")


def test_a_learner_signing_in_lands_on_my_learning(page, make_user, password, screenshot):
    learner = make_user(role="Learner", full_name="Бакыт Асанов", preferred_language="ky")
    page.goto("/ky/accounts/login/")

    sign_in_with_keyboard(page, email=learner.email, password=password)

    assert page.url.endswith("/ky/my/")
    with translation.override("ky"):
        assert page.locator("h1").inner_text() == gettext("My learning")
    both_widths(page, screenshot, "signin_learner_my_learning")


def test_a_trainer_signing_in_from_a_page_returns_to_it(page, make_user, password):
    """`next` from the header's "Sign in" wins over the role's landing."""
    trainer = make_user(role="Trainer", preferred_language="ky")
    page.goto("/ru/certificates/verify/")
    with page.expect_navigation():
        page.locator("a[href^='/ru/accounts/login/?next=']").first.click()

    sign_in_with_keyboard(page, email=trainer.email, password=password)

    assert page.url.endswith("/ru/certificates/verify/")
