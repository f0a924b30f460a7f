"""The layout every page shares: a header that folds into a menu button on a phone without
script, landmarks kept, and a footer that leads to certificate verification."""

import re
from pathlib import Path

from django.urls import reverse
from django.utils import translation

import pytest

pytestmark = pytest.mark.django_db


def header(html: str) -> str:
    return re.search(r'<header class="site-header">.*?</header>', html, re.S).group(0)


def test_header_is_the_site_name_and_a_menu_button_holding_the_navigation(client, home_page):
    html = client.get("/ru/accounts/login/").content.decode()
    banner = header(html)
    # One <details>: its <summary> is the button (no script), everything else is inside it.
    assert banner.count("<details") == 1 and banner.count("<summary>") == 1
    menu = banner.split('<details class="site-menu">', 1)[1]
    assert re.search(r"<summary>\s*\S+", menu), "the button is labelled in words"
    # The landmarks stay: the account and language navigations, each named.
    assert '<nav class="account-nav" aria-label="Ваша учётная запись">' in menu
    assert '<nav class="language-switcher" aria-label="Язык">' in menu
    assert banner.index('class="brand"') < banner.index("<details")
    assert 'href="#main"' in html and '<main id="main"' in html


def test_header_menu_holds_the_signed_in_persons_links(client, home_page, make_user):
    client.force_login(make_user(role="Learner", full_name="Айгүл Токтогулова"))
    menu = header(client.get("/ky/accounts/profile/").content.decode()).split("<details", 1)[1]
    with translation.override("ky"):
        assert f'href="{reverse("progress:my")}"' in menu
    assert "Айгүл" in menu
    assert reverse("accounts:logout") in menu


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_footer_links_to_certificate_verification(client, home_page, language):
    html = client.get(f"/{language}/accounts/login/").content.decode()
    footer = html.split('<footer class="site-footer">', 1)[1]
    with translation.override(language):
        url = reverse("certificates:verify_form")
    assert f'<a href="{url}">' in footer
    assert client.get(url).status_code == 200


def test_stylesheet_focus_ring_is_two_bands(client):
    """The focus ring: a dark outline outside a white halo (docs/accessibility.md): not the amber
    ring that was 1.85:1 on white."""
    from django.contrib.staticfiles import finders

    css = Path(finders.find("lms/css/site.css")).read_text(encoding="utf-8")
    assert "--focus: #0b1f33;" in css and "--focus-halo: #ffffff;" in css
    assert re.search(
        r":focus-visible \{ outline: 3px solid var\(--focus\);[^}]*box-shadow: 0 0 0 3px "
        r"var\(--focus-halo\)",
        css,
    )
    assert "#f5b301" not in css
