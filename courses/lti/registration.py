"""LTI Dynamic Registration 1.0: the platform opens our registration URL, we read its OpenID
configuration, post our tool configuration to its registration endpoint and keep the answer.

The URL carries a token signed by the site (made on the managers' screen, valid for a week):
without it anyone could register a platform and then sign people in from it.
"""

from urllib.parse import urlsplit

from django.core import signing
from django.db import transaction
from django.utils.translation import gettext_lazy as _

import requests

from courses.lti.models import LtiPlatform

SALT = "lti.dynamic-registration"
TOKEN_MAX_AGE = 7 * 24 * 3600
TIMEOUT = 10
PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration"
TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration"
SCOPES = (
    "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem "
    "https://purl.imsglobal.org/spec/lti-ags/scope/score"
)
BAD_CONFIGURATION = _("The platform's configuration could not be read or is incomplete.")
REFUSED_BY_PLATFORM = _("The platform did not accept the registration.")


class RegistrationFailed(Exception):
    pass


def registration_token_make(*, user) -> str:
    return signing.dumps({"by": user.pk}, salt=SALT)


def registration_token_check(token: str) -> bool:
    try:
        signing.loads(token, salt=SALT, max_age=TOKEN_MAX_AGE)
    except signing.BadSignature:
        return False
    return True


def tool_configuration(*, urls: dict, name: str) -> dict:
    """What we tell the platform about ourselves (the spec's client registration request)."""
    return {
        "application_type": "web",
        "response_types": ["id_token"],
        "grant_types": ["implicit", "client_credentials"],
        "initiate_login_uri": urls["login"],
        "redirect_uris": [urls["launch"]],
        "client_name": name,
        "jwks_uri": urls["jwks"],
        "token_endpoint_auth_method": "private_key_jwt",
        "scope": SCOPES,
        TOOL_CONFIGURATION: {
            "domain": urlsplit(urls["launch"]).netloc,
            "target_link_uri": urls["launch"],
            "claims": ["iss", "sub", "name", "given_name", "family_name", "email"],
            "messages": [
                {"type": "LtiResourceLinkRequest", "target_link_uri": urls["launch"]},
                {"type": "LtiDeepLinkingRequest", "target_link_uri": urls["launch"]},
            ],
        },
    }


def _configuration(url: str) -> dict:
    try:
        response = requests.get(url, timeout=TIMEOUT)
        response.raise_for_status()
        config = response.json()
    except (requests.RequestException, ValueError) as error:
        raise RegistrationFailed(BAD_CONFIGURATION) from error
    needed = ("issuer", "authorization_endpoint", "token_endpoint", "jwks_uri")
    if not isinstance(config, dict) or not all(config.get(key) for key in needed):
        raise RegistrationFailed(BAD_CONFIGURATION)
    if not config.get("registration_endpoint"):
        raise RegistrationFailed(BAD_CONFIGURATION)
    # The spec: the configuration's issuer must be where the configuration was served from.
    if urlsplit(config["issuer"]).netloc != urlsplit(url).netloc:
        raise RegistrationFailed(BAD_CONFIGURATION)
    return config


def platform_register(
    *, openid_configuration: str, registration_token: str, urls: dict, name: str
) -> LtiPlatform:
    """Read the platform's configuration, register with it, store the registration (active)."""
    if urlsplit(openid_configuration).scheme not in ("https", "http"):
        raise RegistrationFailed(BAD_CONFIGURATION)
    config = _configuration(openid_configuration)
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if registration_token:
        headers["Authorization"] = f"Bearer {registration_token}"
    try:
        response = requests.post(
            config["registration_endpoint"],
            json=tool_configuration(urls=urls, name=name),
            headers=headers,
            timeout=TIMEOUT,
        )
        response.raise_for_status()
        answer = response.json()
    except (requests.RequestException, ValueError) as error:
        raise RegistrationFailed(REFUSED_BY_PLATFORM) from error
    client_id = str(answer.get("client_id") or "") if isinstance(answer, dict) else ""
    if not client_id:
        raise RegistrationFailed(REFUSED_BY_PLATFORM)
    deployment = str((answer.get(TOOL_CONFIGURATION) or {}).get("deployment_id") or "")
    product = (config.get(PLATFORM_CONFIGURATION) or {}).get("product_family_code") or ""
    with transaction.atomic():
        platform, _created = LtiPlatform.objects.get_or_create(
            issuer=config["issuer"],
            client_id=client_id,
            defaults={
                "name": f"{product or urlsplit(config['issuer']).netloc}"[:200],
                "auth_login_url": config["authorization_endpoint"],
                "auth_token_url": config["token_endpoint"],
                "keyset_url": config["jwks_uri"],
                "auth_audience": str(config.get("authorization_server") or "")[:500],
                "deployment_ids": [deployment] if deployment else [],
            },
        )
        if deployment and deployment not in platform.deployment_ids:
            platform.deployment_ids = [*platform.deployment_ids, deployment]
            platform.save(update_fields=["deployment_ids"])
    return platform
