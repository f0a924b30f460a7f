"""Background jobs of certificates: issue, render and mail, and the sweep that catches up."""

from smtplib import SMTPException

from django.db import transaction

from celery import shared_task

from lms.accounts.tasks import RETRY  # the accounts app's mail retry policy

# Rendering writes files (storage may be remote and briefly down) and mailing talks to a server:
# both fail for a while and come back, so retry with growing pauses.
CERTIFICATE_RETRY = {
    **RETRY,
    "autoretry_for": (OSError, SMTPException),
    "time_limit": 180,
    "soft_time_limit": 150,
}
SWEEP_BATCH = 500


@shared_task(**CERTIFICATE_RETRY)
def certificate_issue(enrollment_id: int) -> bool:
    """Issue, render and mail the certificate of a completed enrolment; True when it issued one.

    A rerun issues nothing and only finishes what an earlier run left undone.
    """
    from courses.certificates import services as certificates
    from courses.certificates.models import Certificate, CertificateStatus

    issued = certificates.certificate_issue(enrollment_id=enrollment_id)
    certificate = Certificate.objects.filter(
        enrollment_id=enrollment_id, status=CertificateStatus.VALID
    ).first()
    if certificate is not None:
        certificates.certificate_deliver(certificate_id=certificate.pk)
    return issued is not None


@shared_task(**CERTIFICATE_RETRY)
def certificate_deliver(certificate_id: int) -> bool:
    """Render and mail a (re)issued certificate, whichever is still missing."""
    from courses.certificates import services as certificates

    return certificates.certificate_deliver(certificate_id=certificate_id)


@shared_task(time_limit=300, soft_time_limit=240)
def certificates_sweep() -> dict[str, int]:
    """Periodic: issue for completions that have no certificate, deliver undelivered ones
    (work missed while the broker or a worker was down)."""
    from courses.certificates.selectors import (
        certificates_undelivered,
        enrollments_awaiting_certificate,
    )
    from lms.outbox.services import outbox_send

    missing = list(enrollments_awaiting_certificate()[:SWEEP_BATCH])
    undelivered = list(certificates_undelivered()[:SWEEP_BATCH])
    # Through the outbox, so a broker lost mid-sweep loses nothing (the tasks are idempotent).
    with transaction.atomic():
        for enrollment_id in missing:
            outbox_send(certificate_issue, enrollment_id)
        for certificate_id in undelivered:
            outbox_send(certificate_deliver, certificate_id)
    return {"issued": len(missing), "delivered": len(undelivered)}
