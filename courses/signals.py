"""Signals the courses app sends, and receivers that only hand over to services."""

from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import Signal, receiver

from wagtail.signals import copy_for_translation_done

# Sent once, after the transaction that completed an enrolment has committed, with
# `enrollment_id`; the certificates feature listens to it. Receivers must not assume the broker
# is up: a periodic sweep catches completions whose follow-up work never ran.
course_completed = Signal()


@receiver(copy_for_translation_done)
def course_rights_after_translation(sender, source_obj, target_obj, **kwargs):
    """A new translation of a course or catalogue gets the same trainers and review workflow."""
    from courses.wagtail_hooks import course_rights_apply

    course_rights_apply(target_obj)


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def pre_enrollments_on_signup(sender, instance, created, raw=False, **kwargs):
    """Someone listed by e-mail before they had an account joins those courses on sign-up."""
    if created and not raw:
        from courses.services.bulk import pre_enrollments_activate

        pre_enrollments_activate(user=instance)


@receiver(course_completed)
def certificate_issue_on_completion(sender, enrollment_id, **kwargs):
    """Hand a completed enrolment to the certificate task (after commit; the sweep backs it up)."""
    from courses.tasks import certificate_issue

    certificate_issue.delay_on_commit(enrollment_id)
