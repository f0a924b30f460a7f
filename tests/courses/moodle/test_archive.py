"""Safe extraction: hostile archives are refused with a clear message, good ones unpacked."""

import io
import tarfile
import zipfile

from django.utils import translation

import pytest

from courses.moodle.archive import ArchiveRefused, Limits, archive_extract


@pytest.fixture(autouse=True)
def _english():
    """The refusals are read in English here (they speak the importer's language)."""
    with translation.override("en"):
        yield


LIMITS = Limits(max_files=50, max_file_bytes=10_000, max_total_bytes=30_000)


def _tar(path, members, mode="w:gz"):
    """members: (TarInfo kwargs, data) pairs."""
    with tarfile.open(path, mode) as archive:
        for fields, data in members:
            info = tarfile.TarInfo(fields.pop("name"))
            for key, value in fields.items():
                setattr(info, key, value)
            if data is not None:
                info.size = len(data)
            archive.addfile(info, io.BytesIO(data) if data is not None else None)
    return path


def _refused(tmp_path, archive, pattern):
    target = tmp_path / "out"
    target.mkdir()
    with pytest.raises(ArchiveRefused, match=pattern):
        archive_extract(archive, target, limits=LIMITS)
    assert not any(target.iterdir()), "nothing half-unpacked stays behind"


def test_a_good_backup_is_unpacked(tmp_path):
    archive = _tar(
        tmp_path / "ok.mbz",
        [({"name": "moodle_backup.xml"}, b"<x/>"), ({"name": "files/ab/abc"}, b"data")],
    )
    target = tmp_path / "out"
    target.mkdir()
    archive_extract(archive, target, limits=LIMITS)
    assert (target / "files/ab/abc").read_bytes() == b"data"


@pytest.mark.parametrize("name", ["../evil.txt", "files/../../evil.txt", "/etc/evil", "C:/evil"])
def test_path_traversal_is_refused(tmp_path, name):
    archive = _tar(tmp_path / "bad.mbz", [({"name": name}, b"x")])
    _refused(tmp_path, archive, "outside the backup folder")
    assert not (tmp_path / "evil.txt").exists()


def test_a_symbolic_link_is_refused(tmp_path):
    archive = _tar(
        tmp_path / "bad.mbz",
        [({"name": "link", "type": tarfile.SYMTYPE, "linkname": "/etc/passwd"}, None)],
    )
    _refused(tmp_path, archive, "a link")


def test_a_hard_link_is_refused(tmp_path):
    archive = _tar(
        tmp_path / "bad.mbz",
        [
            ({"name": "a.txt"}, b"x"),
            ({"name": "b.txt", "type": tarfile.LNKTYPE, "linkname": "a.txt"}, None),
        ],
    )
    _refused(tmp_path, archive, "a link")


@pytest.mark.parametrize(
    ("kind", "word"),
    [
        (tarfile.CHRTYPE, "a device"),
        (tarfile.BLKTYPE, "a device"),
        (tarfile.FIFOTYPE, "a named pipe"),
    ],
)
def test_devices_and_fifos_are_refused(tmp_path, kind, word):
    archive = _tar(tmp_path / "bad.mbz", [({"name": "dev", "type": kind}, None)])
    _refused(tmp_path, archive, word)


def test_too_many_files_is_refused(tmp_path):
    archive = _tar(tmp_path / "bomb.mbz", [({"name": f"f{n}"}, b"") for n in range(60)])
    _refused(tmp_path, archive, "more than 50 files")


def test_a_huge_declared_size_is_refused_before_reading(tmp_path):
    # A header claiming 1 TB: refused from the header, before any byte is written.
    raw = tmp_path / "raw.tar"
    _tar(raw, [({"name": "small"}, b"x" * 512)], mode="w")
    data = bytearray(raw.read_bytes())
    header = tarfile.TarInfo("small")
    header.size = 10**12
    data[:512] = header.tobuf(format=tarfile.GNU_FORMAT)[:512]
    raw.write_bytes(bytes(data))
    _refused(tmp_path, raw, "larger than")


def test_the_total_size_is_capped_on_the_bytes_written(tmp_path):
    archive = _tar(tmp_path / "bomb.mbz", [({"name": f"f{n}"}, b"0" * 9_000) for n in range(5)])
    _refused(tmp_path, archive, "unpacks to more than")


def test_not_an_archive_is_refused(tmp_path):
    path = tmp_path / "x.mbz"
    path.write_bytes(b"\x1f\x8bnot really gzip")
    _refused(tmp_path, path, "not a readable Moodle backup")


def test_a_zip_backup_is_read_and_its_traversal_refused(tmp_path):
    good = tmp_path / "good.zip"
    with zipfile.ZipFile(good, "w") as archive:
        archive.writestr("moodle_backup.xml", "<x/>")
    target = tmp_path / "ok"
    target.mkdir()
    archive_extract(good, target, limits=LIMITS)
    assert (target / "moodle_backup.xml").exists()
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("../evil.txt", "x")
    _refused(tmp_path, bad, "outside the backup folder")


def test_a_zip_symlink_is_refused(tmp_path):
    bad = tmp_path / "link.zip"
    with zipfile.ZipFile(bad, "w") as archive:
        info = zipfile.ZipInfo("link")
        info.external_attr = 0o120777 << 16
        archive.writestr(info, "/etc/passwd")
    _refused(tmp_path, bad, "link or device")
