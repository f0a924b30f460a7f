"""Receivers of certificates: a completed course hands over to the certificate task."""

from django.dispatch import receiver

from courses.progress.signals import course_completed


@receiver(course_completed)
def certificate_issue_on_completion(sender, enrollment_id, **kwargs):
    """Hand a completed enrolment to the certificate task (after commit; the sweep backs it up)."""
    from courses.certificates.tasks import certificate_issue

    certificate_issue.delay_on_commit(enrollment_id)
