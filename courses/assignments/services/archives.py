"""All of an assignment's submissions as one ZIP, built by a background job with progress.

The job writes the ZIP to a temporary file on disk, copying each submitted file into it in
chunks, and then hands that file to the private storage (which copies it in chunks too), so a
course of 2,000 learners' uploads never sits in memory. Inside the ZIP each learner has a folder
"Full name (id)" holding their files under the names they uploaded and, when they wrote online
text, `text.txt`.
"""

import logging
import re
import shutil
import tempfile
import unicodedata
import zipfile
from datetime import timedelta
from pathlib import PurePath

from django.core.files import File
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.assignments.models import (
    ArchiveState,
    Assignment,
    Submission,
    SubmissionsArchive,
    SubmissionStatus,
)
from lms.accounts.models import User
from lms.outbox.services import outbox_send

logger = logging.getLogger(__name__)

# Progress is written every this many ZIP entries (a row update each: cheap, and a page that
# refreshes every few seconds still moves).
PROGRESS_EVERY = 20
COPY_CHUNK = 1024 * 1024
# An archive running longer than the task's hard limit died with its worker: a new request
# starts afresh instead of waiting for it.
RUNNING_STALE = timedelta(hours=1)
# Finished archives (and their files) are deleted after this long by the periodic sweep.
KEEP = timedelta(days=7)
# Already-compressed formats are stored as they are: deflating them again costs time for nothing.
STORED_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".zip", ".docx", ".xlsx", ".pptx"}
STORED_SUFFIXES |= {".odt", ".ods", ".odp", ".7z", ".rar", ".gz", ".mp4", ".mp3"}
TEXT_NAME = "text.txt"

ARCHIVE_FAILED = _("The ZIP file could not be built. Please try again or ask for help.")
ARCHIVE_INTERRUPTED = _("The ZIP file was interrupted. Please ask for it again.")

# Characters Windows, macOS or a ZIP tool refuse or misread in a file or folder name.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10))}
_RESERVED |= {f"LPT{n}" for n in range(1, 10)}


def safe_name(name: str, *, fallback: str = "file", limit: int = 120) -> str:
    """A name every system can hold: no separators, control characters or reserved words,
    letters in any script kept (Cyrillic names stay readable)."""
    name = unicodedata.normalize("NFC", str(name or ""))
    name = _UNSAFE.sub("_", name)
    name = " ".join(name.split()).strip(" .")
    if not name or name.split(".")[0].upper() in _RESERVED:
        name = f"{fallback}{'_' + name if name else ''}"
    if len(name) > limit:
        suffix = PurePath(name).suffix
        suffix = suffix if len(suffix) <= 10 else ""
        name = name[: limit - len(suffix)].rstrip(" .") + suffix
    return name


def learner_folder(user: User) -> str:
    """`Full name (id)`: readable, and unique even when two learners share a name."""
    name = (user.full_name or "").strip() or user.email.split("@")[0]
    return safe_name(f"{name} ({user.pk})", fallback="learner")


def _unique(name: str, taken: set) -> str:
    """`name`, or `name (2).pdf`, `name (3).pdf`… when a learner uploaded two files alike."""
    candidate, number = name, 2
    stem, suffix = PurePath(name).stem, PurePath(name).suffix
    while candidate.lower() in taken:
        candidate = f"{stem} ({number}){suffix}"
        number += 1
    taken.add(candidate.lower())
    return candidate


def archive_submissions(assignment: Assignment):
    """The latest handed-in attempt of each learner (a reopened learner's draft is not handed
    in: their previous attempt counts), with the learner and files, by learner name."""
    return (
        Submission.objects.filter(assignment=assignment, status=SubmissionStatus.SUBMITTED)
        .select_related("user")
        .prefetch_related("files")
        .order_by("user__full_name", "user_id", "-attempt_number")
    )


def _entries_count(assignment: Assignment) -> int:
    """Files plus online texts of the latest handed-in attempts (one aggregate query)."""
    total = 0
    seen = set()
    rows = (
        Submission.objects.filter(assignment=assignment, status=SubmissionStatus.SUBMITTED)
        .order_by("user_id", "-attempt_number")
        .annotate(file_count=Count("files"))
        .values_list("user_id", "file_count", "text")
    )
    for user_id, file_count, text in rows.iterator():
        if user_id in seen:
            continue
        seen.add(user_id)
        total += file_count + (1 if (text or "").strip() else 0)
    return total


@transaction.atomic
def archive_request(*, assignment: Assignment, by: User) -> SubmissionsArchive:
    """Queue a ZIP of the assignment's submissions, or return the one this person already has
    waiting or being built (a double click asks once). The caller checks who may ask."""
    # One request at a time per person: the second of two quick clicks waits here, then finds
    # the first one's archive.
    User.objects.select_for_update().filter(pk=by.pk).first()
    fresh = timezone.now() - RUNNING_STALE
    active = (
        SubmissionsArchive.objects.filter(
            assignment=assignment,
            requested_by=by,
            state__in=(ArchiveState.PENDING, ArchiveState.RUNNING),
            created_at__gte=fresh,
        )
        .order_by("-created_at")
        .first()
    )
    if active is not None:
        return active
    archive = SubmissionsArchive.objects.create(
        assignment=assignment, requested_by=by, total_count=_entries_count(assignment)
    )
    from courses.assignments.tasks.bulk import submissions_archive_build

    outbox_send(submissions_archive_build, archive.pk)
    return archive


