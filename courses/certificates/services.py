"""Issuing, rendering, mailing, revoking and reissuing certificates.

Issue and reissue are database changes only; the files and the e-mail are made by tasks
(courses.certificates.tasks) that call `certificate_deliver`, which is safe to run any number
of times.
"""

import uuid

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from courses.activity.models import LearningObject, LearningVerb
from courses.activity.services import learning_event_record
from courses.certificates import rendering
from courses.certificates.models import (
    Certificate,
    CertificateDesign,
    CertificateKind,
    CertificateStatus,
    certificate_code_new,
)
from courses.certificates.notifications import certificate_mail_wanted, certificate_notify
from courses.certificates.selectors import course_page_for_language
from courses.enrolment.models import Enrollment, EnrollmentStatus
from lms.accounts.emails import message_send
from lms.i18n import platform_name

REVOKE_REASON_REQUIRED = _("A reason is required to revoke a certificate.")
NOT_VALID = _("Only a valid certificate can be revoked.")
NAME_REQUIRED = _("The holder's name cannot be empty.")
CANNOT_REISSUE = _("A certificate that has already been replaced cannot be reissued.")


class CertificateError(ValueError):
    """A management action that cannot be done; the message says why."""


def verify_url(certificate: Certificate) -> str:
    with translation.override(certificate.language):
        path = reverse("certificates:verify", kwargs={"code": certificate.code})
    return settings.SITE_URL + path


def certificate_issue(*, enrollment_id: int) -> Certificate | None:
    """Issue the certificate of a completed enrolment; None when there is none to issue
    (not completed, certificates off, or one was already issued: a rerun issues nothing)."""
    enrollment = (
        Enrollment.objects.select_related("user")
        .filter(pk=enrollment_id, status=EnrollmentStatus.COMPLETED)
        .first()
    )
    if enrollment is None or Certificate.objects.filter(enrollment=enrollment).exists():
        return None
    user = enrollment.user
    language = user.preferred_language or settings.LANGUAGE_CODE
    course = course_page_for_language(course_key=enrollment.course_key, language=language)
    if course is None or not course.certificate_enabled:
        return None
    completed_at = enrollment.completed_at or enrollment.updated_at
    trainers = sorted(trainer.full_name for trainer in course.trainers.all())
    try:
        with transaction.atomic():
            certificate = Certificate.objects.create(
                enrollment=enrollment,
                user=user,
                course_key=enrollment.course_key,
                code=certificate_code_new(),
                holder_name=user.full_name or user.email,
                course_title=course.title,
                course_hours=course.estimated_hours,
                language=course.locale.language_code,
                completed_on=timezone.localdate(completed_at),
                # In the document's language: the issuer is printed on it and shown on the
                # verification page with the course's title.
                issuer_name=platform_name(course.locale.language_code),
                trainer_names=", ".join(trainers)[:500],
            )
            learning_event_record(
                actor=user,
                verb=LearningVerb.EARNED,
                object_type=LearningObject.CERTIFICATE,
                object_key=enrollment.course_key,
                course_key=enrollment.course_key,
                language=certificate.language,
                context={"code": certificate.code},
            )
            certificate_notify(certificate=certificate, verify_url=verify_url(certificate))
    except IntegrityError:
        return None  # a concurrent run issued it first
    return certificate


