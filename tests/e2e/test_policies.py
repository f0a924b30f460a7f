"""Issue 25, point 1: a manager publishes a new privacy notice in the admin; a learner who
signs in is asked to accept it before anything else, accepts, and lands where they were going.

Photographed at 1280 and 375 pixels: tests/e2e/screenshots/policies_*.png.
"""

from django.utils import translation

import pytest

from lms.policies.models import PolicyAcceptance, SitePolicy
from lms.policies.services import (
    policy_version_create,
    policy_version_publish,
    policy_versions_accept,
)
from tests.e2e.accessibility import axe_check
from tests.e2e.accounts import sign_in_with_keyboard

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


def texts(n: int, **changes) -> dict:
    return {
        "title": "Купуялык саясаты",
        "title_ru": "Политика конфиденциальности",
        "title_en": "Privacy notice",
        "summary": f"Биз сиздин аты-жөнүңүздү жана окууңузду сактайбыз ({n}).",
        "summary_ru": f"Мы храним ваше имя и ход обучения ({n}).",
        "summary_en": f"We keep your name and your learning ({n}).",
        "body": f"<h2>Эмнени сактайбыз</h2><p>Аты-жөнүңүз, почтаңыз, упайларыңыз ({n}).</p>",
        "body_ru": f"<h2>Что мы храним</h2><p>Имя, почту, баллы ({n}).</p>",
        "body_en": f"<h2>What we hold</h2><p>Your name, e-mail, scores ({n}).</p>",
        **changes,
    }


def both_widths(page, screenshot, name: str) -> None:
    """The page at 1280, then as a phone shows it (no sideways scroll there)."""
    page.set_viewport_size(DESKTOP)
    assert screenshot(f"{name}_1280").stat().st_size > 0
    page.set_viewport_size(PHONE)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{page.url} is {width} px wide on a phone"
    assert screenshot(f"{name}_375").stat().st_size > 0
    page.set_viewport_size(DESKTOP)


@pytest.fixture
def privacy_v1(db):
    policy = SitePolicy.objects.get(kind="privacy")
    return policy_version_publish(version=policy_version_create(policy=policy, **texts(1)))


def test_a_new_version_is_published_and_a_learner_accepts_it_on_sign_in(
    page, login_as, make_user, password, privacy_v1, screenshot
):
    learner = make_user(role="Learner", full_name="Жылдыз Мамытова", preferred_language="ky")
    policy_versions_accept(user=learner, versions=[privacy_v1], language="ky")
    manager = make_user(role="Manager", full_name="Бакыт Жумабеков", preferred_language="ru")
    draft = policy_version_create(
        policy=privacy_v1.policy,
        created_by=manager,
        **texts(
            2,
            changes="Окуу окуяларын сактоо мөөнөтү кошулду.",
            changes_ru="Добавлен срок хранения учебных событий.",
            changes_en="Added how long learning events are kept.",
        ),
    )

    # The manager publishes the draft in the admin.
    login_as(manager)
    page.goto(f"/admin/snippets/policies/policyversion/publish/{draft.pk}/")
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    draft.refresh_from_db()
    assert draft.version == 2 and draft.is_published
    page.context.clear_cookies()

    # The learner opens a page, signs in from it, and is asked first.
    page.goto("/ky/certificates/verify/")
    with page.expect_navigation():
        page.locator("a[href^='/ky/accounts/login/?next=']").first.click()
    sign_in_with_keyboard(page, email=learner.email, password=password)
    assert "/ky/policies/accept/" in page.url
    assert "next=/ky/certificates/verify/" in page.url.replace("%2F", "/")
    assert page.locator("legend").inner_text().startswith("Купуялык саясаты")
    assert "Окуу окуяларын сактоо мөөнөтү кошулду." in page.locator("main").inner_text()
    axe_check(page)
    both_widths(page, screenshot, "policies_accept")

    # Sending without the tick: refused, asked again, nothing recorded.
    with page.expect_navigation():
        page.locator("main form.form button[type=submit]").click()
    assert page.locator(".policy-accept--error").count() == 1
    assert not PolicyAcceptance.objects.filter(user=learner, version=draft).exists()
    axe_check(page)
    both_widths(page, screenshot, "policies_accept_error")

    # The full text opens in place, without leaving the page.
    page.locator(".policy-accept__text summary").click()
    assert page.locator(".policy-accept__text .rich-text").is_visible()

    page.locator(f"#id_accept_{draft.pk}").check()
    with page.expect_navigation():
        page.locator("main form.form button[type=submit]").click()
    assert page.url.endswith("/ky/certificates/verify/")
    acceptance = PolicyAcceptance.objects.get(user=learner, version=draft)
    assert acceptance.language == "ky"

    # Asked once: the next page opens as usual.
    page.goto("/ky/my/")
    assert page.url.endswith("/ky/my/")


def test_the_policy_page_lists_the_versions_in_each_language(page, privacy_v1, screenshot):
    policy_version_publish(
        version=policy_version_create(
            policy=privacy_v1.policy, **texts(2, changes_ru="Уточнены сроки хранения.")
        )
    )
    for language, heading in (("ky", "Эмнени сактайбыз"), ("ru", "Что мы храним")):
        with translation.override(language):
            page.goto(f"/{language}/policies/privacy/")
        assert page.locator("html").get_attribute("lang") == language
        assert heading in page.locator("main").inner_text()
        assert page.locator(".policy__versions li").count() == 2
        axe_check(page)
    both_widths(page, screenshot, "policies_privacy_page")
    # The footer links to both policies.
    assert page.locator("footer a[href='/ru/policies/privacy/']").count() == 1
    assert page.locator("footer a[href='/ru/policies/terms/']").count() == 1
