"""Registration, e-mail confirmation and the refusals around them."""

import re

from django.core import mail
from django.urls import reverse

import pytest

from lms.accounts.models import User
from tests.on_commit import without_housekeeping

pytestmark = pytest.mark.django_db

GOOD = {
    "email": "Asel.Bekova@Example.org",
    "password1": "Tuura-Sөz-2026!",
    "password2": "Tuura-Sөz-2026!",
    "full_name": "Асель Бекова",
    "position": "specialist_finance",
    "gender": "female",
    "preferred_language": "ru",
    "municipality": "",
}


def register(client, django_capture_on_commit_callbacks, url=None, **changes):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(url or reverse("accounts:register"), {**GOOD, **changes})
    return response, callbacks


def confirmation_link(message):
    return re.search(r"https?://\S+/confirm/\S+/", message.body).group(0)


def test_register_creates_unconfirmed_learner_and_queues_email(
    client, home_page, django_capture_on_commit_callbacks
):
    response, callbacks = register(client, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    assert response.url == reverse("accounts:register_done")
    user = User.objects.get()
    assert user.email == "asel.bekova@example.org"
    assert user.email_confirmed_at is None
    assert list(user.groups.values_list("name", flat=True)) == ["Learner"]
    assert user.check_password(GOOD["password1"])
    # The e-mail goes out through a Celery task enqueued on commit, not in the request (the
    # other callbacks renew the kept permissions, as the learner joined a group, and drop any
    # kept copy of the new user's row: lms.accounts.user_cache).
    sends = without_housekeeping(callbacks)
    assert len(sends) == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["asel.bekova@example.org"]
    # Written in the learner's preferred language (Russian), with a Russian link.
    assert "Подтвердите" in message.subject
    assert "/ru/accounts/confirm/" in confirmation_link(message)


def test_register_done_page_names_the_address(
    client, home_page, django_capture_on_commit_callbacks
):
    register(client, django_capture_on_commit_callbacks)
    response = client.get(reverse("accounts:register_done"))
    assert "asel.bekova@example.org" in response.content.decode()


def test_confirmation_link_asks_then_confirms_and_signs_in(
    client, home_page, django_capture_on_commit_callbacks
):
    register(client, django_capture_on_commit_callbacks)
    link = confirmation_link(mail.outbox[0])

    page = client.get(link)
    assert page.status_code == 200
    assert User.objects.get().email_confirmed_at is None  # a GET (mail scanner) changes nothing

    response = client.post(link)
    assert response.status_code == 302
    assert response.url == "/ru/accounts/profile/"
    assert User.objects.get().email_confirmed_at is not None
    assert client.get(response.url).context["user"].is_authenticated

    # The link is spent: a second use says the address is already confirmed.
    again = client.get(link)
    assert "already confirmed" in again.content.decode() or again.context["already_confirmed"]


def test_tampered_confirmation_link_is_refused(
    client, home_page, django_capture_on_commit_callbacks
):
    register(client, django_capture_on_commit_callbacks)
    link = confirmation_link(mail.outbox[0])
    response = client.post(link.replace("/confirm/", "/confirm/x").rstrip("/") + "x/")
    assert response.status_code == 400
    assert User.objects.get().email_confirmed_at is None


def test_unconfirmed_account_cannot_sign_in(client, home_page, django_capture_on_commit_callbacks):
    register(client, django_capture_on_commit_callbacks)
    response = client.post(
        "/en/accounts/login/",
        {"username": GOOD["email"], "password": GOOD["password1"]},
    )
    assert response.status_code == 200
    assert "confirm your e-mail address first" in response.content.decode()
    assert not response.context["user"].is_authenticated


def test_duplicate_email_in_other_case_is_refused_and_form_keeps_input(
    client, home_page, django_capture_on_commit_callbacks
):
    register(client, django_capture_on_commit_callbacks)
    mail.outbox.clear()
    response, _ = register(
        client,
        django_capture_on_commit_callbacks,
        url="/en/accounts/register/",
        email="ASEL.BEKOVA@example.org",
    )
    assert response.status_code == 200
    assert "already exists" in response.content.decode()
    assert User.objects.count() == 1
    assert mail.outbox == []
    # What the person typed is still in the form.
    assert "Асель Бекова" in response.content.decode()


@pytest.mark.parametrize(
    ("changes", "field", "text"),
    [
        ({"password2": "something-else-2026"}, "password2", "The two passwords differ."),
        ({"password1": "12345", "password2": "12345"}, "password1", "too short"),
        ({"full_name": ""}, "full_name", "This field is required."),
        ({"email": "not-an-address"}, "email", "valid email"),
        ({"position": "emperor"}, "position", "Select a valid choice"),
    ],
)
def test_bad_registration_rerenders_with_error(
    client, home_page, django_capture_on_commit_callbacks, changes, field, text
):
    url = "/en/accounts/register/"  # Django's own messages, in English
    response, _ = register(client, django_capture_on_commit_callbacks, url=url, **changes)
    assert response.status_code == 200
    assert text in " ".join(response.context["form"].errors[field])
    assert User.objects.count() == 0
    assert mail.outbox == []


def test_resend_confirmation_sends_new_link_only_to_unconfirmed(
    client, home_page, django_capture_on_commit_callbacks, make_user
):
    register(client, django_capture_on_commit_callbacks)
    confirmed = make_user(email="done@example.org")
    mail.outbox.clear()

    for address in (GOOD["email"], confirmed.email, "nobody@example.org"):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(reverse("accounts:confirmation_resend"), {"email": address})
        # Same answer for every address, so the form reveals nobody's account.
        assert response.status_code == 302

    assert [m.to for m in mail.outbox] == [["asel.bekova@example.org"]]


def test_form_asks_for_a_position_and_offers_the_page_language(client, home_page):
    response = client.get("/ru/accounts/register/")
    form = response.context["form"]
    assert form["position"].value() == ""
    assert form["preferred_language"].value() == "ru"


def test_registration_without_a_position_is_refused(
    client, home_page, django_capture_on_commit_callbacks
):
    response, _ = register(
        client, django_capture_on_commit_callbacks, url="/en/accounts/register/", position=""
    )
    assert response.status_code == 200
    assert "This field is required." in response.context["form"].errors["position"]
    assert User.objects.count() == 0


def test_errors_are_tied_to_their_fields_for_screen_readers(
    client, home_page, django_capture_on_commit_callbacks
):
    response, _ = register(client, django_capture_on_commit_callbacks, email="not-an-address")
    html = response.content.decode()
    assert 'aria-invalid="true" aria-describedby="id_email_error"' in html
    assert 'id="id_email_error"' in html  # the element the input points at exists
    assert 'id="id_password1_helptext"' in html
    assert '<label for="id_email">' in html
