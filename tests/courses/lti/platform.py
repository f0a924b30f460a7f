"""A platform (Moodle's side of LTI 1.3) simulated from the specification, for the tests.

It has its own RSA key pair and serves its JWKS, its OAuth2 token endpoint and a line item's
scores endpoint through `responses` (requests never leave the process); it signs id_tokens for
resource-link launches and deep-linking requests, and records what the tool posts to it.
"""

import json
import time
import uuid
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

import jwt
import responses
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jwcrypto.jwk import JWK

from courses.lti import claims as c

ISSUER = "https://moodle.example.kg"
CLIENT_ID = "tool-client-1"
DEPLOYMENT_ID = "1"
KID = "platform-key-1"
LINEITEM = f"{ISSUER}/mod/lti/services.php/2/lineitems/7/lineitem?type_id=3"
SCORES = f"{ISSUER}/mod/lti/services.php/2/lineitems/7/lineitem/scores?type_id=3"
TOKEN_URL = f"{ISSUER}/mod/lti/token.php"
DL_RETURN = f"{ISSUER}/mod/lti/contentitem_return.php"
INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"
LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"


def _rsa_pem():
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()


@dataclass
class Platform:
    private_key: str = field(default_factory=_rsa_pem)
    scores: list = field(default_factory=list)
    token_requests: list = field(default_factory=list)

    def jwks(self) -> dict:
        jwk = JWK.from_pem(self.private_key.encode())
        public = jwk.export_public(as_dict=True)
        public.update({"kid": KID, "alg": "RS256", "use": "sig"})
        return {"keys": [public]}

    def serve(self, mock: responses.RequestsMock) -> None:
        mock.add(responses.GET, f"{ISSUER}/mod/lti/certs.php", json=self.jwks())

        def token(request):
            self.token_requests.append(parse_qs(request.body))
            body = {"access_token": "platform-token", "token_type": "Bearer", "expires_in": 3600}
            return 200, {}, json.dumps(body)

        def score(request):
            self.scores.append(
                {
                    "url": request.url,
                    "auth": request.headers.get("Authorization"),
                    "content_type": request.headers.get("Content-Type"),
                    "body": json.loads(request.body),
                }
            )
            return 200, {}, "{}"

        mock.add_callback(responses.POST, TOKEN_URL, callback=token)
        mock.add_callback(responses.POST, SCORES, callback=score)

    def id_token(self, *, nonce, key=None, **overrides) -> str:
        now = int(time.time())
        body = {
            "iss": ISSUER,
            "aud": CLIENT_ID,
            "sub": "moodle-user-42",
            "iat": now,
            "exp": now + 60,
            "nonce": nonce,
            "email": "aigul@example.kg",
            "name": "Aigul Toktosunova",
            c.DEPLOYMENT_ID: DEPLOYMENT_ID,
            c.MESSAGE_TYPE: "LtiResourceLinkRequest",
            "https://purl.imsglobal.org/spec/lti/claim/version": "1.3.0",
            c.ROLES: [LEARNER],
            c.RESOURCE_LINK: {"id": "link-1"},
            c.LAUNCH_PRESENTATION: {"document_target": "iframe", "locale": "ru"},
            c.AGS_ENDPOINT: {
                "scope": [
                    "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                    "https://purl.imsglobal.org/spec/lti-ags/scope/score",
                ],
                "lineitem": LINEITEM,
            },
        }
        for name, value in overrides.items():
            if value is None:
                body.pop(name, None)
            else:
                body[name] = value
        return jwt.encode(body, key or self.private_key, algorithm="RS256", headers={"kid": KID})

    def deep_linking_claims(self) -> dict:
        return {
            c.MESSAGE_TYPE: "LtiDeepLinkingRequest",
            c.ROLES: [INSTRUCTOR],
            c.RESOURCE_LINK: None,
            c.AGS_ENDPOINT: None,
            c.DEEP_LINKING_SETTINGS: {
                "deep_link_return_url": DL_RETURN,
                "accept_types": ["ltiResourceLink"],
                "accept_presentation_document_targets": ["iframe", "window"],
                "data": "opaque-platform-data",
            },
        }


def login(client, **params):
    """Third-party initiated login as the platform's browser does it: (state, nonce)."""
    query = {
        "iss": ISSUER,
        "client_id": CLIENT_ID,
        "login_hint": "42",
        "lti_message_hint": "hint",
        "target_link_uri": "http://testserver/lti/launch/",
        **params,
    }
    response = client.get("/lti/login/", query)
    assert response.status_code == 302, response.content
    sent = parse_qs(urlsplit(response["Location"]).query)
    assert response["Location"].startswith(f"{ISSUER}/mod/lti/auth.php")
    assert sent["redirect_uri"] == ["http://testserver/lti/launch/"]
    return sent["state"][0], sent["nonce"][0]


def new_nonce() -> str:
    return uuid.uuid4().hex
