"""Telling people things: `notify` writes the notifications and queues what goes at once;
reading them, and each person's choices of e-mail per kind (docs/notifications.md)."""

from collections.abc import Callable, Iterable

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from lms.notifications.counts import unread_forget
from lms.notifications.kinds import DIGEST_ALL, KINDS, Delivery, deliveries_allowed, kind_get
from lms.notifications.models import MailState, Notification, NotificationPreference
from lms.outbox.services import outbox_send

EMAIL_TASK = "lms.notifications.tasks.notification_emails_send"
# One outbox message (one task) per this many mails: an announcement to a large course is
# sent by several tasks, each well inside its time limit.
EMAIL_TASK_BATCH = 100


def notify(
    recipients: Iterable,
    kind: str,
    *,
    render: Callable[[], tuple[str, str]],
    url: str | Callable[[str], str] = "",
    dedupe_key: str = "",
    mail: bool = True,
) -> list[Notification]:
    """Tell each of `recipients` (users) something of `kind`, in their own language.

    `render()` returns `(title, body)` and is called with each recipient's language active, so
    gettext inside it translates; `url` is a site path, or a function of the language giving one.
    Call it inside the transaction of the change being reported: nothing is written or mailed
    if that rolls back. With `dedupe_key`, a recipient who already has that key gets nothing.
    Inactive accounts are skipped. `mail=False` when the caller's own e-mail already carries
    the news (the certificate's PDF, Wagtail's review mail): nothing is queued. Returns the
    notifications written.
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
                mail_state=_mail_state(kind_obj, delivery) if mail else MailState.NONE,
                dedupe_key=dedupe_key,
            )
        )
    written = _create(rows, deduped=bool(dedupe_key))
    unread_forget(row.recipient_id for row in written)
    at_once = [row.pk for row in written if row.mail_state == MailState.NOW]
    for start in range(0, len(at_once), EMAIL_TASK_BATCH):
        outbox_send(EMAIL_TASK, ids=at_once[start : start + EMAIL_TASK_BATCH])
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


@transaction.atomic
def notification_open(*, user, notification_id: int) -> Notification | None:
    """Mark one of `user`'s notifications read (once: the first reading is kept); None when it
    is not theirs."""
    notification = Notification.objects.filter(pk=notification_id, recipient=user).first()
    if notification is None:
        return None
    if notification.read_at is None:
        notification.read_at = timezone.now()
        Notification.objects.filter(pk=notification.pk, read_at__isnull=True).update(
            read_at=notification.read_at
        )
        unread_forget([user.pk])
    return notification


@transaction.atomic
def notifications_read_all(*, user) -> int:
    """Mark every unread notification of `user` read; how many were."""
    count = Notification.objects.filter(recipient=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )
    unread_forget([user.pk])
    return count


def preferences_get(*, user) -> dict[str, str]:
    """The delivery `user` has for every kind: their choice, else the kind's default."""
    chosen = dict(NotificationPreference.objects.filter(user=user).values_list("kind", "delivery"))
    result = {}
    for code, kind in KINDS.items():
        delivery = chosen.get(code, kind.default)
        result[code] = delivery if delivery in deliveries_allowed(kind) else kind.default
    return result


@transaction.atomic
def preferences_save(*, user, choices: dict[str, str]) -> list[str]:
    """Store `user`'s choices (kind -> delivery) that the kind allows; the kinds changed.

    A choice equal to the default keeps no row. Turning a kind's mail off also cancels its
    mail still waiting for the digest; "at once" leaves waiting mail for the digest it was
    promised to.
    """
    current = preferences_get(user=user)
    changed = []
    for code, delivery in choices.items():
        kind = KINDS.get(code)
        if kind is None or delivery not in deliveries_allowed(kind):
            continue
        if current[code] == delivery:
            continue
        changed.append(code)
        if delivery == kind.default:
            NotificationPreference.objects.filter(user=user, kind=code).delete()
        else:
            NotificationPreference.objects.update_or_create(
                user=user, kind=code, defaults={"delivery": delivery}
            )
        if delivery == Delivery.NEVER:
            Notification.objects.filter(
                recipient=user, kind=code, mail_state=MailState.DIGEST
            ).update(mail_state=MailState.NONE)
    return changed


UNSUBSCRIBED = "unsubscribed"
MOVED_TO_DIGEST = "digest"
NOT_ALLOWED = "not_allowed"


def unsubscribe_choice(kind_code: str) -> str:
    """What an unsubscribe link does for a kind: "never", else "digest" for a kind that may
    not be turned off but may wait for the digest (announcements), else nothing (security)."""
    if kind_code == DIGEST_ALL:
        return Delivery.NEVER
    kind = kind_get(kind_code)
    if kind.may_turn_off:
        return Delivery.NEVER
    if kind.may_digest:
        return Delivery.DIGEST
    return ""


@transaction.atomic
def unsubscribe_apply(*, user, kind_code: str) -> str:
    """Stop `user`'s mail of `kind_code` (or of every kind they get by digest, DIGEST_ALL) as
    far as the kind allows; UNSUBSCRIBED, MOVED_TO_DIGEST or NOT_ALLOWED."""
    if kind_code == DIGEST_ALL:
        current = preferences_get(user=user)
        choices = {
            code: Delivery.NEVER if KINDS[code].may_turn_off else Delivery.DIGEST
            for code, delivery in current.items()
            if delivery == Delivery.DIGEST
        }
        preferences_save(user=user, choices=choices)
        return UNSUBSCRIBED
    choice = unsubscribe_choice(kind_code)
    if not choice:
        return NOT_ALLOWED
    preferences_save(user=user, choices={kind_code: choice})
    return UNSUBSCRIBED if choice == Delivery.NEVER else MOVED_TO_DIGEST


def notifications_expire(*, now) -> int:
    """Retention: delete notifications read more than RETENTION_NOTIFICATION_DAYS ago and
    digest records older than RETENTION_NOTIFICATION_DIGEST_DAYS; how many rows went."""
    from datetime import timedelta

    from lms.notifications.models import NotificationDigest

    read_before = now - timedelta(days=settings.RETENTION_NOTIFICATION_DAYS)
    day_before = timezone.localdate(now) - timedelta(
        days=settings.RETENTION_NOTIFICATION_DIGEST_DAYS
    )
    notifications, _ = Notification.objects.filter(read_at__lt=read_before).delete()
    digests, _ = NotificationDigest.objects.filter(day__lt=day_before).delete()
    return notifications + digests
