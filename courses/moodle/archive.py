"""Safe, streaming extraction of a Moodle backup (`.mbz`) into a temporary directory.

A `.mbz` is a gzip-compressed tar (Moodle 2.x onwards; some older or hand-made ones are zip).
The tar is read as a stream (`r|*`), member by member, so the archive is never held in memory
and a member is copied to disk in 1 MiB chunks. Anything but plain files and directories is
refused (symbolic and hard links, devices, FIFOs), as are names that leave the target (`..`,
absolute paths, drive letters). Caps on the number of members, on each file's size and on the
total size (counted on the bytes actually written, not the sizes the headers declare) stop
archive bombs. Every refusal raises `ArchiveRefused` with a message for the person importing.
"""

import shutil
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

CHUNK = 1024 * 1024
# Defaults of the caps (settings of the same name override them; docs/moodle.md).
DEFAULT_MAX_FILES = 20_000
DEFAULT_MAX_FILE_BYTES = 1024 * 1024 * 1024  # 1 GiB
DEFAULT_MAX_TOTAL_BYTES = 4 * 1024 * 1024 * 1024  # 4 GiB
GZIP_MAGIC = b"\x1f\x8b"
ZIP_MAGIC = b"PK\x03\x04"


class ArchiveRefused(ValueError):
    """The archive is unsafe or not a backup; the message says why."""


@dataclass(frozen=True)
class Limits:
    max_files: int
    max_file_bytes: int
    max_total_bytes: int

    @classmethod
    def from_settings(cls) -> "Limits":
        return cls(
            max_files=getattr(settings, "MOODLE_IMPORT_MAX_FILES", DEFAULT_MAX_FILES),
            max_file_bytes=getattr(
                settings, "MOODLE_IMPORT_MAX_FILE_BYTES", DEFAULT_MAX_FILE_BYTES
            ),
            max_total_bytes=getattr(
                settings, "MOODLE_IMPORT_MAX_TOTAL_BYTES", DEFAULT_MAX_TOTAL_BYTES
            ),
        )


def safe_member_path(name: str) -> PurePosixPath:
    """The member's relative path, or ArchiveRefused when it would leave the target."""
    cleaned = name.replace("\\", "/")
    path = PurePosixPath(cleaned)
    if (
        not cleaned
        or cleaned.startswith("/")
        or (len(cleaned) > 1 and cleaned[1] == ":")
        or any(part == ".." for part in path.parts)
        or "\x00" in cleaned
    ):
        raise ArchiveRefused(
            _("The archive contains a file outside the backup folder (“%(name)s”): refused.")
            % {"name": name[:200]}
        )
    parts = [part for part in path.parts if part not in ("", ".")]
    return PurePosixPath(*parts) if parts else PurePosixPath(".")


class _Counter:
    def __init__(self, limits: Limits):
        self.limits = limits
        self.files = 0
        self.total = 0

    def member(self, name: str, declared: int) -> None:
        self.files += 1
        if self.files > self.limits.max_files:
            raise ArchiveRefused(
                _("The archive holds more than %(count)s files, the most an import takes.")
                % {"count": self.limits.max_files}
            )
        if declared > self.limits.max_file_bytes:
            raise ArchiveRefused(self._too_big(name))
        if self.total + declared > self.limits.max_total_bytes:
            raise ArchiveRefused(self._too_much())

    def bytes(self, name: str, written: int, count: int) -> None:
        self.total += count
        if written > self.limits.max_file_bytes:
            raise ArchiveRefused(self._too_big(name))
        if self.total > self.limits.max_total_bytes:
            raise ArchiveRefused(self._too_much())

    def _too_big(self, name: str) -> str:
        return _(
            "The file “%(name)s” in the archive is larger than %(size)s, the most allowed."
        ) % {
            "name": name[:200],
            "size": filesizeformat(self.limits.max_file_bytes),
        }

    def _too_much(self) -> str:
        return _("The archive unpacks to more than %(size)s, the most an import takes.") % {
            "size": filesizeformat(self.limits.max_total_bytes)
        }


def _copy(source, target: Path, name: str, counter: _Counter) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with open(target, "wb") as out:
        while True:
            chunk = source.read(CHUNK)
            if not chunk:
                break
            written += len(chunk)
            counter.bytes(name, written, len(chunk))
            out.write(chunk)


def _extract_tar(path: Path, target: Path, counter: _Counter, progress) -> None:
    size = max(path.stat().st_size, 1)
    with open(path, "rb") as raw:
        try:
            with tarfile.open(fileobj=raw, mode="r|*") as archive:
                for member in archive:
                    relative = safe_member_path(member.name)
                    if member.isdir():
                        counter.member(member.name, 0)
                        (target / relative).mkdir(parents=True, exist_ok=True)
                        continue
                    if member.type not in (tarfile.REGTYPE, tarfile.AREGTYPE, tarfile.CONTTYPE):
                        raise ArchiveRefused(_unsafe_kind(member))
                    counter.member(member.name, member.size)
                    source = archive.extractfile(member)
                    _copy(source, target / relative, member.name, counter)
                    if progress:
                        progress(min(raw.tell() / size, 1.0))
        except (tarfile.TarError, EOFError, OSError) as error:
            raise ArchiveRefused(
                _("The file is not a readable Moodle backup (.mbz): %(error)s")
                % {"error": str(error)[:200]}
            ) from error


def _unsafe_kind(member: tarfile.TarInfo) -> str:
    if member.issym() or member.islnk():
        kind = _("a link")
    elif member.isfifo():
        kind = _("a named pipe")
    elif member.isdev():
        kind = _("a device")
    else:
        kind = _("an unusual entry")
    return _("The archive contains %(kind)s (“%(name)s”): refused.") % {
        "kind": kind,
        "name": member.name[:200],
    }


def _extract_zip(path: Path, target: Path, counter: _Counter, progress) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            for index, info in enumerate(infos, start=1):
                relative = safe_member_path(info.filename)
                mode = (info.external_attr >> 16) & 0o170000
                if mode and mode not in (0o100000, 0o040000):  # a link, device or FIFO (Unix)
                    raise ArchiveRefused(
                        _("The archive contains a link or device (“%(name)s”): refused.")
                        % {"name": info.filename[:200]}
                    )
                if info.is_dir():
                    counter.member(info.filename, 0)
                    (target / relative).mkdir(parents=True, exist_ok=True)
                    continue
                counter.member(info.filename, info.file_size)
                with archive.open(info) as source:
                    _copy(source, target / relative, info.filename, counter)
                if progress:
                    progress(index / len(infos))
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise ArchiveRefused(
            _("The file is not a readable Moodle backup (.mbz): %(error)s")
            % {"error": str(error)[:200]}
        ) from error


def archive_extract(path, target, *, limits: Limits | None = None, progress=None) -> Path:
    """Unpack the backup at `path` into the directory `target` (which must exist), safely.

    `progress(share)` is called with 0..1 as members are read. Returns `target`.
    """
    path, target = Path(path), Path(target)
    limits = limits or Limits.from_settings()
    counter = _Counter(limits)
    with open(path, "rb") as probe:
        magic = probe.read(4)
    try:
        if magic.startswith(ZIP_MAGIC):
            _extract_zip(path, target, counter, progress)
        else:
            _extract_tar(path, target, counter, progress)
    except ArchiveRefused:
        # Nothing half-unpacked stays behind.
        for child in target.iterdir():
            if child.is_dir():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink(missing_ok=True)
        raise
    return target
