"""Reading the e-mails the live server sends.

The live server is a thread of the test process, so with the test settings' locmem backend its
messages land in the same `django.core.mail.outbox` as pytest-django's `mailoutbox` fixture.
"""

import re
import time
from urllib.parse import urlsplit

import pytest


def wait_for_mail(outbox: list, *, to: str, timeout: float = 5.0):
    """The latest message to `to`, waiting a little: the server sends it after its commit."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for message in reversed(outbox):
            if to in message.to:
                return message
        time.sleep(0.05)
    pytest.fail(f"no e-mail to {to} within {timeout} s", pytrace=False)


def link_path(body: str, pattern: str) -> str:
    """The path of the first link in `body` containing `pattern`, to open on the live server.

    Links in e-mails carry SITE_URL's origin, not the live server's random port.
    """
    match = re.search(rf"https?://\S*{re.escape(pattern)}\S*", body)
    assert match, f"no link containing {pattern!r} in:\n{body}"
    return urlsplit(match.group(0)).path
