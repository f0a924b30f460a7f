"""Reads: which statements an LRS still waits for, page titles in every language."""

from django.db.models import Exists, OuterRef, Q

from wagtail.models import Page

from courses.xapi.models import XapiDelivery, XapiStatement


def titles_by_language(keys) -> dict:
    """{translation key: {language: title}} of the pages with these keys (one query)."""
    keys = {key for key in keys if key}
    if not keys:
        return {}
    titles: dict = {}
    rows = Page.objects.filter(translation_key__in=keys).values_list(
        "translation_key", "locale__language_code", "title"
    )
    for key, language, title in rows:
        titles.setdefault(key, {})[language] = title
    return titles


def statements_pending(*, lrs: str, now):
    """Statements not yet sent to (nor refused by) `lrs` and not waiting for a retry, oldest
    first."""
    settled = XapiDelivery.objects.filter(statement=OuterRef("pk"), lrs=lrs).filter(
        Q(sent_at__isnull=False) | Q(rejected_at__isnull=False) | Q(next_try_at__gt=now)
    )
    return XapiStatement.objects.filter(~Exists(settled)).order_by("created_at", "event_id")
