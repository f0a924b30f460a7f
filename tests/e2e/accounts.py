"""Account steps a person takes in the browser, with the keyboard alone, shared by the tests."""

from dataclasses import dataclass

from tests.e2e.accessibility import focused, tab_to


@dataclass(frozen=True)
class NewLearner:
    email: str = "aigul.toktogulova@example.org"
    password: str = "Kyzyl-Suu-2026!"
    full_name: str = "Айгүл Токтогулова"


def press_and_expect(page, key: str, element_id: str) -> None:
    """Press `key`; the element `element_id` must then have the focus (the tab order)."""
    page.keyboard.press(key)
    now = focused(page)
    assert now["id"] == element_id, f"after {key}, focus is on {now}, not #{element_id}"


def register_with_keyboard(page, learner: NewLearner) -> None:
    """Fill in and send the registration form on the current page with Tab, typing and Enter.

    Checks the tab order on the way: e-mail, the two passwords, name, municipality (left
    empty), position (first choice, by arrow key), gender and language (left as offered),
    then the submit button; the hidden anti-spam field is never a stop. The municipality
    picker's type-ahead box comes before its list.
    """
    tab_to(page, "#id_email")
    page.keyboard.type(learner.email)
    for element_id, text in (
        ("id_password1", learner.password),
        ("id_password2", learner.password),
        ("id_full_name", learner.full_name),
    ):
        press_and_expect(page, "Tab", element_id)
        page.keyboard.type(text)
    # The municipality picker's type-ahead box (lms/places), then its grouped list.
    press_and_expect(page, "Tab", "id_municipality_filter")
    press_and_expect(page, "Tab", "id_municipality")
    press_and_expect(page, "Tab", "id_position")
    page.keyboard.press("ArrowDown")
    press_and_expect(page, "Tab", "id_gender")
    press_and_expect(page, "Tab", "id_preferred_language")
    page.keyboard.press("Tab")
    button = focused(page)
    assert button["tag"] == "button", f"after the form's last field, focus is on {button}"
    with page.expect_navigation():
        page.keyboard.press("Enter")


def sign_in_with_keyboard(page, *, email: str, password: str) -> None:
    """Sign in on the current sign-in page: Tab to the e-mail, type both, Enter."""
    tab_to(page, "#id_username")
    page.keyboard.type(email)
    press_and_expect(page, "Tab", "id_password")
    page.keyboard.type(password)
    with page.expect_navigation():
        page.keyboard.press("Enter")
