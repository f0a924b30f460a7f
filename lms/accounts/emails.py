"""Building and sending the account e-mails, in the recipient's language."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from lms.accounts.models import User
from lms.accounts.tokens import email_confirmation_token


def confirmation_email_send(*, user: User) -> bool:
    """Mail the confirmation link; False when there is nothing to confirm."""
    if user.email_confirmed or not user.is_active:
        return False
    with translation.override(user.preferred_language):
        path = reverse(
            "accounts:confirm_email",
            kwargs={
                "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                "token": email_confirmation_token.make_token(user),
            },
        )
        context = {"user": user, "link": settings.SITE_URL + path, "platform": platform_name()}
        subject = render_to_string("accounts/email/confirm_subject.txt", context).strip()
        body = render_to_string("accounts/email/confirm_body.txt", context)
    message_send(subject=subject, body=body, recipients=[user.email])
    return True


def message_send(
    *,
    subject: str,
    body: str,
    recipients: list[str],
    attachments: list[tuple[str, bytes, str]] | None = None,
) -> None:
    """Send one plain-text message from the platform's address; attachments are
    (filename, content, MIME type)."""
    message = EmailMessage(subject=" ".join(subject.split()), body=body, to=recipients)
    for filename, content, mimetype in attachments or []:
        message.attach(filename, content, mimetype)
    message.send()


def platform_name() -> str:
    """The deployment's name for the platform, or the translated default."""
    return settings.PLATFORM_NAME or _("Municipal Academy")