def _claim(archive_id: int) -> SubmissionsArchive | None:
    """Move a waiting archive to running; None when it is gone or another run has it."""
    with transaction.atomic():
        archive = (
            SubmissionsArchive.objects.select_for_update()
            .select_related("assignment")
            .filter(pk=archive_id)
            .first()
        )
        if archive is None or archive.state != ArchiveState.PENDING:
            return None
        archive.state = ArchiveState.RUNNING
        archive.done_count = 0
        archive.save(update_fields=["state", "done_count"])
    return archive


def _copy_into(zip_file: zipfile.ZipFile, arcname: str, source, *, stored: bool) -> None:
    """Copy an open binary file into the ZIP in chunks (never the whole file in memory)."""
    info = zipfile.ZipInfo(arcname, date_time=timezone.localtime().timetuple()[:6])
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    with zip_file.open(info, "w", force_zip64=True) as target:
        shutil.copyfileobj(source, target, COPY_CHUNK)


def _write_zip(archive: SubmissionsArchive, out) -> int:
    """Every learner's folder into `out`; how many entries were written."""
    done = 0
    seen_users = set()

    def counted() -> None:
        nonlocal done
        done += 1
        if done % PROGRESS_EVERY == 0:
            SubmissionsArchive.objects.filter(pk=archive.pk).update(done_count=done)

    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
        for submission in archive_submissions(archive.assignment).iterator(chunk_size=200):
            if submission.user_id in seen_users:
                continue  # an earlier attempt of a learner already written
            seen_users.add(submission.user_id)
            folder = learner_folder(submission.user)
            taken: set = set()
            if (submission.text or "").strip():
                taken.add(TEXT_NAME)
                data = submission.text.replace("\r\n", "\n").replace("\n", "\r\n")
                zf.writestr(f"{folder}/{TEXT_NAME}", data.encode("utf-8-sig"))
                counted()
            for stored_file in submission.files.all():
                name = _unique(safe_name(stored_file.original_name), taken)
                try:
                    with stored_file.file.open("rb") as source:
                        _copy_into(
                            zf,
                            f"{folder}/{name}",
                            source,
                            stored=PurePath(name).suffix.lower() in STORED_SUFFIXES,
                        )
                except FileNotFoundError:
                    # A file lost from storage must not cost the trainer every other file.
                    logger.warning("Submission file %s is missing", stored_file.pk)
                    continue
                counted()
    return done


def archive_download_name(archive: SubmissionsArchive) -> str:
    """The name offered for download: the assignment and the day it was built."""
    title = safe_name(archive.assignment.display_title, fallback="assignment", limit=60)
    return f"{title} {timezone.localtime(archive.created_at):%Y-%m-%d}.zip"


def archive_build(*, archive_id: int) -> SubmissionsArchive | None:
    """Build a waiting archive's ZIP; storage errors put it back in the queue for a retry."""
    archive = _claim(archive_id)
    if archive is None:
        return None
    try:
        with tempfile.TemporaryFile() as out:
            done = _write_zip(archive, out)
            out.seek(0)
            archive.file.save(f"submissions-{archive.pk}.zip", File(out), save=False)
    except OSError:
        # Storage briefly away: back to the queue, and the task retries with a pause.
        SubmissionsArchive.objects.filter(pk=archive.pk).update(state=ArchiveState.PENDING)
        raise
    except Exception:
        logger.exception("Submissions archive %s failed", archive.pk)
        archive.state = ArchiveState.FAILED
        archive.error = str(ARCHIVE_FAILED)
        archive.finished_at = timezone.now()
        archive.save(update_fields=["state", "error", "finished_at"])
        return archive
    archive.state = ArchiveState.DONE
    archive.done_count = done
    archive.total_count = max(archive.total_count, done)
    archive.finished_at = timezone.now()
    archive.save(update_fields=["state", "file", "done_count", "total_count", "finished_at"])
    return archive


def archives_sweep(*, now=None, keep: timedelta = KEEP) -> dict[str, int]:
    """Fail archives whose worker died, delete archives older than `keep` (a week; the
    retention run passes RETENTION_BULK_UPLOAD_DAYS) and their files."""
    now = now or timezone.now()
    stale = SubmissionsArchive.objects.filter(
        state=ArchiveState.RUNNING, created_at__lt=now - RUNNING_STALE
    ).update(state=ArchiveState.FAILED, error=str(ARCHIVE_INTERRUPTED), finished_at=now)
    old = SubmissionsArchive.objects.filter(created_at__lt=now - keep).filter(
        Q(state__in=(ArchiveState.DONE, ArchiveState.FAILED)) | Q(created_at__lt=now - 2 * keep)
    )
    deleted = 0
    for archive in old.only("pk", "file"):
        if archive.file:
            archive.file.delete(save=False)
        archive.delete()
        deleted += 1
    return {"failed": stale, "deleted": deleted}
