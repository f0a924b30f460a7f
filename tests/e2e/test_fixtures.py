"""The browser-test fixtures themselves, so journeys can rely on them."""


def test_login_as_gives_the_browser_the_users_session(page, login_as, make_user):
    trainer = make_user(role="Trainer", full_name="Нургүл Осмонова")

    login_as(trainer)
    page.goto("/ky/")

    account = page.locator(".account-nav")
    assert account.get_by_text("Нургүл").is_visible()
    assert account.locator("a[href='/admin/']").is_visible()
