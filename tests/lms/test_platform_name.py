"""The platform's name is a setting with a value per language, used wherever it appears."""

from django.conf import settings
from django.utils import translation

import pytest

from lms.accounts.emails import confirmation_email_send, sender
from lms.i18n import platform_name

NAMES = {"ky": "Муниципалдык академия", "ru": "Муниципальная академия", "en": "Municipal Academy"}


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_the_header_and_title_name_the_platform_in_the_pages_language(client, home_page, language):
    html = client.get(f"/{language}/").content.decode()
    assert f'class="brand" href="/{language}/">{NAMES[language]}</a>' in html
    assert f"· {NAMES[language]}</title>" in html
    assert [name for code, name in NAMES.items() if code != language and name in html] == []


def test_one_name_per_language_or_one_for_all(settings):
    assert {code: platform_name(code) for code in NAMES} == NAMES
    with translation.override("ru"):
        assert platform_name() == NAMES["ru"]
        assert str(settings.WAGTAIL_SITE_NAME) == NAMES["ru"]  # the admin's, read when shown
    settings.PLATFORM_NAME = "Ak-Suu Academy"
    assert platform_name("ky") == "Ak-Suu Academy"


def test_mail_is_signed_with_the_name_in_the_recipients_language(make_user, mailoutbox):
    user = make_user(preferred_language="ru", email_confirmed_at=None)
    assert confirmation_email_send(user=user)
    assert mailoutbox[0].from_email == "Муниципальная академия <noreply@localhost>"
    assert "Муниципальная академия" in mailoutbox[0].body
    assert sender("ky") == "Муниципалдык академия <noreply@localhost>"
    assert settings.DEFAULT_FROM_EMAIL.endswith("<noreply@localhost>")
