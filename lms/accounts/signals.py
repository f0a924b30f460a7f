"""One language per person: the platform's profile and Wagtail's admin profile kept in step.

A person chooses their language on the site's profile (`User.preferred_language`, used by our
e-mails) or in the admin's account settings (`UserProfile.preferred_language`, which Wagtail
uses for the admin and for its own e-mails: review requests, approvals, comments). Either
choice is copied to the other, so a reviewer who reads Russian gets Wagtail's moderation mail in
Russian, and a new admin profile starts in the person's language instead of the language of
whichever request happened to create it. Receivers, not a service: Wagtail's account view
saves its profile itself. Each copy is an UPDATE, which sends no signal, so nothing loops.
"""

from django.conf import settings
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver

from wagtail.users.models import UserProfile

from lms.accounts.models import User
from lms.accounts.user_cache import user_cache_forget


@receiver(post_save, sender=User)
def admin_profile_language_follow(sender, instance, created, raw=False, update_fields=None, **kw):
    """The admin profile takes the language chosen on the site's profile (or by a manager)."""
    if raw or created or (update_fields is not None and "preferred_language" not in update_fields):
        return
    language = instance.preferred_language
    UserProfile.objects.filter(user_id=instance.pk).exclude(preferred_language=language).update(
        preferred_language=language
    )
    cached = instance._state.fields_cache.get("wagtail_userprofile")
    if cached is not None:
        cached.preferred_language = language


@receiver(pre_save, sender=UserProfile)
def admin_profile_language_start(sender, instance, raw=False, **kwargs):
    """A profile without a language (new, or "use the server's default") takes the person's."""
    if not raw and not instance.preferred_language:
        instance.preferred_language = instance.user.preferred_language


@receiver(post_save, sender=UserProfile)
def user_language_follow(sender, instance, raw=False, **kwargs):
    """A language chosen in the admin's account settings becomes the person's language."""
    language = instance.preferred_language
    if raw or language not in dict(settings.LANGUAGES):
        return
    if (
        User.objects.filter(pk=instance.user_id)
        .exclude(preferred_language=language)
        .update(preferred_language=language)
    ):
        user_cache_forget([instance.user_id])
    user = instance._state.fields_cache.get("user")
    if user is not None:
        user.preferred_language = language