def seminar_subject_course_key(subject_key: str) -> uuid.UUID:
    """The course key of a seminar certificate: derived from its subject, never a course's."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"lms-certificate:{subject_key}")


def seminar_certificate_issue(
    *,
    user,
    subject_key: str,
    title: str,
    language: str,
    held_from,
    held_to,
    venue: str = "",
    trainer_names: str = "",
) -> Certificate | None:
    """Issue a certificate of attendance at a seminar (the caller, courses.seminars, decided the
    person attended enough); None when this person already holds a valid one for it.

    The holder is told at once (notification, no mail of its own); the caller sends
    `tasks.certificate_deliver` through the outbox to render and mail the files.
    """
    if Certificate.objects.filter(
        kind=CertificateKind.SEMINAR,
        subject_key=subject_key,
        user=user,
        status=CertificateStatus.VALID,
    ).exists():
        return None
    try:
        with transaction.atomic():
            certificate = Certificate.objects.create(
                kind=CertificateKind.SEMINAR,
                subject_key=subject_key,
                enrollment=None,
                user=user,
                course_key=seminar_subject_course_key(subject_key),
                code=certificate_code_new(),
                holder_name=user.full_name or user.email,
                course_title=title[:255],
                course_hours=0,
                language=language,
                completed_on=held_to,
                held_from=held_from,
                held_to=held_to,
                venue=venue[:300],
                issuer_name=platform_name(language),
                trainer_names=trainer_names[:500],
            )
            certificate_notify(certificate=certificate, verify_url=verify_url(certificate))
    except IntegrityError:
        return None  # a concurrent run issued it first
    return certificate


def certificate_render(*, certificate: Certificate) -> bool:
    """Draw the PNG and PDF once; False when they exist already."""
    if certificate.rendered_at is not None:
        return False
    design = CertificateDesign.objects.filter(course_key=certificate.course_key).first()
    text = rendering.certificate_text(certificate, verify_url=verify_url(certificate))
    opened = []

    def open_image(image):
        if image is None:
            return None
        handle = image.file.open("rb")
        opened.append(handle)
        return handle

    try:
        background = open_image(design.background) if design else None
        signatures = []
        if design:
            for image, name in (
                (design.signature_1, design.signatory_1),
                (design.signature_2, design.signatory_2),
            ):
                if image is not None or name:
                    signatures.append((open_image(image), name))
        png, blocks = rendering.certificate_png(text, background=background, signatures=signatures)
    finally:
        for handle in opened:
            handle.close()
    pdf = rendering.certificate_pdf(png, blocks, text)
    name = f"certificate-{certificate.code}"
    certificate.png.save(f"{name}.png", ContentFile(png), save=False)
    certificate.pdf.save(f"{name}.pdf", ContentFile(pdf), save=False)
    certificate.rendered_at = timezone.now()
    certificate.save(update_fields=["png", "pdf", "rendered_at"])
    return True


def certificate_email_send(*, certificate: Certificate) -> bool:
    """Mail the PDF to the holder once, in their language (the certificate may be in the
    course's default language); False when already sent or not valid."""
    if certificate.emailed_at is not None or not certificate.is_valid or not certificate.pdf:
        return False
    user = certificate.user
    if not certificate_mail_wanted(user=user):
        # Turned off: marked as handled, so the sweep does not try again.
        Certificate.objects.filter(pk=certificate.pk).update(emailed_at=timezone.now())
        return False
    language = user.preferred_language or certificate.language
    with translation.override(language):
        context = {
            "certificate": certificate,
            "verify_url": verify_url(certificate),
            "platform": platform_name(),
        }
        subject = render_to_string("certificates/email_subject.txt", context)
        body = render_to_string("certificates/email_body.txt", context)
    with certificate.pdf.open("rb") as handle:
        pdf = (f"certificate-{certificate.code}.pdf", handle.read(), "application/pdf")
    message_send(
        subject=subject,
        body=body,
        recipients=[user.email],
        attachments=[pdf],
        language=language,
    )
    Certificate.objects.filter(pk=certificate.pk).update(emailed_at=timezone.now())
    certificate.emailed_at = timezone.now()
    return True


def certificate_deliver(*, certificate_id: int) -> bool:
    """Render and mail a valid certificate, whichever of the two is still missing."""
    certificate = (
        Certificate.objects.select_related("user")
        .filter(pk=certificate_id, status=CertificateStatus.VALID)
        .first()
    )
    if certificate is None:
        return False
    rendered = certificate_render(certificate=certificate)
    emailed = certificate_email_send(certificate=certificate)
    return rendered or emailed


def certificate_revoke(*, certificate: Certificate, reason: str, actor) -> Certificate:
    """Withdraw a certificate; the verification page and the badge assertion say so at once."""
    reason = (reason or "").strip()
    if not reason:
        raise CertificateError(REVOKE_REASON_REQUIRED)
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if not certificate.is_valid:
            raise CertificateError(NOT_VALID)
        certificate.status = CertificateStatus.REVOKED
        certificate.revoked_at = timezone.now()
        certificate.revocation_reason = reason[:500]
        certificate.save(update_fields=["status", "revoked_at", "revocation_reason"])
    return certificate


def certificate_reissue(*, certificate: Certificate, holder_name: str, actor) -> Certificate:
    """A new certificate (new code, e.g. with a corrected name) replaces this one, which is kept
    as superseded: its code still verifies, as replaced, so nobody holds two valid ones.
    The caller enqueues `courses.certificates.tasks.certificate_deliver` for the new one."""
    holder_name = " ".join((holder_name or "").split())
    if not holder_name:
        raise CertificateError(NAME_REQUIRED)
    with transaction.atomic():
        old = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if old.status == CertificateStatus.SUPERSEDED:
            raise CertificateError(CANNOT_REISSUE)
        old.status = CertificateStatus.SUPERSEDED
        old.revoked_at = timezone.now()
        old.revocation_reason = old.revocation_reason or "Reissued"
        old.save(update_fields=["status", "revoked_at", "revocation_reason"])
        new = Certificate.objects.create(
            enrollment_id=old.enrollment_id,
            kind=old.kind,
            subject_key=old.subject_key,
            held_from=old.held_from,
            held_to=old.held_to,
            venue=old.venue,
            user_id=old.user_id,
            course_key=old.course_key,
            code=certificate_code_new(),
            holder_name=holder_name[:200],
            course_title=old.course_title,
            course_hours=old.course_hours,
            language=old.language,
            completed_on=old.completed_on,
            issuer_name=old.issuer_name,
            trainer_names=old.trainer_names,
        )
        old.replaced_by = new
        old.save(update_fields=["replaced_by"])
    return new
