"""Show that the submissions ZIP keeps memory flat: `python bench/zip_memory.py [--files 200]`.

On the bench data (`bench_data`: the bench assignment's handed-in work), it gives N handed-in
submissions one incompressible file of 1 MB each, in a temporary private storage folder, then
builds the assignment's ZIP with the same service the Celery task runs and prints the process's
peak resident memory (ru_maxrss) before and after, and the ZIP's size. The files and the ZIP are
removed at the end.
"""

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")
os.environ.setdefault("DEBUG", "false")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.files.base import File  # noqa: E402

from bench.assignments import bench_assignment  # noqa: E402
from bench.data import BENCH_TRAINER_EMAIL  # noqa: E402
from courses.assignments.models import (  # noqa: E402
    Submission,
    SubmissionFile,
    SubmissionsArchive,
)
from courses.assignments.services.archives import archive_build  # noqa: E402
from lms.accounts.models import User  # noqa: E402

MB = 1024 * 1024


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--size-mb", type=int, default=1)
    args = parser.parse_args()
    settings.PRIVATE_MEDIA_ROOT = tempfile.mkdtemp(prefix="zip-memory-")
    assignment = bench_assignment()
    submissions = list(
        Submission.objects.filter(assignment=assignment, status="submitted").order_by("pk")[
            : args.files
        ]
    )
    created = []
    with tempfile.TemporaryFile() as chunk:
        for _ in range(args.size_mb):
            chunk.write(os.urandom(MB))  # incompressible, like a scanned PDF
        for number, submission in enumerate(submissions):
            chunk.seek(0)
            stored = SubmissionFile(
                submission=submission,
                original_name=f"specification-{number}.pdf",
                content_type="application/pdf",
                size=args.size_mb * MB,
            )
            stored.file.save(f"bench-{number}.pdf", File(chunk), save=False)
            stored.save()
            created.append(stored)
    archive = SubmissionsArchive.objects.create(
        assignment=assignment, requested_by=User.objects.get(email=BENCH_TRAINER_EMAIL)
    )
    before = peak_mb()
    started = time.monotonic()
    try:
        archive = archive_build(archive_id=archive.pk)
        took = time.monotonic() - started
        after = peak_mb()
        size = archive.file.size / MB
        sys.stdout.write(
            f"{len(created)} files of {args.size_mb} MB (+ {archive.done_count - len(created)} "
            f"online texts): ZIP {size:.1f} MB built in {took:.1f} s; peak RSS {before:.1f} MB "
            f"before, {after:.1f} MB after (+{after - before:.1f} MB)\n"
        )
    finally:
        if archive.file:
            archive.file.delete(save=False)
        archive.delete()
        for stored in created:
            stored.file.delete(save=False)
            stored.delete()


if __name__ == "__main__":
    main()
