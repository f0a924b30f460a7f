"""Bots: the registration honeypot and rate limits on forms that send e-mail."""

from django.core import mail
from django.urls import reverse

import pytest

from lms.accounts.models import User
from tests.lms.accounts.test_registration import GOOD

pytestmark = pytest.mark.django_db


def test_honeypot_filled_creates_nothing_but_looks_like_success(
    client, home_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("accounts:register"), {**GOOD, "website": "http://spam"})
    assert response.status_code == 302
    assert response.url == reverse("accounts:register_done")
    assert not User.objects.exists()
    assert mail.outbox == []


def test_honeypot_is_hidden_from_people(client, home_page):
    html = client.get(reverse("accounts:register")).content.decode()
    assert '<div class="hp" aria-hidden="true">' in html
    assert 'name="website"' in html and 'tabindex="-1"' in html


def test_registrations_per_address_are_limited(client, home_page, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "register": (3, 3600)}
    url = reverse("accounts:register")
    for n in range(3):
        response = client.post(url, {**GOOD, "email": f"bot{n}@example.org"})
        assert response.status_code == 302
    blocked = client.post(url, {**GOOD, "email": "bot9@example.org"})
    assert blocked.status_code == 429
    assert User.objects.count() == 3
    # Another address is not affected, and reading the form is never limited.
    assert client.get(url).status_code == 200
    other = client.post(url, {**GOOD, "email": "person@example.org"}, REMOTE_ADDR="198.51.100.9")
    assert other.status_code == 302


@pytest.mark.parametrize("view", ["accounts:password_reset", "accounts:confirmation_resend"])
def test_mail_sending_forms_are_limited(
    client, home_page, make_user, settings, django_capture_on_commit_callbacks, view
):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "account_mail": (2, 3600)}
    make_user(email="victim@example.org", email_confirmed_at=None)
    statuses = []
    for _ in range(3):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(reverse(view), {"email": "victim@example.org"})
        statuses.append(response.status_code)
    assert statuses == [302, 302, 429]
    assert len(mail.outbox) == 2
