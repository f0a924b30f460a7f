"""Open Badges 2.0: hosted Assertion, BadgeClass and Issuer documents, and baked badge images.

A badge backpack fetches the assertion from its `id`, follows `badge` to the BadgeClass and that
to the Issuer; the baked PNG carries the assertion in an iTXt chunk named `openbadges`.
"""

import hashlib
import hmac
import io
import json

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from PIL import Image, ImageDraw
from PIL.PngImagePlugin import PngInfo

from courses.certificates.rendering import ACCENT, font
from lms.i18n import platform_name

CONTEXT = "https://w3id.org/openbadges/v2"
BADGE_SIZE = 400


def absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def _url(name: str, language: str, **kwargs) -> str:
    with translation.override(language):
        return absolute(reverse(f"certificates:{name}", kwargs=kwargs))


def issuer_url(language: str) -> str:
    return _url("badge_issuer", language)


def badge_class_url(course_key, language: str) -> str:
    return _url("badge_class", language, course_key=course_key)


def recipient_identity(email: str, salt: str) -> str:
    return "sha256$" + hashlib.sha256((email.strip().lower() + salt).encode()).hexdigest()


def recipient_salt(code: str) -> str:
    """Stable per certificate and not derivable without the secret key."""
    return hmac.new(settings.SECRET_KEY.encode(), code.encode(), hashlib.sha256).hexdigest()[:16]


def assertion_document(certificate) -> dict:
    """The hosted assertion; the learner's e-mail is only given hashed and salted."""
    language = certificate.language
    salt = recipient_salt(certificate.code)
    document = {
        "@context": CONTEXT,
        "type": "Assertion",
        "id": _url("badge_assertion", language, code=certificate.code),
        "recipient": {
            "type": "email",
            "hashed": True,
            "salt": salt,
            "identity": recipient_identity(certificate.user.email, salt),
        },
        "badge": badge_class_url(certificate.course_key, language),
        "verification": {"type": "hosted"},
        "issuedOn": certificate.issued_at.isoformat(),
        "image": _url("badge_image", language, code=certificate.code),
        "evidence": _url("verify", language, code=certificate.code),
    }
    if not certificate.is_valid:
        document["revoked"] = True
        document["revocationReason"] = certificate.revocation_reason or str(
            certificate.get_status_display()
        )
    return document


def badge_class_document(*, course_key, language: str, title: str, summary: str) -> dict:
    with translation.override(language):
        criteria = translation.gettext("Complete every required lesson of the course “%(title)s”.")
    return {
        "@context": CONTEXT,
        "type": "BadgeClass",
        "id": badge_class_url(course_key, language),
        "name": title,
        "description": summary or title,
        "image": _url("badge_class_image", language, course_key=course_key),
        "criteria": {"narrative": criteria % {"title": title}},
        "issuer": issuer_url(language),
    }


def issuer_document(language: str) -> dict:
    return {
        "@context": CONTEXT,
        "type": "Issuer",
        "id": issuer_url(language),
        "name": platform_name(language),
        "url": absolute(f"/{language}/"),
        "email": settings.DEFAULT_FROM_EMAIL.rsplit("<", 1)[-1].rstrip(">").strip(),
    }


def badge_png(label: str, assertion: dict | None = None) -> bytes:
    """A round badge with the course's title; baked with `assertion` when one is given."""
    image = Image.new("RGBA", (BADGE_SIZE, BADGE_SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse(
        (8, 8, BADGE_SIZE - 8, BADGE_SIZE - 8), fill=ACCENT, outline=(240, 190, 60), width=14
    )
    words = label.split()
    lines, current = [], ""
    face = font(30, "Bold")
    for word in words:
        candidate = f"{current} {word}".strip()
        if face.getlength(candidate) > 280 and current:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    lines = lines[:4] if len(lines) <= 4 else [*lines[:3], lines[3] + " …"]
    top = BADGE_SIZE // 2 - len(lines) * 20
    for n, line in enumerate(lines):
        draw.text((BADGE_SIZE // 2, top + n * 40), line, font=face, fill="white", anchor="ma")
    info = None
    if assertion is not None:
        info = PngInfo()
        info.add_itxt("openbadges", json.dumps(assertion, ensure_ascii=False))
    buffer = io.BytesIO()
    image.save(buffer, "PNG", pnginfo=info)
    return buffer.getvalue()
