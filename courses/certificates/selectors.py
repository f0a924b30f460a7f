"""Reads for certificates: the verification page, the learner's downloads, the sweep."""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from courses.catalogue.models import CoursePage
from courses.certificates.models import Certificate, CertificateStatus, certificate_code_normalise
from courses.enrolment.models import Enrollment, EnrollmentStatus

# A certificate issued this long ago and still not rendered or mailed was missed by its task.
DELIVERY_GRACE = timedelta(minutes=10)


def certificate_by_code(code: str) -> Certificate | None:
    """The certificate a typed or scanned code names (dashes and case ignored); one query."""
    code = certificate_code_normalise(code)
    if not code:
        return None
    return Certificate.objects.filter(code=code).select_related("user").first()


def certificates_of_user(*, user) -> QuerySet[Certificate]:
    """The learner's valid certificates, newest first, for the dashboard (one query).

    Each has `png`/`pdf` (empty until rendered) and `code`; download links:
    reverse("certificates:download", kwargs={"code": c.code, "file_format": "pdf" | "png"}).
    """
    return Certificate.objects.filter(user=user, status=CertificateStatus.VALID).order_by(
        "-issued_at", "-pk"
    )


def certificate_of_enrollment(*, enrollment) -> Certificate | None:
    """The valid certificate of a completed enrolment, if issued yet (one query)."""
    return Certificate.objects.filter(enrollment=enrollment, status=CertificateStatus.VALID).first()


def certificate_of_holder(*, user, code: str) -> Certificate | None:
    """The holder's own valid certificate with this code, for downloads."""
    return certificates_of_user(user=user).filter(code=certificate_code_normalise(code)).first()


def enrollments_awaiting_certificate() -> QuerySet:
    """Ids of completed enrolments, in courses that grant certificates, that have none yet."""
    granting = CoursePage.objects.filter(certificate_enabled=True).values("translation_key")
    return (
        Enrollment.objects.filter(status=EnrollmentStatus.COMPLETED, course_key__in=granting)
        .exclude(Exists(Certificate.objects.filter(enrollment=OuterRef("pk"))))
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def certificates_undelivered() -> QuerySet:
    """Ids of valid certificates whose files or e-mail are missing past the grace time."""
    return (
        Certificate.objects.filter(
            status=CertificateStatus.VALID,
            issued_at__lt=timezone.now() - DELIVERY_GRACE,
            # A deleted account's certificate has no name to render and no address to mail.
            holder_withheld_at__isnull=True,
        )
        .filter(Q(rendered_at__isnull=True) | Q(emailed_at__isnull=True))
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def course_page_for_language(*, course_key, language: str) -> CoursePage | None:
    """The course in `language`, else in the default language, else in any language."""
    pages = list(
        CoursePage.objects.filter(translation_key=course_key)
        .select_related("locale")
        .prefetch_related("trainers")
    )
    by_language = {page.locale.language_code: page for page in pages}
    return (
        by_language.get(language)
        or by_language.get(settings.LANGUAGE_CODE)
        or (pages[0] if pages else None)
    )


@dataclass(frozen=True)
class BadgeCourse:
    title: str
    summary: str


def badge_course(*, course_key, language: str) -> BadgeCourse | None:
    """The course's title and summary in `language`, falling back as certificates do."""
    page = course_page_for_language(course_key=course_key, language=language)
    if page is None:
        return None
    return BadgeCourse(title=page.title, summary=page.summary)
