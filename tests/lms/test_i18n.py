"""Three languages: prefixed URLs, <html lang>, translated interface, and the switcher."""

import re

from django.urls import reverse

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("prefix", "sign_in", "headline"),
    [
        ("ky", "Кирүү", "Муниципалитеттердин кызматкерлери үчүн онлайн окутуу"),
        ("ru", "Войти", "Онлайн-обучение для сотрудников муниципалитетов"),
        ("en", "Sign in", "Online learning for municipal staff"),
    ],
)
def test_home_page_in_each_language(client, home_page, prefix, sign_in, headline):
    response = client.get(f"/{prefix}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{prefix}">' in html
    assert sign_in in html
    assert headline in html


def test_root_redirects_to_kyrgyz_by_default(client, home_page):
    response = client.get("/")
    assert response.status_code == 302
    assert response.url == "/ky/"


def test_root_follows_the_language_cookie(client, home_page, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ru"
    assert client.get("/").url == "/ru/"


def switcher_links(html):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return dict(re.findall(r'href="([^"]+)" lang="(\w\w)"', nav))


def test_switcher_on_a_page_links_to_its_translations(client, home_page):
    html = client.get("/ru/").content.decode()
    links = {lang: url for url, lang in switcher_links(html).items()}
    assert set(links) == {"ky", "en"}  # the current language is not a link
    assert links["ky"] == "/lang/ky/?next=%2Fky%2F"
    assert links["en"] == "/lang/en/?next=%2Fen%2F"
    assert 'aria-current="true" lang="ru"' in html


def test_switcher_keeps_the_current_view(client, home_page):
    html = client.get(reverse("accounts:login") + "?next=/ky/").content.decode()
    urls = {lang: url for url, lang in switcher_links(html).items()}
    assert urls["ru"].startswith("/lang/ru/?next=%2Fru%2Faccounts%2Flogin%2F")


def test_switch_sets_cookie_and_redirects(client, home_page, settings):
    response = client.get("/lang/en/", {"next": "/en/accounts/login/"})
    assert response.status_code == 302
    assert response.url == "/en/accounts/login/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    assert client.get("/").url == "/en/"


def test_switch_refuses_foreign_redirects_and_unknown_languages(client, home_page, settings):
    response = client.get("/lang/xx/", {"next": "https://evil.example.com/"})
    assert response.url == "/"
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies


@pytest.mark.parametrize(
    ("prefix", "text"),
    [("ky", "Каттоо"), ("ru", "Регистрация"), ("en", "Register")],
)
def test_account_pages_are_translated(client, home_page, prefix, text):
    response = client.get(f"/{prefix}/accounts/register/")
    assert response.status_code == 200
    assert text in response.content.decode()


def test_unknown_page_is_a_translated_404(client, home_page):
    response = client.get("/ru/no-such-page/")
    assert response.status_code == 404
    assert "Страница не найдена" in response.content.decode()


def test_expired_form_gets_a_friendly_translated_page(home_page):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/ru/accounts/login/", {"username": "a@example.org", "password": "x"})
    assert response.status_code == 403
    html = response.content.decode()
    assert '<html lang="ru">' in html
    assert "Срок действия формы истёк" in html or "Форма устарела" in html


def test_access_denied_page_offers_sign_in_to_visitors(rf, home_page):
    from django.contrib.auth.models import AnonymousUser
    from django.core.exceptions import PermissionDenied
    from django.utils import translation
    from django.views.defaults import permission_denied

    request = rf.get("/en/somewhere/")
    request.user = AnonymousUser()
    with translation.override("en"):
        response = permission_denied(request, PermissionDenied())
    html = response.content.decode()
    assert response.status_code == 403
    assert "You cannot open this page" in html
    assert "/accounts/login/?next=/en/somewhere/" in html
