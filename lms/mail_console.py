"""E-mail printed for a developer to read (the `dev` settings' backend).

Django's console backend prints the raw MIME message: subjects in Kyrgyz or Russian come out as
`=?utf-8?b?…?=`, bodies as base64, and a certificate's PDF as two thousand lines of it. This one
prints the headers as people read them, the text body as written, and a line for each
alternative and attachment (name, type, size) instead of its bytes.
"""

from email.mime.base import MIMEBase

from django.core.mail.backends.console import EmailBackend

RULE = "-" * 79


def _size(content) -> int:
    if content is None:
        return 0
    if isinstance(content, str):
        return len(content.encode("utf-8"))
    return len(content)


def _attachment(item) -> tuple[str, str, int]:
    """(file name, MIME type, bytes) of an attachment, whichever way it was attached."""
    if isinstance(item, MIMEBase):
        payload = item.get_payload(decode=True)
        return item.get_filename() or "(no name)", item.get_content_type(), _size(payload)
    filename, content, mimetype = item
    return filename or "(no name)", mimetype or "application/octet-stream", _size(content)


def message_readable(message) -> str:
    """One message as a developer wants to read it."""
    headers = [
        ("Subject", message.subject),
        ("From", message.from_email),
        ("To", ", ".join(message.to)),
        ("Cc", ", ".join(message.cc)),
        ("Bcc", ", ".join(message.bcc)),
        ("Reply-To", ", ".join(message.reply_to)),
        *message.extra_headers.items(),
    ]
    lines = [f"{name}: {value}" for name, value in headers if value]
    subtype = getattr(message, "content_subtype", "plain")
    if subtype == "plain":
        lines += ["", message.body.rstrip("\n")]
    else:
        lines += ["", f"[body: text/{subtype}, {_size(message.body)} bytes]"]
    for alternative in getattr(message, "alternatives", []):
        content, mimetype = alternative[0], alternative[1]
        lines.append(f"[alternative: {mimetype}, {_size(content)} bytes]")
    for item in message.attachments:
        filename, mimetype, size = _attachment(item)
        lines.append(f"[attachment: {filename}, {mimetype}, {size} bytes]")
    return "\n".join(lines) + "\n"


class ReadableConsoleBackend(EmailBackend):
    """Django's console backend, writing `message_readable` instead of the MIME source."""

    def write_message(self, message):
        self.stream.write(message_readable(message))
        self.stream.write(RULE + "\n")
