"""Serving a private file once a view has decided the person asking may have it.

Three ways, by deployment: the bytes from disk (development, tests); behind nginx, an empty
response with `X-Accel-Redirect` into its `internal` /private/ location (PRIVATE_MEDIA_X_ACCEL),
so no worker is held while the file is sent; with a remote storage (S3), a redirect to a
short-lived signed address. Every answer is a download that no cache keeps.
"""

import inspect
import mimetypes
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import FileSystemStorage
from django.http import FileResponse, Http404, HttpResponse, HttpResponseRedirect
from django.utils.http import content_disposition_header
from django.utils.text import get_valid_filename


def download_name(filename: str) -> str:
    """The name offered to the browser: no folders, no characters a file system dislikes."""
    name = Path(str(filename).replace("\\", "/")).name.strip()
    try:
        return get_valid_filename(name)
    except SuspiciousFileOperation:  # nothing usable left ("..", spaces only)
        return "download"


def private_file_response(
    fieldfile, *, filename: str, content_type: str | None = None, inline: bool = False
):
    """The file of `fieldfile` as an attachment called `filename`; 404 when there is none.
    `inline` shows it in the browser instead (a grader's preview of a checked PDF or image)."""
    if not fieldfile:
        raise Http404
    filename = download_name(filename)
    content_type = content_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
    storage = fieldfile.storage
    if not isinstance(storage, FileSystemStorage):
        response = HttpResponseRedirect(
            _signed_url(storage, fieldfile.name, filename, content_type, inline=inline)
        )
    elif settings.PRIVATE_MEDIA_X_ACCEL:
        response = HttpResponse(content_type=content_type)
        response["X-Accel-Redirect"] = _internal_path(storage, fieldfile.name)
        response["Content-Disposition"] = content_disposition_header(not inline, filename)
    else:
        try:
            handle = fieldfile.open("rb")
        except FileNotFoundError:
            raise Http404 from None
        response = FileResponse(
            handle, as_attachment=not inline, filename=filename, content_type=content_type
        )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _internal_path(storage: FileSystemStorage, name: str) -> str:
    """nginx's address of the file: its place under PRIVATE_MEDIA_ROOT below the internal
    location. A file anywhere else (MEDIA_ROOT) is not one nginx may send from there."""
    if not storage.exists(name):
        raise Http404
    root = Path(settings.PRIVATE_MEDIA_ROOT).resolve()
    try:
        relative = Path(storage.path(name)).resolve().relative_to(root)
    except ValueError:
        raise Http404 from None
    return settings.PRIVATE_MEDIA_X_ACCEL.rstrip("/") + "/" + quote(relative.as_posix())


def _signed_url(storage, name: str, filename: str, content_type: str, inline: bool = False) -> str:
    """A remote storage's own signed, expiring address (S3Storage: querystring_auth), asking it
    to name the download when it can (S3's response-content-disposition)."""
    if "parameters" in inspect.signature(storage.url).parameters:
        return storage.url(
            name,
            parameters={
                "ResponseContentDisposition": content_disposition_header(not inline, filename),
                "ResponseContentType": content_type,
            },
        )
    return storage.url(name)
