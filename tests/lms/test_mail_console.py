"""The development mail backend prints what a developer needs to read, not MIME source."""

import io

from django.core.mail import EmailMessage, EmailMultiAlternatives

from lms.mail_console import ReadableConsoleBackend

PDF = b"%PDF-1.4\n" + b"x" * 20_000


def printed(*messages) -> str:
    stream = io.StringIO()
    ReadableConsoleBackend(stream=stream).send_messages(list(messages))
    return stream.getvalue()


def test_subject_and_sender_are_printed_decoded_with_the_text_body():
    message = EmailMessage(
        subject="Сиздин сертификатыңыз: Таштанды чыгаруу",
        body="Саламатсызбы, Бурул!\n\nКурс аяктады.",
        from_email="Муниципалдык академия <noreply@example.org>",
        to=["burul@example.org"],
        headers={"Auto-Submitted": "auto-generated"},
    )
    output = printed(message)
    assert "Subject: Сиздин сертификатыңыз: Таштанды чыгаруу" in output
    assert "From: Муниципалдык академия <noreply@example.org>" in output
    assert "To: burul@example.org" in output
    assert "Auto-Submitted: auto-generated" in output
    assert "Саламатсызбы, Бурул!\n\nКурс аяктады." in output
    assert "=?utf-8?" not in output
    assert "base64" not in output


def test_attachments_and_alternatives_are_listed_by_name_type_and_size():
    message = EmailMultiAlternatives(
        subject="Certificate",
        body="Attached.",
        from_email="noreply@example.org",
        to=["a@example.org"],
    )
    message.attach("certificate-ABC.pdf", PDF, "application/pdf")
    message.attach_alternative("<p>Attached.</p>", "text/html")
    output = printed(message)
    assert f"[attachment: certificate-ABC.pdf, application/pdf, {len(PDF)} bytes]" in output
    assert "[alternative: text/html, 16 bytes]" in output
    assert "%PDF" not in output and "xxxx" not in output
    assert len(output.splitlines()) < 15


def test_an_html_only_message_and_a_mime_attachment_are_summarised():
    from email.mime.text import MIMEText

    message = EmailMessage(subject="Hi", body="<p>Hi</p>", to=["a@example.org"])
    message.content_subtype = "html"
    part = MIMEText("a;b\n1;2\n", "csv", "utf-8")
    part.add_header("Content-Disposition", "attachment", filename="list.csv")
    message.attach(part)
    output = printed(message, message)
    assert "[body: text/html, 9 bytes]" in output
    assert "[attachment: list.csv, text/csv, 8 bytes]" in output
    assert output.count("-" * 79) == 2


def test_dev_settings_use_it_unless_a_mail_server_is_configured(monkeypatch):
    import importlib

    import lms.settings.dev as dev

    monkeypatch.delenv("EMAIL_URL", raising=False)
    assert importlib.reload(dev).EMAIL_BACKEND == "lms.mail_console.ReadableConsoleBackend"
