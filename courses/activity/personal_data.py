"""What the learning event log holds about a person, and helpers every course app's
personal-data provider shares (activity is the one course app all of them may import).

Events are kept on deletion: the reports count them (active learners, series), and they name
the person only through the user row, which the deletion anonymises. docs/privacy-providers.md.
"""

import datetime
from collections.abc import Iterable, Iterator

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.models import Page

from courses.activity.models import (
    LearningEvent,
    LearningEventMonth,
    LearningObject,
    LearningVerb,
)
from lms.privacy.providers import PersonalDataProvider

# Put in place of free text a person wrote (submissions, short answers, feedback about them)
# when their account is deleted; stored in the site's default language.
REMOVED_AT_AUTHORS_REQUEST = _("removed at the author's request")

# Rows read per round trip while streaming an export.
CHUNK_SIZE = 2000


def removed_text() -> str:
    """The replacement text as stored: in the default language, like the site's own content."""
    with translation.override(settings.LANGUAGE_CODE):
        return str(REMOVED_AT_AUTHORS_REQUEST)


def iso(value) -> str | None:
    """A date or moment as ISO 8601; moments in the site's time zone (Asia/Bishkek)."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.isoformat()
    return value.isoformat()


def export_language() -> str:
    """The language the export is being written in (the job activates the person's)."""
    return translation.get_language() or settings.LANGUAGE_CODE


def titles_by_key(keys: Iterable, language: str | None = None) -> dict:
    """{translation_key: page title} in `language`, else the default language, else any (one
    query): course, lesson and object keys are pages' translation keys."""
    keys = {key for key in keys if key}
    if not keys:
        return {}
    language = language or export_language()
    rank = {language: 0, settings.LANGUAGE_CODE: 1}
    best: dict = {}
    rows = Page.objects.filter(translation_key__in=keys).values_list(
        "translation_key", "title", "locale__language_code"
    )
    for key, title, code in rows:
        order = rank.get(code, 2)
        if key not in best or order < best[key][0]:
            best[key] = (order, title)
    return {key: title for key, (_order, title) in best.items()}


def files_delete_on_commit(storage_names: Iterable[tuple]) -> int:
    """Delete (storage, name) files once the deletion's transaction commits: a rollback must
    not leave rows pointing at files already gone. Returns how many were scheduled."""
    pairs = [(storage, name) for storage, name in storage_names if name]

    def delete():
        for storage, name in pairs:
            storage.delete(name)

    if pairs:
        transaction.on_commit(delete)
    return len(pairs)


# ---- the learning event log ------------------------------------------------------------------


def _label(choices, value) -> str:
    try:
        return str(choices(value).label)
    except ValueError:
        return value


def learning_event_records(user) -> Iterator[dict]:
    """Every learning event of the person, oldest first, streamed."""
    events = LearningEvent.objects.filter(actor=user)
    keys = set(events.values_list("object_key", flat=True).distinct())
    keys |= set(events.values_list("course_key", flat=True).distinct())
    titles = titles_by_key(keys)
    rows = events.order_by("created_at", "pk").values(
        "verb", "object_type", "object_key", "course_key", "language", "context", "created_at"
    )
    for row in rows.iterator(chunk_size=CHUNK_SIZE):
        # "by" names the staff member who acted for the person: not the person's data.
        context = {k: v for k, v in (row["context"] or {}).items() if k != "by"}
        yield {
            "time": iso(row["created_at"]),
            "verb": _label(LearningVerb, row["verb"]),
            "object_type": _label(LearningObject, row["object_type"]),
            "object": titles.get(row["object_key"], str(row["object_key"])),
            "course": titles.get(row["course_key"]) if row["course_key"] else None,
            "language": row["language"],
            "details": context,
        }


def learning_month_records(user) -> Iterator[dict]:
    """Older events folded by the retention into months: how many of each verb per course."""
    months = LearningEventMonth.objects.filter(actor=user)
    titles = titles_by_key(set(months.values_list("course_key", flat=True).distinct()))
    rows = months.order_by("month", "course_key", "verb").values(
        "month", "course_key", "verb", "count", "days"
    )
    for row in rows.iterator(chunk_size=CHUNK_SIZE):
        yield {
            "month": row["month"].strftime("%Y-%m"),
            "verb": _label(LearningVerb, row["verb"]),
            "course": titles.get(row["course_key"]) if row["course_key"] else None,
            "events": row["count"],
            "days": [day for day in range(1, 32) if row["days"] & (1 << (day - 1))],
        }


def activity_records(user) -> Iterator[dict]:
    """Each event kept whole, then the months older events were folded into."""
    yield from learning_event_records(user)
    yield from learning_month_records(user)


def learning_events_describe(user) -> str | None:
    count = LearningEvent.objects.filter(actor=user).count()
    if not count:
        return None
    return ngettext(
        "%(count)d learning event kept anonymously for the reports.",
        "%(count)d learning events kept anonymously for the reports.",
        count,
    ) % {"count": count}


def learning_events_erase(user) -> int:
    """Keeps every event and monthly fold: they hold no free text, and the reports' activity
    figures and series count them; the person is anonymised on the user row."""
    return 0


def activity_personal_data() -> PersonalDataProvider:
    return PersonalDataProvider(
        key="learning_events",
        title=_("Learning events"),
        models=("activity.LearningEvent", "activity.LearningEventMonth"),
        records=activity_records,
        describe=learning_events_describe,
        erase=learning_events_erase,
        order=80,
    )
