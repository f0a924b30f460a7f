"""What certificates hold about a person: each certificate's facts, and its PDF and PNG.

Deletion keeps every certificate (status, course, dates: the reports count the valid ones, and
whoever was shown one can still check it), removes the holder's name from it and deletes the
files that print the name; the verification page then answers "valid, the holder's name is
withheld at their request". docs/privacy-providers.md.
"""

from collections.abc import Iterator

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from courses.activity.personal_data import CHUNK_SIZE, files_delete_on_commit, iso
from courses.certificates.models import Certificate, CertificateStatus
from courses.certificates.services import verify_url
from lms.privacy.providers import PersonalDataProvider

KEY = "certificates"
FILE_FIELDS = ("pdf", "png")


def certificate_records(user) -> Iterator[dict]:
    """Every certificate, oldest first, as it was issued (revoked and replaced ones too)."""
    statuses = dict(CertificateStatus.choices)
    certificates = Certificate.objects.filter(user=user).order_by("issued_at", "pk")
    for certificate in certificates.iterator(chunk_size=CHUNK_SIZE):
        yield {
            "code": certificate.code_display,
            "status": str(statuses.get(certificate.status, certificate.status)),
            "holder_name": certificate.holder_name,
            "course": certificate.course_title,
            "hours": certificate.course_hours,
            "completed_on": iso(certificate.completed_on),
            "issued_at": iso(certificate.issued_at),
            "issued_by": certificate.issuer_name,
            "trainers": certificate.trainer_names,
            "language": certificate.language,
            "revoked_at": iso(certificate.revoked_at),
            "reason_for_revoking": certificate.revocation_reason,
            "verification_page": verify_url(certificate),
            "files": [
                f"files/{KEY}/{certificate_file_path(certificate, field)}"
                for field in FILE_FIELDS
                if getattr(certificate, field)
            ],
        }


def certificate_file_path(certificate, field: str) -> str:
    return f"certificate-{certificate.code}.{field}"


def certificate_files(user) -> Iterator[tuple]:
    certificates = (
        Certificate.objects.filter(user=user).only("pk", "code", *FILE_FIELDS).order_by("pk")
    )
    for certificate in certificates.iterator(chunk_size=CHUNK_SIZE):
        for field in FILE_FIELDS:
            file = getattr(certificate, field)
            if file:
                yield (certificate_file_path(certificate, field), file.storage, file.name)


def certificates_describe(user) -> str | None:
    count = Certificate.objects.filter(user=user).count()
    if not count:
        return None
    return ngettext(
        "%(count)d certificate stays verifiable with the holder's name withheld; "
        "its files are deleted.",
        "%(count)d certificates stay verifiable with the holder's name withheld; "
        "their files are deleted.",
        count,
    ) % {"count": count}


def certificates_erase(user) -> int:
    """Withholds the name on every certificate of the person and deletes their files (once
    the deletion commits). Status, course, hours and dates stay: the reports count them."""
    certificates = Certificate.objects.filter(user=user)
    names = [
        (getattr(c, field).storage, getattr(c, field).name)
        for c in certificates.only("pk", *FILE_FIELDS)
        for field in FILE_FIELDS
        if getattr(c, field)
    ]
    files_delete_on_commit(names)
    return certificates.update(holder_name="", holder_withheld_at=timezone.now(), pdf="", png="")


def certificates_personal_data() -> PersonalDataProvider:
    return PersonalDataProvider(
        key=KEY,
        title=_("Certificates"),
        models=("certificates.Certificate",),
        records=certificate_records,
        files=certificate_files,
        describe=certificates_describe,
        erase=certificates_erase,
        order=60,
    )
