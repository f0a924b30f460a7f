"""Registration shows the policies in force and requires each to be accepted; acceptances are
stored with the new account, in one transaction, in the language of the page."""

from unittest import mock

from django.urls import reverse
from django.utils import translation

import pytest

from lms.accounts.models import User
from lms.policies.models import PolicyAcceptance

pytestmark = pytest.mark.django_db

GOOD = {
    "email": "nurlan@example.org",
    "password1": "Tuura-Sөz-2026!",
    "password2": "Tuura-Sөz-2026!",
    "full_name": "Нурлан Асанов",
    "position": "specialist_finance",
    "gender": "male",
    "preferred_language": "ky",
    "municipality": "",
}


def register_url(language="ky"):
    with translation.override(language):
        return reverse("accounts:register")


def ticks(versions):
    return {f"accept_{version.pk}": "on" for version in versions}


def test_the_form_shows_each_policy_with_its_summary_and_a_box(client, both_published):
    page = client.get(register_url("ru")).content.decode()
    for version in both_published:
        assert version.title_ru in page and version.summary_ru in page
        assert f'name="accept_{version.pk}"' in page
        assert reverse("policies:version", args=[version.policy.kind, version.version]) in page


def test_unticked_is_refused_with_a_clear_error_and_the_typed_data_kept(client, both_published):
    privacy, terms = both_published
    response = client.post(register_url("en"), {**GOOD, **ticks([privacy])})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Tick the box to accept this document" in page
    assert 'value="nurlan@example.org"' in page and 'value="Нурлан Асанов"' in page
    assert f'name="accept_{privacy.pk}" id="id_accept_{privacy.pk}" value="on" checked' in page
    assert not User.objects.exists()
    assert not PolicyAcceptance.objects.exists()


def test_ticked_stores_the_acceptances_with_the_page_language(client, both_published):
    response = client.post(register_url("ru"), {**GOOD, **ticks(both_published)})
    assert response.status_code == 302
    user = User.objects.get(email=GOOD["email"])
    rows = PolicyAcceptance.objects.filter(user=user)
    assert {(row.version_id, row.language) for row in rows} == {
        (version.pk, "ru") for version in both_published
    }


def test_the_account_and_its_acceptances_are_one_transaction(client, both_published):
    with (
        mock.patch(
            "lms.accounts.services.policy_versions_accept", side_effect=RuntimeError("disk full")
        ),
        pytest.raises(RuntimeError),
    ):
        client.post(register_url(), {**GOOD, **ticks(both_published)})
    assert not User.objects.exists()


def test_without_published_policies_registration_asks_nothing(client):
    response = client.post(register_url(), GOOD)
    assert response.status_code == 302
    assert User.objects.filter(email=GOOD["email"]).exists()


def test_a_version_published_while_the_form_was_open_is_asked_for(client, publish):
    first = publish("privacy", 1)
    newer = publish("privacy", 2)
    response = client.post(register_url(), {**GOOD, **ticks([first])})
    assert response.status_code == 200
    assert f'name="accept_{newer.pk}"' in response.content.decode()
    assert not User.objects.exists()
