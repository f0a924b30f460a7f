"""A mail backend that fails a set number of times, as a mail server that is briefly down."""

from smtplib import SMTPServerDisconnected

from django.core.mail.backends.locmem import EmailBackend


class FlakyEmailBackend(EmailBackend):
    """Raises SMTPServerDisconnected for the first `failures` sends, then delivers to the outbox."""

    failures = 0
    attempts = 0

    def send_messages(self, messages):
        type(self).attempts += 1
        if type(self).attempts <= type(self).failures:
            raise SMTPServerDisconnected("connection dropped")
        return super().send_messages(messages)
