"""The admin's password-reset form: its e-mail in the person's language, through the outbox."""

from django.template.loader import render_to_string
from django.utils import translation

from wagtail.admin.forms.auth import PasswordResetForm as WagtailPasswordResetForm

from lms.accounts.tasks import email_send
from lms.outbox.services import outbox_send


class AdminPasswordResetForm(WagtailPasswordResetForm):
    """Wagtail renders the reset mail in the language of the request, which is the language of
    whoever typed the address on the sign-in page; this renders it in the account holder's own
    and queues it like the site's reset mail (settings.WAGTAILADMIN_USER_PASSWORD_RESET_FORM)."""

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        language = context["user"].preferred_language
        with translation.override(language):
            subject = render_to_string(subject_template_name, context)
            body = render_to_string(email_template_name, context)
        outbox_send(
            email_send, subject=subject, body=body, recipients=[to_email], language=language
        )
