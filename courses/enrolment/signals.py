"""Receivers of enrolment: a pre-enrolled address joins its courses when it signs up."""

from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def pre_enrollments_on_signup(sender, instance, created, raw=False, **kwargs):
    """Someone listed by e-mail before they had an account joins those courses on sign-up."""
    if created and not raw:
        from courses.enrolment.bulk import pre_enrollments_activate

        pre_enrollments_activate(user=instance)
