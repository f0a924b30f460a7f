"""The public storage (images, documents and their renditions): uploads keep readable ASCII
names, "Келишим 2024.pdf" saved as "Kelishim_2024.pdf" (lms.slugs.ascii_file_name), on disk
or in S3 alike. Private files get random names of their own (lms/private_storage.py)."""

from django.core.files.storage import FileSystemStorage

from storages.backends.s3 import S3Storage

from lms.slugs import ascii_file_name


class AsciiNamesMixin:
    def get_valid_name(self, name):
        return ascii_file_name(name)


class AsciiFileSystemStorage(AsciiNamesMixin, FileSystemStorage):
    """Files under MEDIA_ROOT, with transliterated names."""


class AsciiS3Storage(AsciiNamesMixin, S3Storage):
    """Files in the S3-compatible bucket, with transliterated names."""
