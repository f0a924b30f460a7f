"""What reminders hold about a person: the reminders they were sent, and the nudges they sent
as a trainer. docs/privacy-providers.md."""

from collections.abc import Iterator

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from courses.activity.personal_data import CHUNK_SIZE, iso, titles_by_key
from courses.reminders.models import ReminderLog
from lms.privacy.providers import PersonalDataProvider


def reminder_records(user) -> Iterator[dict]:
    """Reminders sent to the person, oldest first, with the course's title."""
    received = ReminderLog.objects.filter(user=user)
    titles = titles_by_key(set(received.values_list("course_key", flat=True).distinct()))
    rows = received.order_by("sent_at", "pk").values(
        "course_key", "kind", "target", "target_key", "due_at", "message", "sent_at"
    )
    for row in rows.iterator(chunk_size=CHUNK_SIZE):
        yield {
            "course": titles.get(row["course_key"], str(row["course_key"])),
            "kind": row["kind"],
            "about": row["target"] or "course",
            "about_key": row["target_key"],
            "due_at": iso(row["due_at"]),
            "message": row["message"],
            "sent_at": iso(row["sent_at"]),
        }


def reminders_describe(user) -> str | None:
    count = ReminderLog.objects.filter(user=user).count()
    if not count:
        return None
    return ngettext(
        "%(count)d reminder sent to them: removed.",
        "%(count)d reminders sent to them: removed.",
        count,
    ) % {"count": count}


def reminders_erase(user) -> int:
    """Removes the reminders sent to the person; nudges they sent as a trainer stay in the
    learners' log without their name."""
    removed, _detail = ReminderLog.objects.filter(user=user).delete()
    return removed + ReminderLog.objects.filter(sent_by=user).update(sent_by=None)


def reminders_personal_data() -> PersonalDataProvider:
    return PersonalDataProvider(
        key="reminders",
        title=_("Reminders"),
        models=("reminders.ReminderLog",),
        records=reminder_records,
        describe=reminders_describe,
        erase=reminders_erase,
        order=60,
    )
