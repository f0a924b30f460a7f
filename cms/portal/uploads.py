"""Checking files sent through the public submission form, by their content, not their name.

Images are decoded and re-encoded by Pillow (dropping metadata and anything hidden after the
pixels), and refused above the pixel limit so a tiny "decompression bomb" cannot eat the memory.
Documents must start like the format their extension claims.
"""

import io
import warnings
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from PIL import Image

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
MAX_ATTACHMENTS = 5
IMAGE_FORMATS = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG"}
OFFICE_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
}
ALLOWED_EXTENSIONS = ("pdf", *OFFICE_TYPES, *IMAGE_FORMATS)

ERROR_TYPE = _(
    "“%(name)s” is not an accepted file. Send PDF, Word, Excel, OpenDocument, JPEG or PNG."
)
ERROR_DISGUISED = _("“%(name)s” is not really a %(ext)s file: its content does not match its name.")
ERROR_SIZE = _("“%(name)s” is larger than %(limit)s MB.")
ERROR_PIXELS = _("“%(name)s” has too many pixels; send a smaller picture.")
ERROR_COUNT = _("Send at most %(count)s files.")


@dataclass(frozen=True)
class CheckedFile:
    """A file that passed the checks, with the bytes to store."""

    name: str
    content: bytes
    content_type: str


def _extension(name: str) -> str:
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def attachment_check(upload: UploadedFile) -> CheckedFile:
    """Accept the file or raise ValidationError with a message the submitter understands."""
    name = upload.name or "file"
    ext = _extension(name)
    if ext not in ALLOWED_EXTENSIONS:
        raise ValidationError(ERROR_TYPE, params={"name": name}, code="type")
    if upload.size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            ERROR_SIZE, params={"name": name, "limit": MAX_ATTACHMENT_BYTES // 2**20}, code="size"
        )
    data = upload.read(MAX_ATTACHMENT_BYTES + 1)
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            ERROR_SIZE, params={"name": name, "limit": MAX_ATTACHMENT_BYTES // 2**20}, code="size"
        )
    if ext in IMAGE_FORMATS:
        return _image_reencode(name=name, data=data, ext=ext)
    if ext == "pdf":
        if not data.startswith(b"%PDF-"):
            raise ValidationError(
                ERROR_DISGUISED, params={"name": name, "ext": "PDF"}, code="disguised"
            )
        return CheckedFile(name=name, content=data, content_type="application/pdf")
    if not _is_office_file(data, ext):
        raise ValidationError(
            ERROR_DISGUISED, params={"name": name, "ext": ext.upper()}, code="disguised"
        )
    return CheckedFile(name=name, content=data, content_type=OFFICE_TYPES[ext])


def _is_office_file(data: bytes, ext: str) -> bool:
    """OOXML and OpenDocument files are zip archives with a known first entry or manifest."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if ext in ("odt", "ods"):
                return archive.read("mimetype").decode("ascii", "replace") == OFFICE_TYPES[ext]
            return "[Content_Types].xml" in names
    except (zipfile.BadZipFile, KeyError, OSError):
        return False


def _image_reencode(*, name: str, data: bytes, ext: str) -> CheckedFile:
    limit = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    fmt = IMAGE_FORMATS[ext]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                if probe.format != fmt:
                    raise ValidationError(
                        ERROR_DISGUISED, params={"name": name, "ext": ext.upper()}, code="disguised"
                    )
                if probe.width * probe.height > limit:
                    raise ValidationError(ERROR_PIXELS, params={"name": name}, code="pixels")
                probe.load()
                image = probe.convert("RGB") if fmt == "JPEG" else probe.copy()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ValidationError(ERROR_PIXELS, params={"name": name}, code="pixels") from error
    except (OSError, SyntaxError, ValueError) as error:
        raise ValidationError(
            ERROR_DISGUISED, params={"name": name, "ext": ext.upper()}, code="disguised"
        ) from error
    out = io.BytesIO()
    image.save(out, format=fmt, **({"quality": 88} if fmt == "JPEG" else {}))
    content_type = "image/jpeg" if fmt == "JPEG" else "image/png"
    return CheckedFile(name=name, content=out.getvalue(), content_type=content_type)
