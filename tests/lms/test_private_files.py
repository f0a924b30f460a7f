"""The private storage and its download response (lms/private_storage.py, lms/private_files.py);
each domain's files and views are tried in tests/courses/test_private_files.py."""

import json
import re
from pathlib import Path
from urllib.parse import quote

from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, Storage
from django.db.models import FileField
from django.db.models.fields.files import FieldFile
from django.http import Http404

import pytest

from lms.private_files import download_name, private_file_response
from lms.private_storage import private_storage, private_upload_name
from tests.lms.test_settings import PRODUCTION_ENV, run


def fieldfile_in(storage, name: str) -> FieldFile:
    return FieldFile(None, FileField(storage=storage), name)


def test_private_storage_lives_in_private_media_root_and_gives_no_address(settings):
    storage = private_storage()
    name = storage.save(private_upload_name("bulk-enrolment", "Список.CSV"), ContentFile(b"a,b"))
    assert Path(storage.path(name)).parent.parent.parent == Path(settings.PRIVATE_MEDIA_ROOT)
    assert not Path(storage.path(name)).is_relative_to(settings.MEDIA_ROOT)
    assert name.endswith(".csv") and "Список" not in name
    with pytest.raises(ValueError):
        storage.url(name)


@pytest.mark.parametrize(
    ("uploaded", "suffix"),
    [("list.xlsx", ".xlsx"), ("no-extension", ""), ("odd.p?f", ""), ("x.verylongextension", "")],
)
def test_random_names_keep_only_a_plain_extension(uploaded, suffix):
    name = private_upload_name("report-exports", uploaded)
    assert re.fullmatch(r"report-exports/\d{4}/[0-9a-f]{32}" + re.escape(suffix), name)


@pytest.mark.parametrize(
    ("given", "offered"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\aida\\участники.csv", "участники.csv"),
        ('my "list".csv', "my_list.csv"),
        ("..", "download"),
    ],
)
def test_download_names_carry_no_folders(given, offered):
    assert download_name(given) == offered


def test_a_missing_or_empty_file_is_404(settings):
    with pytest.raises(Http404):
        private_file_response(fieldfile_in(private_storage(), ""), filename="x.csv")
    with pytest.raises(Http404):
        private_file_response(fieldfile_in(private_storage(), "gone/2026/x.csv"), filename="x.csv")
    settings.PRIVATE_MEDIA_X_ACCEL = "/private/"
    with pytest.raises(Http404):
        private_file_response(fieldfile_in(private_storage(), "gone/2026/x.csv"), filename="x.csv")


def test_x_accel_never_points_outside_private_media_root(settings):
    """A file of the public storage handed to the helper is not sent from /private/."""
    settings.PRIVATE_MEDIA_X_ACCEL = "/private/"
    public = FileSystemStorage()
    name = public.save("elsewhere.csv", ContentFile(b"a"))
    with pytest.raises(Http404):
        private_file_response(fieldfile_in(public, name), filename="x.csv")
    private = private_storage()
    name = private.save("bulk-enrolment/2026/abc def.csv", ContentFile(b"a"))
    response = private_file_response(fieldfile_in(private, name), filename="a.csv")
    assert response["X-Accel-Redirect"] == "/private/bulk-enrolment/2026/abc%20def.csv"
    assert response["Content-Type"] == "text/csv"


class SignedStorage(Storage):
    """Stands in for S3Storage with querystring_auth: url() signs and may name the download."""

    def exists(self, name):
        return True

    def url(self, name, parameters=None, expire=None):
        disposition = (parameters or {}).get("ResponseContentDisposition", "")
        return f"https://bucket.example/private/{name}?X-Amz-Signature=abc&cd={quote(disposition)}"


def test_remote_storage_redirects_to_a_signed_address():
    response = private_file_response(
        fieldfile_in(SignedStorage(), "certificates/2026/abc.pdf"), filename="certificate-X.pdf"
    )
    assert response.status_code == 302
    assert response["Location"].startswith("https://bucket.example/private/certificates/2026/")
    assert "X-Amz-Signature" in response["Location"]
    assert quote('attachment; filename="certificate-X.pdf"') in response["Location"]
    assert response["Cache-Control"] == "private, no-store"


PROBE = """
import json, django
from django.conf import settings
django.setup()
print(json.dumps({
    "ROOT": str(settings.PRIVATE_MEDIA_ROOT),
    "X_ACCEL": settings.PRIVATE_MEDIA_X_ACCEL,
    "PRIVATE": settings.STORAGES["private"],
}))
"""


def test_production_sends_private_files_through_nginx_or_signed_s3_addresses():
    env = {**PRODUCTION_ENV, "PRIVATE_MEDIA_ROOT": "/srv/lms/private"}
    result = run("lms.settings.production", env, code=PROBE)
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["ROOT"] == "/srv/lms/private"
    assert values["X_ACCEL"] == "/private/"
    assert values["PRIVATE"]["BACKEND"] == "storages.backends.s3.S3Storage"
    options = values["PRIVATE"]["OPTIONS"]
    assert options["querystring_auth"] is True and options["querystring_expire"] == 60
    assert options["custom_domain"] is None and options["location"] == "private"

    disk = {k: v for k, v in env.items() if not k.startswith("AWS_")}
    values = json.loads(run("lms.settings.production", disk, code=PROBE).stdout)
    assert values["PRIVATE"] == {"BACKEND": "lms.private_storage.PrivateFileSystemStorage"}


def test_production_refuses_private_files_inside_media_root():
    env = {**PRODUCTION_ENV, "PRIVATE_MEDIA_ROOT": "/srv/lms/media/private"}
    result = run("lms.settings.production", env, code=PROBE)
    assert result.returncode != 0
    assert "PRIVATE_MEDIA_ROOT must be outside MEDIA_ROOT" in result.stderr
