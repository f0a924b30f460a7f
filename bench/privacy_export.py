"""Show that "download my data" streams: `python bench/privacy_export.py [--events 10000]`.

Creates a throw-away learner with N learning events and F private files of 1 MB each (through
a provider registered for the run, as a course app's files would be), builds their export with
the same service the Celery task runs, and prints the time and the process's peak resident
memory (ru_maxrss) before and after, and the ZIP's size. Everything is removed at the end.
Runs on the dev settings' database (SQLite unless DATABASE_URL says otherwise).
"""

import argparse
import os
import resource
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")
os.environ.setdefault("DEBUG", "false")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.files.base import File  # noqa: E402

from wagtail import hooks  # noqa: E402

from courses.activity.models import LearningEvent, LearningObject, LearningVerb  # noqa: E402
from lms.accounts.models import User  # noqa: E402
from lms.privacy.models import DataExport  # noqa: E402
from lms.privacy.providers import PERSONAL_DATA_PROVIDERS, PersonalDataProvider  # noqa: E402
from lms.privacy.services import data_export_build  # noqa: E402
from lms.private_storage import private_storage  # noqa: E402

MB = 1024 * 1024


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--files", type=int, default=50)
    parser.add_argument("--size-mb", type=int, default=1)
    args = parser.parse_args()
    settings.PRIVATE_MEDIA_ROOT = tempfile.mkdtemp(prefix="privacy-export-")
    storage = private_storage()
    user = User.objects.create_user(
        email=f"bench-{uuid.uuid4().hex[:8]}@example.org", full_name="Бенч Окуучу"
    )
    course, lesson = uuid.uuid4(), uuid.uuid4()
    LearningEvent.objects.bulk_create(
        (
            LearningEvent(
                actor=user,
                verb=LearningVerb.VIEWED,
                object_type=LearningObject.LESSON,
                object_key=lesson,
                course_key=course,
                language="ky",
                context={"n": n},
            )
            for n in range(args.events)
        ),
        batch_size=2000,
    )
    names = []
    with tempfile.TemporaryFile() as chunk:
        for _ in range(args.size_mb):
            chunk.write(os.urandom(MB))  # incompressible, like a scanned PDF
        for number in range(args.files):
            chunk.seek(0)
            names.append(storage.save(f"bench/privacy-{number}.pdf", File(chunk)))

    def bench_files():
        return PersonalDataProvider(
            key="bench_files",
            title="Bench files",
            models=(),
            files=lambda person: ((f"file-{n}.pdf", storage, name) for n, name in enumerate(names)),
        )

    export = DataExport.objects.create(user=user)
    before = peak_mb()
    started = time.monotonic()
    try:
        with hooks.register_temporarily(PERSONAL_DATA_PROVIDERS, bench_files):
            export = data_export_build(export_id=export.pk)
        took = time.monotonic() - started
        after = peak_mb()
        sys.stdout.write(
            f"{args.events} learning events and {args.files} files of {args.size_mb} MB: "
            f"ZIP {export.size / MB:.1f} MB ({export.status}) built in {took:.1f} s; peak RSS "
            f"{before:.1f} MB before, {after:.1f} MB after (+{after - before:.1f} MB)\n"
        )
    finally:
        if export.file:
            export.file.delete(save=False)
        for name in names:
            storage.delete(name)
        user.delete()


if __name__ == "__main__":
    main()
