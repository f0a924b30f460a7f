"""The daily digest at national scale: `python bench/notifications_digest.py`.

Creates 20,000 throw-away learners (bulk, no password hashing) and 100,000 notifications
waiting for the digest, spread over the previous Bishkek day, then runs the digest exactly as
the beat task does (`lms.notifications.mailing.notification_digests_send`, one process), and
prints the time, the mails sent and the process's peak resident memory (ru_maxrss) before and
after. Each mail is built and serialised to bytes (as an SMTP backend would) and dropped.
Everything it made is removed at the end. Meant for PostgreSQL:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/lms_notif_bench \\
        .venv/bin/python manage.py migrate
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/lms_notif_bench \\
        .venv/bin/python bench/notifications_digest.py
"""

import argparse
import datetime as dt
import os
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")
os.environ.setdefault("DEBUG", "false")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth.hashers import make_password  # noqa: E402
from django.core.mail.backends.base import BaseEmailBackend  # noqa: E402
from django.db import connection  # noqa: E402
from django.utils import timezone  # noqa: E402

from lms.accounts.models import User  # noqa: E402
from lms.notifications.mailing import notification_digests_send  # noqa: E402
from lms.notifications.models import MailState, Notification, NotificationDigest  # noqa: E402

PREFIX = "bench-digest-"
UNUSABLE = make_password(None)  # nobody signs in as these learners; no hashing per row
KINDS = ("announcement", "reply", "deadline", "grade", "case")


class SerialisingBackend(BaseEmailBackend):
    """Builds each message's bytes, as SMTP would send them, and keeps nothing."""

    sent = 0
    size = 0

    def send_messages(self, email_messages):
        for message in email_messages:
            SerialisingBackend.size += len(message.message().as_bytes())
        SerialisingBackend.sent += len(email_messages)
        return len(email_messages)


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def backend_cpu_seconds() -> float | None:
    """CPU time of this connection's PostgreSQL backend, when the server is on this machine."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def remove() -> None:
    people = User.objects.filter(email__startswith=PREFIX)
    Notification.objects.filter(recipient__in=people).delete()
    NotificationDigest.objects.filter(recipient__in=people).delete()
    people.delete()


def create(learners: int, notifications: int, now) -> None:
    languages = ("ky", "ru", "en")
    User.objects.bulk_create(
        (
            User(
                email=f"{PREFIX}{n}@example.org",
                full_name=f"Окуучу {n}",
                preferred_language=languages[n % 3],
                password=UNUSABLE,
            )
            for n in range(learners)
        ),
        batch_size=2000,
    )
    ids = list(User.objects.filter(email__startswith=PREFIX).values_list("pk", flat=True))
    rng = random.Random(2026)  # noqa: S311 - spreading times, not secrets
    start = now - dt.timedelta(hours=24)
    batch = []
    for n in range(notifications):
        batch.append(
            Notification(
                recipient_id=ids[n % len(ids)],
                kind=KINDS[n % len(KINDS)],
                title=f"Жаңы билдирүү {n}: муниципалдык кызматтар боюнча курс",
                body="Тренер жаңы маалымат жарыялады. " * 4,
                url=f"/ky/courses/course-{n % 50}/",
                created_at=start + dt.timedelta(seconds=rng.randrange(23 * 3600)),
                mail_state=MailState.DIGEST,
            )
        )
        if len(batch) == 5000:
            Notification.objects.bulk_create(batch)
            batch = []
    Notification.objects.bulk_create(batch)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=20_000)
    parser.add_argument("--notifications", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=500)
    args = parser.parse_args()
    settings.EMAIL_BACKEND = f"{__name__}.SerialisingBackend"
    now = timezone.now()
    remove()
    made = time.monotonic()
    create(args.learners, args.notifications, now)
    sys.stdout.write(
        f"{connection.vendor}: {args.learners} learners, {args.notifications} notifications "
        f"waiting, made in {time.monotonic() - made:.1f} s\n"
    )
    before = peak_mb()
    cpu, backend = cpu_seconds(), backend_cpu_seconds()
    load = os.getloadavg()[0]
    started = time.monotonic()
    try:
        counts = notification_digests_send(now=now, batch=args.batch)
        took = time.monotonic() - started
        after = peak_mb()
        cpu = cpu_seconds() - cpu
        backend = backend_cpu_seconds() - backend if backend is not None else None
        left = Notification.objects.filter(
            recipient__email__startswith=PREFIX, mail_state=MailState.DIGEST
        ).count()
        sys.stdout.write(
            f"digest: {counts['sent']} mails ({SerialisingBackend.size / 1024 / 1024:.1f} MB) "
            f"in {took:.1f} s, {left} left waiting; peak RSS {before:.1f} MB before, "
            f"{after:.1f} MB after (+{after - before:.1f} MB)\n"
            f"CPU: this process {cpu:.1f} s, its database backend "
            f"{backend if backend is None else round(backend, 1)} s; load average at start "
            f"{load:.1f} on {os.cpu_count()} CPUs\n"
        )
        again = time.monotonic()
        counts = notification_digests_send(now=now, batch=args.batch)
        sys.stdout.write(
            f"second run the same day: {counts['sent']} mails in {time.monotonic() - again:.1f} s\n"
        )
    finally:
        remove()


if __name__ == "__main__":
    main()
