"""Editing one's own profile."""

from django.urls import reverse

import pytest

from tests.factories.places import MunicipalityFactory

pytestmark = pytest.mark.django_db


def profile_data(**changes):
    data = {
        "full_name": "Жылдыз Мамытова",
        "municipality": "",
        "position": "ao_head",
        "gender": "female",
        "preferred_language": "ky",
    }
    return {**data, **changes}


def test_profile_requires_login(client, home_page):
    response = client.get(reverse("accounts:profile"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))


def test_profile_shows_own_data(client, home_page, learner):
    client.force_login(learner)
    response = client.get(reverse("accounts:profile"))
    assert response.status_code == 200
    assert learner.email in response.content.decode()


def test_profile_edit_saves_fields(client, home_page, learner):
    municipality = MunicipalityFactory()
    client.force_login(learner)
    response = client.post(
        reverse("accounts:profile"),
        profile_data(municipality=municipality.pk, position="kenesh_chair", gender="female"),
    )
    assert response.status_code == 302
    learner.refresh_from_db()
    assert learner.full_name == "Жылдыз Мамытова"
    assert learner.municipality == municipality
    assert learner.position == "kenesh_chair"


def test_changing_language_moves_profile_to_that_language(client, home_page, learner, settings):
    client.force_login(learner)
    response = client.post(reverse("accounts:profile"), profile_data(preferred_language="ru"))
    assert response.url == "/ru/accounts/profile/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ru"
    learner.refresh_from_db()
    assert learner.preferred_language == "ru"


def test_invalid_profile_rerenders_and_saves_nothing(client, home_page, learner):
    before = learner.full_name
    client.force_login(learner)
    response = client.post(
        reverse("accounts:profile"), profile_data(full_name="", municipality="999999")
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "full_name" in errors
    assert "municipality" in errors
    learner.refresh_from_db()
    assert learner.full_name == before


def test_profile_cannot_change_email_or_role(client, home_page, learner):
    client.force_login(learner)
    client.post(
        reverse("accounts:profile"),
        profile_data(email="else@example.org", is_superuser="on", groups="1"),
    )
    learner.refresh_from_db()
    assert learner.email != "else@example.org"
    assert not learner.is_superuser
    assert list(learner.groups.values_list("name", flat=True)) == ["Learner"]
