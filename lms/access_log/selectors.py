"""Reading the access log: the managers' filtered list and a person's own entries."""

import datetime
import uuid
from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.utils import timezone, translation

from wagtail.models import Page

from lms.access_log.models import AccessEntry, AccessSubject
from lms.accounts.access_cache import user_group_names
from lms.accounts.roles import MANAGER

# Entries about this many people or fewer list them by name on the managers' screen; larger
# exports show the number (the subject filter finds a person in any of them).
NAMES_SHOWN_UP_TO = 5


@dataclass(frozen=True)
class AccessFilters:
    actor: str = ""  # a part of the staff member's name or e-mail
    action: str = ""
    course_key: uuid.UUID | None = None
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    subject_email: str = ""


def access_log_allowed(user) -> bool:
    """Managers (and administrators) read the whole log; no one else does."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or MANAGER in user_group_names(user)


def _day_start(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def access_entries(*, filters: AccessFilters) -> QuerySet:
    """Entries newest first with their actor, narrowed by `filters` (dates are Bishkek days)."""
    entries = AccessEntry.objects.select_related("actor")
    if filters.actor:
        entries = entries.filter(
            Q(actor__email__icontains=filters.actor) | Q(actor__full_name__icontains=filters.actor)
        )
    if filters.action:
        entries = entries.filter(action=filters.action)
    if filters.course_key:
        entries = entries.filter(course_key=filters.course_key)
    if filters.date_from:
        entries = entries.filter(at__gte=_day_start(filters.date_from))
    if filters.date_to:
        entries = entries.filter(at__lt=_day_start(filters.date_to + datetime.timedelta(days=1)))
    if filters.subject_email:
        entries = entries.filter(subject_rows__user__email=filters.subject_email.strip().lower())
    return entries.order_by("-at", "-pk")


def access_entries_about(*, user) -> QuerySet:
    """The entries in which `user`'s data was seen, newest first (read through the subject
    index led by the user)."""
    return AccessEntry.objects.filter(subject_rows__user=user).order_by("-at", "-pk")


def access_log_course_keys() -> list[uuid.UUID]:
    """The courses the log mentions, for the course filter."""
    return list(
        AccessEntry.objects.exclude(course_key=None)
        .order_by()
        .values_list("course_key", flat=True)
        .distinct()
    )


def course_titles(keys) -> dict:
    """course_key -> the course's title in the active language, else the first translation
    (one query; `lms` reads Wagtail's pages, not the course app's models)."""
    keys = {key for key in keys if key}
    if not keys:
        return {}
    language = translation.get_language() or ""
    titles: dict = {}
    rows = Page.objects.filter(translation_key__in=keys).values_list(
        "translation_key", "title", "locale__language_code"
    )
    for key, title, code in rows.order_by("pk"):
        if key not in titles or code == language:
            titles[key] = title
    return titles


def subjects_named(entries) -> dict:
    """entry id -> [(full name, e-mail)] for the small entries among `entries` (one query)."""
    ids = [entry.pk for entry in entries if entry.subject_count <= NAMES_SHOWN_UP_TO]
    if not ids:
        return {}
    named: dict = {}
    rows = (
        AccessSubject.objects.filter(entry_id__in=ids)
        .order_by("user__full_name", "user__email")
        .values_list("entry_id", "user__full_name", "user__email")
    )
    for entry_id, name, email in rows:
        named.setdefault(entry_id, []).append((name, email))
    return named
