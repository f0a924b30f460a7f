"""The limits of the public submission form's attachments; the checks by content are
`lms.uploads`' (shared with assignment submissions and feedback files)."""

from lms.uploads import KNOWN_EXTENSIONS, CheckedFile

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
MAX_ATTACHMENTS = 5
ALLOWED_EXTENSIONS = KNOWN_EXTENSIONS

__all__ = ["ALLOWED_EXTENSIONS", "MAX_ATTACHMENTS", "MAX_ATTACHMENT_BYTES", "CheckedFile"]
