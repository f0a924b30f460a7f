"""Journeys as a person takes them, keyboard only, each ending in a screenshot to look at.

Journey (b) of issue 9 starts here: registration, confirmation and the switch of language.
Enrolment, lessons, the quiz and the certificate join it as those features land.
"""

from lms.accounts.models import User
from tests.e2e.accessibility import tab_to
from tests.e2e.accounts import NewLearner, register_with_keyboard
from tests.e2e.mailbox import link_path, wait_for_mail


def test_new_learner_registers_confirms_and_switches_to_kyrgyz(page, mailoutbox, screenshot):
    learner = NewLearner()
    page.goto("/ru/accounts/register/")

    register_with_keyboard(page, learner)
    assert page.locator("h1").inner_text() == "Проверьте электронную почту"
    assert learner.email in page.locator("main").inner_text()

    # The e-mail, in the language the learner chose (Russian), links to the Russian page.
    message = wait_for_mail(mailoutbox, to=learner.email)
    assert "Подтвердите" in message.subject
    page.goto(link_path(message.body, "/ru/accounts/confirm/"))
    assert page.locator("h1").inner_text() == "Подтвердите адрес электронной почты"
    tab_to(page, "main form button[type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert page.url.endswith("/ru/accounts/profile/")
    assert page.locator("h1").inner_text() == "Ваш профиль"
    account = page.locator(".account-nav")
    assert account.get_by_text("Айгүл").is_visible()
    assert User.objects.get(email=learner.email).email_confirmed_at is not None

    tab_to(page, ".language-switcher a[lang=ky]")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert page.url.endswith("/ky/accounts/profile/")
    assert page.locator("html").get_attribute("lang") == "ky"
    assert page.locator("h1").inner_text() == "Сиздин профилиңиз"
    assert account.get_by_text("Айгүл").is_visible(), "still signed in"
    assert screenshot("learner_registers_confirms_switches_language").stat().st_size > 0
