"""Receivers of certificates: a completed course hands over to the certificate task."""

from django.dispatch import receiver

from courses.progress.signals import course_completed


@receiver(course_completed)
def certificate_issue_on_completion(sender, enrollment_id, **kwargs):
    """Queue the certificate task in the completing transaction, through the outbox (it goes
    to Celery on commit; the certificates sweep backs it up)."""
    from courses.certificates.tasks import certificate_issue
    from lms.outbox.services import outbox_send

    outbox_send(certificate_issue, enrollment_id)
