"""The managers' screen of LTI registrations: what a platform's administrator copies."""

import pytest

from courses.lti.models import LtiPlatform

pytestmark = pytest.mark.django_db


@pytest.fixture
def platform(db):
    return LtiPlatform.objects.create(
        name="Canvas of the Union",
        issuer="https://canvas.example.kg",
        client_id="10000000000001",
        deployment_ids=["dep"],
        auth_login_url="https://canvas.example.kg/api/lti/authorize_redirect",
        auth_token_url="https://canvas.example.kg/login/oauth2/token",
        keyset_url="https://canvas.example.kg/api/lti/security/jwks",
    )


def test_a_new_registration_gets_its_own_key_pair(platform):
    other = LtiPlatform.objects.create(
        name="Other",
        issuer="https://o.example",
        client_id="c",
        auth_login_url="https://o.example/a",
        auth_token_url="https://o.example/t",
        keyset_url="https://o.example/k",
    )
    assert "PRIVATE KEY" in platform.private_key
    assert platform.key_id and platform.key_id != other.key_id
    assert platform.public_key != other.public_key


def test_managers_see_the_values_to_copy(client, make_user, platform, home_page):
    client.force_login(make_user(role="Manager"))
    listing = client.get("/admin/lti/platforms/")
    assert listing.status_code == 200
    assert "Canvas of the Union" in listing.content.decode()
    page = client.get(f"/admin/lti/platforms/inspect/{platform.pk}/")
    assert page.status_code == 200
    text = page.content.decode()
    for url in ("/lti/login/", "/lti/launch/", "/lti/jwks/"):
        assert f"http://testserver{url}" in text
    assert platform.key_id in text
    assert "PRIVATE KEY" not in text
    link = client.get("/admin/lti/platforms/dynamic/")
    assert link.status_code == 200
    assert "http://testserver/lti/register/" in link.content.decode()


@pytest.mark.parametrize("role", ["Trainer", "Reviewer", "Learner"])
def test_others_are_refused(client, make_user, platform, home_page, role):
    client.force_login(make_user(role=role))
    for url in (
        "/admin/lti/platforms/",
        f"/admin/lti/platforms/inspect/{platform.pk}/",
        "/admin/lti/platforms/dynamic/",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "Canvas of the Union" not in response.content.decode()


def test_the_private_key_is_not_editable(client, make_user, platform, home_page):
    client.force_login(make_user(role="Manager"))
    form = client.get(f"/admin/lti/platforms/edit/{platform.pk}/")
    assert form.status_code == 200
    assert "PRIVATE KEY" not in form.content.decode()
