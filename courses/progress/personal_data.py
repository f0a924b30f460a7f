"""What progress holds about a person: the lessons they completed. Kept on deletion (the
reports' average progress and the participants' lists read them). docs/privacy-providers.md."""

from collections.abc import Iterator

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from courses.activity.personal_data import CHUNK_SIZE, iso, titles_by_key
from courses.progress.models import LessonCompletion
from lms.privacy.providers import PersonalDataProvider


def lesson_completion_records(user) -> Iterator[dict]:
    """Completed lessons, oldest first, with the course and lesson titles."""
    completions = LessonCompletion.objects.filter(user=user)
    keys = set(completions.values_list("course_key", flat=True).distinct())
    keys |= set(completions.values_list("lesson_key", flat=True))
    titles = titles_by_key(keys)
    rows = completions.order_by("completed_at", "pk").values(
        "course_key", "lesson_key", "source", "completed_at"
    )
    for row in rows.iterator(chunk_size=CHUNK_SIZE):
        yield {
            "course": titles.get(row["course_key"], str(row["course_key"])),
            "lesson": titles.get(row["lesson_key"], str(row["lesson_key"])),
            "completed_at": iso(row["completed_at"]),
            "how": row["source"],
        }


def lesson_completions_describe(user) -> str | None:
    count = LessonCompletion.objects.filter(user=user).count()
    if not count:
        return None
    return ngettext(
        "%(count)d completed lesson kept anonymously for the reports.",
        "%(count)d completed lessons kept anonymously for the reports.",
        count,
    ) % {"count": count}


def lesson_completions_erase(user) -> int:
    """Keeps every completion: no free text, and progress figures are computed from them."""
    return 0


def progress_personal_data() -> PersonalDataProvider:
    return PersonalDataProvider(
        key="lesson_completions",
        title=_("Completed lessons"),
        models=("progress.LessonCompletion",),
        records=lesson_completion_records,
        describe=lesson_completions_describe,
        erase=lesson_completions_erase,
        order=30,
    )
