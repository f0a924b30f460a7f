"""Dynamic registration (LTI Dynamic Registration 1.0) against a simulated platform."""

import json

import pytest
import responses

from courses.lti.models import LtiPlatform
from courses.lti.registration import TOOL_CONFIGURATION, registration_token_make

pytestmark = pytest.mark.django_db

ISSUER = "https://lms.example.kg"
CONFIG_URL = f"{ISSUER}/mod/lti/openid-configuration.php"
REGISTER_URL = f"{ISSUER}/mod/lti/openid-registration.php"


def _platform(mock, posted, *, issuer=ISSUER, status=200):
    mock.add(
        responses.GET,
        CONFIG_URL,
        json={
            "issuer": issuer,
            "authorization_endpoint": f"{ISSUER}/mod/lti/auth.php",
            "token_endpoint": f"{ISSUER}/mod/lti/token.php",
            "jwks_uri": f"{ISSUER}/mod/lti/certs.php",
            "registration_endpoint": REGISTER_URL,
            "https://purl.imsglobal.org/spec/lti-platform-configuration": {
                "product_family_code": "moodle",
                "version": "4.5",
            },
        },
    )

    def register(request):
        posted.append(
            {"auth": request.headers.get("Authorization"), "body": json.loads(request.body)}
        )
        answer = {"client_id": "dyn-client", TOOL_CONFIGURATION: {"deployment_id": "5"}}
        return status, {}, json.dumps(answer)

    mock.add_callback(responses.POST, REGISTER_URL, callback=register)


def test_a_platform_registers_itself_with_a_managers_link(client, home_page, make_user):
    manager = make_user(role="Manager")
    token = registration_token_make(user=manager)
    posted = []
    with responses.RequestsMock() as mock:
        _platform(mock, posted)
        response = client.get(
            f"/lti/register/{token}/",
            {"openid_configuration": CONFIG_URL, "registration_token": "reg-123"},
        )
    assert response.status_code == 200
    assert "lti/close.js" in response.content.decode()
    assert f"frame-ancestors {ISSUER}" in response["Content-Security-Policy"]
    platform = LtiPlatform.objects.get()
    assert (platform.issuer, platform.client_id, platform.deployment_ids) == (
        ISSUER,
        "dyn-client",
        ["5"],
    )
    assert platform.active and platform.keyset_url == f"{ISSUER}/mod/lti/certs.php"
    (sent,) = posted
    assert sent["auth"] == "Bearer reg-123"
    body = sent["body"]
    assert body["initiate_login_uri"] == "http://testserver/lti/login/"
    assert body["redirect_uris"] == ["http://testserver/lti/launch/"]
    assert body["jwks_uri"] == "http://testserver/lti/jwks/"
    assert body["token_endpoint_auth_method"] == "private_key_jwt"
    messages = {m["type"] for m in body[TOOL_CONFIGURATION]["messages"]}
    assert messages == {"LtiResourceLinkRequest", "LtiDeepLinkingRequest"}
    assert "email" in body[TOOL_CONFIGURATION]["claims"]


def test_a_forged_or_missing_link_registers_nothing(client, home_page):
    response = client.get("/lti/register/forged/", {"openid_configuration": CONFIG_URL})
    assert response.status_code == 403
    assert not LtiPlatform.objects.exists()


def test_an_issuer_from_another_host_is_refused(client, home_page, make_user):
    token = registration_token_make(user=make_user(role="Manager"))
    posted = []
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        _platform(mock, posted, issuer="https://evil.example")
        response = client.get(f"/lti/register/{token}/", {"openid_configuration": CONFIG_URL})
    assert response.status_code == 400
    assert posted == [] and not LtiPlatform.objects.exists()


def test_a_platform_that_refuses_leaves_nothing(client, home_page, make_user):
    token = registration_token_make(user=make_user(role="Manager"))
    with responses.RequestsMock() as mock:
        _platform(mock, [], status=400)
        response = client.get(f"/lti/register/{token}/", {"openid_configuration": CONFIG_URL})
    assert response.status_code == 400
    assert not LtiPlatform.objects.exists()


def test_the_link_opened_by_a_person_explains_itself(client, home_page, make_user):
    token = registration_token_make(user=make_user(role="Manager"))
    response = client.get(f"/lti/register/{token}/")
    assert response.status_code == 200
    assert not LtiPlatform.objects.exists()
