"""Password reset by e-mail and password change."""

import re

from django.core import mail
from django.urls import reverse

import pytest

pytestmark = pytest.mark.django_db


def request_reset(client, email, capture):
    with capture(execute=True) as callbacks:
        response = client.post(reverse("accounts:password_reset"), {"email": email})
    return response, callbacks


def reset_link(message):
    return re.search(r"https?://\S+/password/reset/\S+/", message.body).group(0)


def test_reset_mails_a_link_in_the_users_language_through_a_task(
    client, home_page, make_user, django_capture_on_commit_callbacks
):
    make_user(email="aibek@example.org", preferred_language="ky")
    response, callbacks = request_reset(
        client, "AIBEK@example.org", django_capture_on_commit_callbacks
    )
    assert response.status_code == 302
    assert response.url == reverse("accounts:password_reset_done")
    assert len(callbacks) == 1  # queued on commit, sent by the Celery task
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["aibek@example.org"]
    assert "/ky/accounts/password/reset/" in reset_link(mail.outbox[0])
    assert "сырсөз" in mail.outbox[0].subject.lower()


def test_unknown_address_gets_the_same_answer_and_no_mail(
    client, home_page, django_capture_on_commit_callbacks
):
    response, _ = request_reset(client, "nobody@example.org", django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert mail.outbox == []


def test_reset_link_sets_new_password_once_and_confirms_address(
    client, home_page, make_user, django_capture_on_commit_callbacks
):
    user = make_user(email="aibek@example.org", email_confirmed_at=None)
    request_reset(client, user.email, django_capture_on_commit_callbacks)
    link = reset_link(mail.outbox[0])

    form_page = client.get(link, follow=True)
    assert form_page.context["validlink"]
    new = "Jangy-Syrsoz-2026"
    done = client.post(
        form_page.redirect_chain[-1][0], {"new_password1": new, "new_password2": new}
    )
    assert done.status_code == 302
    user.refresh_from_db()
    assert user.check_password(new)
    assert user.email_confirmed_at is not None

    again = client.get(link, follow=True)
    assert not again.context["validlink"]


def test_mismatched_new_passwords_keep_the_old_one(
    client, home_page, make_user, password, django_capture_on_commit_callbacks
):
    user = make_user(email="aibek@example.org")
    request_reset(client, user.email, django_capture_on_commit_callbacks)
    form_page = client.get(reset_link(mail.outbox[0]), follow=True)
    response = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "First-Choice-2026", "new_password2": "Second-Choice-2026"},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["new_password2"]
    user.refresh_from_db()
    assert user.check_password(password)


def test_password_change_needs_the_old_password(client, home_page, learner, password):
    client.force_login(learner)
    url = reverse("accounts:password_change")
    wrong = client.post(
        url,
        {
            "old_password": "nope",
            "new_password1": "Another-Pass-2026",
            "new_password2": "Another-Pass-2026",
        },
    )
    assert wrong.status_code == 200
    assert wrong.context["form"].errors["old_password"]

    right = client.post(
        url,
        {
            "old_password": password,
            "new_password1": "Another-Pass-2026",
            "new_password2": "Another-Pass-2026",
        },
    )
    assert right.status_code == 302
    learner.refresh_from_db()
    assert learner.check_password("Another-Pass-2026")
    # The session survives the change.
    assert client.get(reverse("accounts:profile")).status_code == 200


def test_password_change_requires_login(client, home_page):
    response = client.get(reverse("accounts:password_change"))
    assert response.status_code == 302
    assert reverse("accounts:login") in response.url
