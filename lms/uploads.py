"""Checking uploaded files by their content, not their name, for every form that takes files
(case proposals, assignment submissions, trainers' feedback files).

Images are decoded and re-encoded by Pillow (dropping metadata and anything hidden after the
pixels), and refused above the pixel limit so a tiny "decompression bomb" cannot eat the memory.
Documents must start like the format their extension claims. Only the extensions listed in
`KNOWN_EXTENSIONS` can be checked; a form may accept fewer of them, never others.
"""

import io
import warnings
import zipfile
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from PIL import Image

IMAGE_FORMATS = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG"}
OFFICE_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
}
# Every extension whose content `upload_check` can recognise.
KNOWN_EXTENSIONS = ("pdf", *OFFICE_TYPES, *IMAGE_FORMATS)

ERROR_TYPE = _(
    "“%(name)s” is not an accepted file. Send PDF, Word, Excel, OpenDocument, JPEG or PNG."
)
ERROR_TYPE_LIST = _("“%(name)s” is not an accepted file. Accepted types: %(types)s.")
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

    @property
    def size(self) -> int:
        return len(self.content)


def file_extension(name: str) -> str:
    """ "Plan.PDF" → "pdf"; "" when the name has none."""
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _limit_mb(max_bytes: int) -> str:
    mb = max_bytes / 2**20
    return str(int(mb)) if mb == int(mb) else f"{mb:.1f}"


def upload_check(
    upload: UploadedFile, *, extensions=KNOWN_EXTENSIONS, max_bytes: int
) -> CheckedFile:
    """Accept the file or raise ValidationError with a message the sender understands.

    `extensions` narrows `KNOWN_EXTENSIONS` (one the checks cannot recognise is never
    accepted); `max_bytes` is the largest file accepted.
    """
    name = upload.name or "file"
    ext = file_extension(name)
    allowed = [e for e in extensions if e in KNOWN_EXTENSIONS]
    if ext not in allowed:
        if set(allowed) == set(KNOWN_EXTENSIONS):
            raise ValidationError(ERROR_TYPE, params={"name": name}, code="type")
        types = ", ".join(e.upper() for e in allowed)
        raise ValidationError(ERROR_TYPE_LIST, params={"name": name, "types": types}, code="type")
    size_error = ValidationError(
        ERROR_SIZE, params={"name": name, "limit": _limit_mb(max_bytes)}, code="size"
    )
    if upload.size is not None and upload.size > max_bytes:
        raise size_error
    upload.seek(0)
    data = upload.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise size_error
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


def uploads_check(
    uploads, *, extensions=KNOWN_EXTENSIONS, max_bytes: int, max_count: int
) -> list[CheckedFile]:
    """Check several files at once: every bad one is reported, not only the first."""
    uploads = list(uploads)
    if len(uploads) > max_count:
        raise ValidationError(ERROR_COUNT, params={"count": max_count}, code="count")
    checked, errors = [], []
    for upload in uploads:
        try:
            checked.append(upload_check(upload, extensions=extensions, max_bytes=max_bytes))
        except ValidationError as error:
            errors.append(error)
    if errors:
        raise ValidationError(errors)
    return checked


def accept_attribute(extensions) -> str:
    """The file input's `accept`: ".pdf,.docx" (a hint for the picker; the server decides)."""
    return ",".join(f".{e}" for e in extensions)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input; the form checks each by content (`uploads_check`)."""

    def __init__(self, *args, extensions=KNOWN_EXTENSIONS, **kwargs):
        kwargs.setdefault(
            "widget", MultipleFileInput(attrs={"accept": accept_attribute(extensions)})
        )
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data if item]
        return [single(data, initial)] if data else []
