"""What xAPI holds about a person: the statements about them (export) and what deletion does.

A learning record store is a separate controller: what it received is deleted there by its
operator, on request (docs/xapi.md).
"""

from collections.abc import Iterator

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from courses.activity.personal_data import CHUNK_SIZE, iso
from courses.xapi.models import XapiStatement
from courses.xapi.services import statements_erase
from lms.privacy.providers import PersonalDataProvider


def statement_records(user) -> Iterator[dict]:
    """Each statement about the person as built, with the stores it was sent to."""
    rows = (
        XapiStatement.objects.filter(actor=user)
        .order_by("created_at", "event_id")
        .prefetch_related("deliveries")
    )
    for statement in rows.iterator(chunk_size=CHUNK_SIZE):
        yield {
            "statement": statement.payload,
            "sent_to": [
                {"lrs": delivery.lrs, "at": iso(delivery.sent_at)}
                for delivery in statement.deliveries.all()
                if delivery.sent_at
            ],
        }


def statements_describe(user) -> str | None:
    count = XapiStatement.objects.filter(actor=user).count()
    if not count:
        return None
    return ngettext(
        "%(count)d xAPI statement: deleted if not yet sent, else kept without the person.",
        "%(count)d xAPI statements: deleted if not yet sent, else kept without the person.",
        count,
    ) % {"count": count}


def xapi_personal_data() -> PersonalDataProvider:
    return PersonalDataProvider(
        key="xapi_statements",
        title=_("xAPI statements"),
        models=("xapi.XapiStatement",),
        records=statement_records,
        describe=statements_describe,
        erase=statements_erase,
        order=85,
    )
