"""Building and sending the account e-mails, in the recipient's language."""

from email.headerregistry import Address
from email.utils import parseaddr

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from lms.accounts.models import User
from lms.accounts.tokens import email_confirmation_token
from lms.i18n import platform_name

__all__ = ["confirmation_email_send", "message_send", "platform_name", "sender"]


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
    message_send(
        subject=subject, body=body, recipients=[user.email], language=user.preferred_language
    )
    return True


def message_send(
    *,
    subject: str,
    body: str,
    recipients: list[str],
    attachments: list[tuple[str, bytes, str]] | None = None,
    language: str | None = None,
) -> None:
    """Send one plain-text message from the platform's address, signed with its name in
    `language` (the active one by default); attachments are (filename, content, MIME type)."""
    message = EmailMessage(
        subject=" ".join(subject.split()),
        body=body,
        from_email=sender(language),
        to=recipients,
    )
    for filename, content, mimetype in attachments or []:
        message.attach(filename, content, mimetype)
    message.send()


def sender(language: str | None = None) -> str:
    """DEFAULT_FROM_EMAIL's address under the platform's name in `language`, so a reader sees
    who writes in their own language in the list of their mail."""
    name, address = parseaddr(str(settings.DEFAULT_FROM_EMAIL))
    if not address:
        return settings.DEFAULT_FROM_EMAIL
    return str(Address(display_name=platform_name(language) or name, addr_spec=address))
