"""Storage for files only their owner or staff may read: bulk-enrolment lists, certificates, case
proposals' attachments, report exports.

They live under PRIVATE_MEDIA_ROOT, outside MEDIA_ROOT, so nginx's /media/ never serves them and
they have no public address: `url()` refuses, and `lms.private_files` serves them after a view
has checked who asks. Models name the storage through `private_storage` (a callable), so
migrations stay the same whichever backend STORAGES["private"] is (S3 in some deployments).
"""

import os
import uuid
from pathlib import PurePath

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.utils import timezone
from django.utils.deconstruct import deconstructible

PRIVATE_STORAGE_ALIAS = "private"
NO_PUBLIC_URL = "Private files have no public address; serve them with lms.private_files."


@deconstructible(path="lms.private_storage.PrivateFileSystemStorage")
class PrivateFileSystemStorage(FileSystemStorage):
    """FileSystemStorage rooted at PRIVATE_MEDIA_ROOT (followed when a test changes it)."""

    @property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError(NO_PUBLIC_URL)


def private_storage():
    """The storage of STORAGES["private"]; FileField(storage=private_storage)."""
    return storages[PRIVATE_STORAGE_ALIAS]


def private_upload_name(kind: str, filename: str) -> str:
    """`<kind>/<yyyy>/<random>.<ext>`: neither the uploader's file name nor anything else a
    stranger could guess (a certificate code, a person's name) appears in it."""
    suffix = PurePath(filename).suffix.lower()
    if not (1 < len(suffix) <= 10 and suffix[1:].isalnum()):
        suffix = ""
    return f"{kind}/{timezone.now():%Y}/{uuid.uuid4().hex}{suffix}"
