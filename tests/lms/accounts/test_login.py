"""Signing in and out, and failed-login throttling."""

from django.urls import reverse

import pytest

pytestmark = pytest.mark.django_db


LOGIN_EN = "/en/accounts/login/"  # English, so the tests read the interface's own words


def login(client, email, password):
    return client.post(LOGIN_EN, {"username": email, "password": password})


def test_login_with_any_case_of_email_goes_to_my_learning_in_the_sign_in_language(
    client, home_page, make_user, password
):
    make_user(email="nurlan@example.org", preferred_language="ru")
    response = login(client, "Nurlan@Example.org", password)
    assert response.status_code == 302
    assert response.url == "/en/my/"


def test_wrong_password_rerenders_with_message(client, home_page, make_user):
    make_user(email="nurlan@example.org")
    response = login(client, "nurlan@example.org", "wrong-password")
    assert response.status_code == 200
    assert "wrong" in response.context["form"].non_field_errors()[0]
    assert not response.context["user"].is_authenticated


def test_login_is_throttled_after_five_failures(client, home_page, make_user, password, settings):
    make_user(email="target@example.org")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert login(client, "target@example.org", "guess").status_code == 200

    locked = login(client, "target@example.org", "guess")
    assert locked.status_code == 429
    assert "Too many failed sign-in attempts" in locked.content.decode()

    # Even the right password is refused while the lock holds.
    after = login(client, "target@example.org", password)
    assert after.status_code == 429
    assert "_auth_user_id" not in client.session


def test_lockout_does_not_touch_other_accounts(client, home_page, make_user, password, settings):
    make_user(email="target@example.org")
    make_user(email="colleague@example.org")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        login(client, "target@example.org", "guess")
    assert login(client, "colleague@example.org", password).status_code == 302


def test_successful_login_resets_failure_count(client, home_page, make_user, password, settings):
    make_user(email="target@example.org")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        login(client, "target@example.org", "guess")
    assert login(client, "target@example.org", password).status_code == 302
    client.post(reverse("accounts:logout"))
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert login(client, "target@example.org", "guess").status_code == 200


def test_logout_is_post_only_and_ends_session(client, home_page, learner):
    client.force_login(learner)
    assert client.get(reverse("accounts:logout")).status_code == 405
    response = client.post(reverse("accounts:logout"))
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_real_settings_hash_passwords_with_argon2(settings, make_user):
    from lms.settings import base

    settings.PASSWORD_HASHERS = base.PASSWORD_HASHERS  # the suite itself uses a fast hasher
    user = make_user()
    user.set_password("a-strong-password")
    assert user.password.startswith("argon2$")
    assert user.check_password("a-strong-password")


def test_changing_the_case_of_the_address_does_not_dodge_the_lock(
    client, home_page, make_user, password, settings
):
    make_user(email="target@example.org")
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        login(client, ["target@example.org", "TARGET@example.org"][attempt % 2], "guess")
    assert login(client, "Target@Example.org", password).status_code == 429


def test_behind_a_proxy_each_client_address_has_its_own_count(
    client, home_page, make_user, password, settings
):
    settings.TRUSTED_PROXY_COUNT = 1
    make_user(email="target@example.org")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(
            reverse("accounts:login"),
            {"username": "target@example.org", "password": "guess"},
            HTTP_X_FORWARDED_FOR="203.0.113.7",
        )
    # The attacker's address is locked; the owner signing in from elsewhere is not.
    owner = client.post(
        reverse("accounts:login"),
        {"username": "target@example.org", "password": password},
        HTTP_X_FORWARDED_FOR="198.51.100.20",
    )
    assert owner.status_code == 302


def test_signing_in_remembers_the_sign_in_language_for_the_bare_address(
    client, home_page, make_user, password, settings
):
    make_user(email="nurlan@example.org", preferred_language="ru")
    response = login(client, "nurlan@example.org", password)
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    assert client.get("/").url == "/en/"
