"""Telling people things: `notify` writes the notifications and queues what goes at once."""

from collections.abc import Callable, Iterable

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import translation

from lms.notifications.kinds import Delivery, kind_get
from lms.notifications.models import MailState, Notification, NotificationPreference
from lms.outbox.services import outbox_send

EMAIL_TASK = "lms.notifications.tasks.notification_emails_send"


def notify(
    recipients: Iterable,
    kind: str,
    *,
    render: Callable[[], tuple[str, str]],
    url: str | Callable[[str], str] = "",
    dedupe_key: str = "",
) -> list[Notification]:
    """Tell each of `recipients` (users) something of `kind`, in their own language.

    `render()` returns `(title, body)` and is called with each recipient's language active, so
    gettext inside it translates; `url` is a site path, or a function of the language giving one.
    Call it inside the transaction of the change being reported: nothing is written or mailed
    if that rolls back. With `dedupe_key`, a recipient who already has that key gets nothing.
    Inactive accounts are skipped. Returns the notifications written.
    """
    kind_obj = kind_get(kind)
    people = [person for person in recipients if person is not None and person.is_active]
    if not people:
        return []
    if dedupe_key:
        already = set(
            Notification.objects.filter(recipient__in=people, dedupe_key=dedupe_key).values_list(
                "recipient_id", flat=True
            )
        )
        people = [person for person in people if person.pk not in already]
    chosen = dict(
        NotificationPreference.objects.filter(user__in=people, kind=kind).values_list(
            "user_id", "delivery"
        )
    )
    rows = []
    for person in {p.pk: p for p in people}.values():
        delivery = chosen.get(person.pk, kind_obj.default)
        language = person.preferred_language or settings.LANGUAGE_CODE
        with translation.override(language):
            title, body = render()
            link = url(language) if callable(url) else url
        rows.append(
            Notification(
                recipient=person,
                kind=kind,
                title=str(title)[:300],
                body=str(body),
                url=link,
                mail_state=_mail_state(kind_obj, delivery),
                dedupe_key=dedupe_key,
            )
        )
    written = _create(rows, deduped=bool(dedupe_key))
    at_once = [row.pk for row in written if row.mail_state == MailState.NOW]
    if at_once:
        outbox_send(EMAIL_TASK, ids=at_once)
    return written


def _mail_state(kind, delivery: str) -> str:
    if delivery == Delivery.NEVER and kind.may_turn_off:
        return MailState.NONE
    if delivery == Delivery.DIGEST and kind.may_digest:
        return MailState.DIGEST
    return MailState.NOW


def _create(rows: list[Notification], *, deduped: bool) -> list[Notification]:
    if not deduped:
        return Notification.objects.bulk_create(rows)
    # A parallel run may have written the same key since the check: keep what is new, one by
    # one in savepoints, so the caller's transaction goes on.
    written = []
    for row in rows:
        try:
            with transaction.atomic():
                row.save()
        except IntegrityError:
            continue
        written.append(row)
    return written
