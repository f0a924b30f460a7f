"""Grant certificates: one PDF per winner, drawn with the course certificates' look
(courses/certificates/rendering.py) without touching the certificates' models."""

from django.core.files.base import ContentFile
from django.utils import formats, translation
from django.utils.translation import gettext as _

from courses.certificates.rendering import (
    CertificateText,
    certificate_pdf,
    certificate_png,
)
from courses.competitions.models import Application


def _som(amount) -> str:
    return f"{int(amount):,}".replace(",", "\u00a0")


def grant_certificate_text(application: Application, *, verify_url: str, language: str):
    """What the grant certificate says, in `language`."""
    from courses.competitions.services_jury import call_title

    call = application.call
    with translation.override(language):
        applicant = application.municipality or application.cluster
        name = getattr(applicant, f"name_{language}", "") or applicant.name_ky
        decided = application.decided_at or application.updated_at
        return CertificateText(
            heading=_("Grant certificate"),
            holder_name=name,
            course_title=_("winner of the competition “%(call)s”") % {"call": call_title(call)},
            details=_("Grant of %(amount)s som · awarded on %(date)s")
            % {
                "amount": _som(application.grant_amount or 0),
                "date": formats.date_format(decided, "DATE_FORMAT"),
            },
            issuer=_("Municipal Academy"),
            code_label=_("Application no. %(number)s") % {"number": application.pk},
            verify_url=verify_url,
        )


def grant_certificate_pdf(application: Application, *, verify_url: str, language: str) -> bytes:
    text = grant_certificate_text(application, verify_url=verify_url, language=language)
    png, blocks = certificate_png(text)
    return certificate_pdf(png, blocks, text)


def grant_certificate_issue(
    application: Application, *, verify_url: str, language: str = "ky"
) -> bool:
    """Draw and store the winner's certificate once; False when it was already there."""
    if application.grant_certificate:
        return False
    content = grant_certificate_pdf(application, verify_url=verify_url, language=language)
    application.grant_certificate.save(
        f"grant-{application.call.slug}-{application.pk}.pdf", ContentFile(content), save=False
    )
    application.save(update_fields=["grant_certificate", "updated_at"])
    return True
