"""The warning to a person whose account is unused, in their language."""

from datetime import timedelta

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from lms.accounts.emails import message_send, platform_name
from lms.retention.models import InactivityWarning


def inactivity_warning_message_send(*, warning_id: int) -> bool:
    """Mail the warning once, while it still holds; False when nothing was sent."""
    warning = (
        InactivityWarning.objects.select_related("user")
        .filter(pk=warning_id, emailed_at=None)
        .first()
    )
    if warning is None:
        return False
    user = warning.user
    if not user.is_active or (user.last_login and user.last_login > warning.created_at):
        return False
    now = timezone.now()
    deadline = timezone.localdate(now + timedelta(days=settings.RETENTION_INACTIVE_WARNING_DAYS))
    last_seen = timezone.localdate(user.last_login or user.date_joined)
    language = user.preferred_language
    with translation.override(language):
        link = f"{settings.SITE_URL}{reverse('accounts:login')}"
        subject = _("Your account will be deleted unless you sign in")
        body = _(
            "Since %(last_seen)s nobody has signed in to your account at %(platform)s. "
            "Accounts unused this long are deleted to protect the personal data they hold.\n\n"
            "To keep your account, your learning record and your certificates, sign in before "
            "%(deadline)s:\n\n%(link)s\n\n"
            "Otherwise your name and e-mail address will be removed and the account can no "
            "longer be used; your certificates stay valid, with your name withheld."
        ) % {
            "platform": platform_name(),
            "last_seen": date_format(last_seen, "DATE_FORMAT"),
            "deadline": date_format(deadline, "DATE_FORMAT"),
            "link": link,
        }
        body = f"{body}\n\n-- \n{platform_name()}\n"
    message_send(subject=subject, body=body, recipients=[user.email], language=language)
    InactivityWarning.objects.filter(pk=warning.pk).update(emailed_at=now)
    return True
