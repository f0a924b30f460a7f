"""The limits of the public submission form's attachments; the checks by content are
`lms.uploads`' (shared with assignment submissions and feedback files)."""

from django.core.files.uploadedfile import UploadedFile

from lms.uploads import ERROR_COUNT, KNOWN_EXTENSIONS, CheckedFile, upload_check

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
MAX_ATTACHMENTS = 5
ALLOWED_EXTENSIONS = KNOWN_EXTENSIONS

__all__ = [
    "ALLOWED_EXTENSIONS",
    "ERROR_COUNT",
    "MAX_ATTACHMENTS",
    "MAX_ATTACHMENT_BYTES",
    "CheckedFile",
    "attachment_check",
]


def attachment_check(upload: UploadedFile) -> CheckedFile:
    """Accept the file or raise ValidationError with a message the submitter understands."""
    return upload_check(upload, extensions=ALLOWED_EXTENSIONS, max_bytes=MAX_ATTACHMENT_BYTES)
