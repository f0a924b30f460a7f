"""Open Badges 2.0: hosted assertion, BadgeClass and Issuer, baked image, revocation."""

import io
import json

from django.conf import settings

import pytest
from PIL import Image

from courses.certificates.services import certificate_revoke

# Required properties in the Open Badges 2.0 specification (Assertion, BadgeClass, Profile).
ASSERTION_REQUIRED = {"@context", "id", "type", "recipient", "badge", "verification", "issuedOn"}
RECIPIENT_REQUIRED = {"type", "identity"}
BADGE_CLASS_REQUIRED = {
    "@context",
    "id",
    "type",
    "name",
    "description",
    "image",
    "criteria",
    "issuer",
}
ISSUER_REQUIRED = {"@context", "id", "type", "name", "url", "email"}
CONTEXT = "https://w3id.org/openbadges/v2"


def fetch(client, url, status=200):
    """GET a document by the absolute URL it is published under."""
    assert url.startswith(settings.SITE_URL)
    response = client.get(url.removeprefix(settings.SITE_URL))
    assert response.status_code == status, url
    assert response["Content-Type"].startswith("application/ld+json")
    return json.loads(response.content)


@pytest.mark.django_db
def test_assertion_badge_class_and_issuer_have_the_required_fields(client, certificate, home_page):
    assertion = fetch(
        client, f"{settings.SITE_URL}/ky/certificates/badges/assertions/{certificate.code}.json"
    )
    assert assertion.keys() >= ASSERTION_REQUIRED
    assert assertion["@context"] == CONTEXT and assertion["type"] == "Assertion"
    assert assertion["id"].endswith(f"/assertions/{certificate.code}.json")
    assert assertion["recipient"].keys() >= RECIPIENT_REQUIRED
    assert assertion["recipient"]["hashed"] is True
    assert assertion["recipient"]["identity"].startswith("sha256$")
    assert certificate.user.email not in json.dumps(assertion)  # only hashed
    assert assertion["verification"] == {"type": "hosted"}
    assert "revoked" not in assertion

    badge_class = fetch(client, assertion["badge"])
    assert badge_class.keys() >= BADGE_CLASS_REQUIRED
    assert badge_class["type"] == "BadgeClass" and badge_class["id"] == assertion["badge"]
    assert badge_class["name"] == certificate.course_title
    assert badge_class["criteria"]["narrative"]

    issuer = fetch(client, badge_class["issuer"])
    assert issuer.keys() >= ISSUER_REQUIRED
    assert issuer["type"] == "Issuer" and issuer["id"] == badge_class["issuer"]

    image = client.get(badge_class["image"].removeprefix(settings.SITE_URL))
    assert image.status_code == 200 and image["Content-Type"] == "image/png"


@pytest.mark.django_db
def test_the_recipient_hash_matches_the_learners_email(client, certificate, home_page):
    from courses.certificates.badges import assertion_document, recipient_identity

    recipient = assertion_document(certificate)["recipient"]
    assert recipient["identity"] == recipient_identity(certificate.user.email, recipient["salt"])


@pytest.mark.django_db
def test_baked_badge_carries_the_assertion(client, certificate, home_page):
    response = client.get(f"/ky/certificates/badges/assertions/{certificate.code}.png")
    assert response.status_code == 200
    with Image.open(io.BytesIO(response.content)) as png:
        png.load()
        baked = json.loads(png.text["openbadges"])
    assert baked["type"] == "Assertion"
    assert baked["id"].endswith(f"/assertions/{certificate.code}.json")
    assert baked["image"].endswith(f"/assertions/{certificate.code}.png")


@pytest.mark.django_db
def test_revoked_certificate_revokes_its_assertion(client, certificate, make_user, home_page):
    certificate_revoke(certificate=certificate, reason="Issued in error", actor=make_user())
    assertion = fetch(
        client,
        f"{settings.SITE_URL}/ky/certificates/badges/assertions/{certificate.code}.json",
        status=410,
    )
    assert assertion["revoked"] is True
    assert assertion["revocationReason"] == "Issued in error"


@pytest.mark.django_db
def test_unknown_assertion_and_course_are_404(client, home_page):
    assert client.get("/ky/certificates/badges/assertions/NOPE.json").status_code == 404
    unknown = "/ky/certificates/badges/courses/00000000-0000-0000-0000-000000000000.json"
    assert client.get(unknown).status_code == 404
