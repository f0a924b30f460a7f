"""What the Moodle import holds about a person: the imports they started (the file's name,
where it went, when, how it ended). The uploaded backups are course material, not the person's
data: they are not exported. Deletion forgets who started each import (the user becomes empty)
and keeps the import, its report and the course. docs/privacy-providers.md.
"""

from collections.abc import Iterator

from django.utils.translation import gettext_lazy, ngettext

from courses.moodle.models import MoodleImport
from lms.privacy.providers import PersonalDataProvider


def _records(user) -> Iterator[dict]:
    for job in MoodleImport.objects.filter(user=user).order_by("pk").iterator():
        yield {
            "file_name": job.file_name,
            "language": job.language,
            "dry_run": job.dry_run,
            "status": job.status,
            "created_at": job.created_at.isoformat(),
            "finished_at": job.finished_at.isoformat() if job.finished_at else None,
        }


def _describe(user) -> str | None:
    count = MoodleImport.objects.filter(user=user).count()
    if not count:
        return None
    return ngettext(
        "%(count)s Moodle course import: kept without the name of who started it",
        "%(count)s Moodle course imports: kept without the name of who started them",
        count,
    ) % {"count": count}


def _erase(user) -> int:
    return MoodleImport.objects.filter(user=user).update(user=None)


def moodle_personal_data() -> PersonalDataProvider:
    return PersonalDataProvider(
        key="moodle_imports",
        title=gettext_lazy("Moodle course imports"),
        models=("moodle.MoodleImport",),
        records=_records,
        describe=_describe,
        erase=_erase,
    )
