"""Sending the notification e-mails: those due at once, and the daily digests.

At once: each notification still "now" is locked, mailed and marked sent in one transaction,
so a rerun (or a redelivered task) sends nothing twice and a failed send stays "now" for the
retry. Digest: one per person per Bishkek day, the NotificationDigest row (unique on recipient
and day) written first in the transaction that mails and marks, so a second run or a second
beat process sends nothing; people are taken in batches, never every row at once.
"""

import logging
from collections import defaultdict
from contextlib import contextmanager
from smtplib import SMTPRecipientsRefused

from django.contrib.auth import get_user_model
from django.core.mail import get_connection
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from lms.notifications.emails import digest_message, notification_message
from lms.notifications.models import MailState, Notification, NotificationDigest

logger = logging.getLogger(__name__)

DIGEST_BATCH = 500
DIGEST_FIELDS = ("id", "recipient_id", "kind", "title", "body", "url", "created_at")


def _deliverable(user) -> bool:
    return bool(user.is_active and user.email)


def notification_emails_send(*, ids: list[int]) -> int:
    """Mail each of these notifications still due at once; how many went."""
    sent = 0
    connection = get_connection()
    for pk in ids:
        with transaction.atomic():
            notification = (
                Notification.objects.select_for_update(of=("self",))
                .select_related("recipient")
                .filter(pk=pk, mail_state=MailState.NOW)
                .first()
            )
            if notification is None:
                continue
            now = timezone.now()
            if _deliverable(notification.recipient):
                try:
                    notification_message(notification, connection=connection).send()
                except SMTPRecipientsRefused:
                    logger.warning("Notification %s: the address was refused.", pk)
                    now = None
                else:
                    sent += 1
            Notification.objects.filter(pk=pk).update(
                mail_state=MailState.SENT if now else MailState.NONE, mailed_at=now
            )
    return sent


def _pending(now):
    return Notification.objects.filter(mail_state=MailState.DIGEST, created_at__lte=now)


@contextmanager
def _commits_without_waiting_for_disk():
    """PostgreSQL: the run's many small commits do not each wait for the WAL flush (20,000
    fsyncs were most of its time). A database crash may then lose the last fraction of a
    second of them: those people get that digest again, never none."""
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SET synchronous_commit TO OFF")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("RESET synchronous_commit")


def notification_digests_send(*, now=None, batch: int = DIGEST_BATCH) -> dict[str, int]:
    """Mail each person their digest of everything waiting up to `now`, once per Bishkek day
    (a notification at 23:59 waits for the next morning's). Counts of sent and skipped."""
    with _commits_without_waiting_for_disk():
        return _digests_send(now=now or timezone.now(), batch=batch)


def _digests_send(*, now, batch: int) -> dict[str, int]:
    day = timezone.localdate(now)
    counts = {"sent": 0, "skipped": 0}
    connection = get_connection()
    User = get_user_model()
    after = 0
    while True:
        people = list(
            _pending(now)
            .filter(recipient_id__gt=after)
            .order_by("recipient_id")
            .values_list("recipient_id", flat=True)
            .distinct()[:batch]
        )
        if not people:
            break
        after = people[-1]
        users = User.objects.filter(pk__in=people).only(
            "id", "email", "is_active", "full_name", "preferred_language"
        )
        users = {user.pk: user for user in users}
        rows = defaultdict(list)
        pending = _pending(now).filter(recipient_id__in=people).order_by("created_at", "pk")
        for row in pending.values(*DIGEST_FIELDS):
            rows[row["recipient_id"]].append(row)
        for pk in people:
            user = users.get(pk)
            if user is None or not rows[pk]:
                continue
            if _digest_send(user=user, rows=rows[pk], day=day, now=now, connection=connection):
                counts["sent"] += 1
            else:
                counts["skipped"] += 1
    return counts


def _digest_send(*, user, rows: list[dict], day, now, connection) -> bool:
    """One person's digest: False when today's went already (another run) or cannot go."""
    ids = [row["id"] for row in rows]
    try:
        with transaction.atomic():
            NotificationDigest.objects.create(
                recipient=user, day=day, count=len(rows), created_at=now, sent_at=now
            )
            if not _deliverable(user):
                Notification.objects.filter(pk__in=ids, mail_state=MailState.DIGEST).update(
                    mail_state=MailState.NONE
                )
                return False
            Notification.objects.filter(pk__in=ids, mail_state=MailState.DIGEST).update(
                mail_state=MailState.SENT, mailed_at=now
            )
            digest_message(user=user, rows=rows, connection=connection).send()
    except IntegrityError:
        return False
    except SMTPRecipientsRefused:
        logger.warning("Digest for user %s: the address was refused.", user.pk)
        return False
    return True
