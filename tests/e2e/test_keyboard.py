"""Keyboard-only use: the skip link, and registration without a mouse."""

from django.urls import reverse
from django.utils import translation

from lms.accounts.models import Position, User
from tests.e2e.accessibility import focused
from tests.e2e.accounts import NewLearner, register_with_keyboard, sign_in_with_keyboard


def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_main(page):
    page.goto("/ky/")

    page.keyboard.press("Tab")
    first = focused(page)
    assert "skip-link" in first["classes"]
    assert first["text"] == "Негизги мазмунга өтүү"
    box = page.locator(".skip-link").bounding_box()
    assert box["x"] >= 0 and box["y"] >= 0, "the focused skip link must be on screen"

    page.keyboard.press("Enter")
    assert focused(page)["id"] == "main"
    assert page.url.endswith("/ky/#main")


def test_every_tab_stop_shows_where_the_focus_is(page, subtests):
    for path in ["/ky/", "/ru/accounts/register/"]:
        with subtests.test(path=path):
            page.goto(path)
            stops = []
            for _ in range(40):
                page.keyboard.press("Tab")
                stop = focused(page)
                if stop["tag"] == "body" or stop in stops:
                    break  # past the last stop
                stops.append(stop)
            assert len(stops) >= 5
            hidden = [stop for stop in stops if not stop["indicated"]]
            assert not hidden, f"Tab stops with no visible focus indicator: {hidden}"


def test_registration_form_works_with_the_keyboard_alone(page):
    language = "ru"
    with translation.override(language):
        page.goto(reverse("accounts:register"))
    learner = NewLearner()

    register_with_keyboard(page, learner)

    with translation.override(language):
        assert page.url.endswith(reverse("accounts:register_done"))
    user = User.objects.get(email=learner.email)
    assert user.full_name == learner.full_name
    assert user.check_password(learner.password)
    assert user.position == Position.values[0]
    assert user.preferred_language == language
    assert user.email_confirmed_at is None


def test_sign_in_works_with_the_keyboard_alone(page, make_user, password):
    user = make_user(role="Learner", full_name="Бакыт Асанов", preferred_language="ru")
    page.goto("/ky/accounts/login/")

    sign_in_with_keyboard(page, email=user.email, password=password)

    # Signed in, the learner lands on My learning in the sign-in page's language (issue 19).
    assert page.url.endswith("/ky/my/")
    assert page.locator(".account-nav").get_by_text("Бакыт").is_visible()
