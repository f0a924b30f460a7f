"""Background jobs of the courses app."""

from smtplib import SMTPException

from django.core.management import call_command

from celery import shared_task

from lms.accounts.tasks import RETRY  # the accounts app's mail retry policy


@shared_task(time_limit=120, soft_time_limit=100)
def pages_publish_scheduled() -> None:
    """Publish pages whose go-live time has come and unpublish expired ones (idempotent).

    Wagtail's own `publish_scheduled` command does the work; beat runs this every minute.
    """
    call_command("publish_scheduled")


# ---- enrolment notifications -----------------------------------------------------------------


@shared_task(**RETRY)
def enrollment_email_send(enrollment_id: int, kind: str) -> bool:
    """Tell the learner about their enrolment (confirmation, decision, completion).

    Re-reads the enrolment and skips a message that no longer matches its state, and the
    non-essential kinds for learners who turned them off.
    """
    from courses.notifications import enrollment_message_send

    return enrollment_message_send(enrollment_id=enrollment_id, kind=kind)


@shared_task(time_limit=900, soft_time_limit=840)
def bulk_job_run(job_id: int) -> str:
    """Process an uploaded enrolment list; a finished job is left alone (idempotent)."""
    from courses.services.bulk import bulk_job_run as run

    job = run(job_id=job_id)
    return job.status if job else "missing"


@shared_task(**RETRY)
def invitation_email_send(user_id: int, course_key: str) -> bool:
    """Invite an account created by a bulk upload to set a password; not once it has one."""
    from courses.notifications import invitation_message_send

    return invitation_message_send(user_id=user_id, course_key=course_key)


# ---- certificates ----------------------------------------------------------------------------

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
    from courses.models import Certificate, CertificateStatus
    from courses.services import certificates

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
    from courses.services import certificates

    return certificates.certificate_deliver(certificate_id=certificate_id)


@shared_task(time_limit=300, soft_time_limit=240)
def certificates_sweep() -> dict[str, int]:
    """Periodic: issue for completions that have no certificate, deliver undelivered ones
    (work missed while the broker or a worker was down)."""
    from courses.selectors.certificates import (
        certificates_undelivered,
        enrollments_awaiting_certificate,
    )

    missing = list(enrollments_awaiting_certificate()[:SWEEP_BATCH])
    for enrollment_id in missing:
        certificate_issue.delay(enrollment_id)
    undelivered = list(certificates_undelivered()[:SWEEP_BATCH])
    for certificate_id in undelivered:
        certificate_deliver.delay(certificate_id)
    return {"issued": len(missing), "delivered": len(undelivered)}


# ---- report exports --------------------------------------------------------------------------

# Writing the file may meet storage that is briefly away; the service re-queues the job first.
REPORT_EXPORT_RETRY = {
    "autoretry_for": (OSError,),
    "retry_backoff": 30,
    "retry_backoff_max": 10 * 60,
    "retry_jitter": True,
    "max_retries": 5,
    "time_limit": 1800,
    "soft_time_limit": 1740,
}


@shared_task(**REPORT_EXPORT_RETRY)
def report_export_run(export_id: int) -> str:
    """Build a queued report export's file; a job already taken or finished is left alone."""
    from courses.services.report_exports import report_export_run as run

    job = run(export_id=export_id)
    return job.status if job else "skipped"


@shared_task(**RETRY)
def report_export_email_send(export_id: int) -> bool:
    """Tell the requester their export is ready, with the link, in their language."""
    from courses.notifications import report_export_message_send

    return report_export_message_send(export_id=export_id)


@shared_task(time_limit=300, soft_time_limit=240)
def report_exports_sweep() -> dict[str, int]:
    """Periodic: re-send exports the broker lost, fail dead ones, delete files after a week."""
    from courses.services.report_exports import report_exports_sweep as sweep

    return sweep()
