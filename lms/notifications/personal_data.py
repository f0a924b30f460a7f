"""What notifications hold about a person: their notifications, e-mail choices and the record
of digests sent. Deletion removes all three: nothing in them is needed once the person is gone
(the reports read none of it)."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from lms.notifications.models import Notification, NotificationDigest, NotificationPreference
from lms.privacy.providers import PersonalDataProvider

CHUNK = 2000


def _iso(value):
    return value.isoformat() if value else None


def records(user):
    rows = Notification.objects.filter(recipient=user).order_by("created_at", "pk")
    for row in rows.iterator(chunk_size=CHUNK):
        yield {
            "type": "notification",
            "kind": row.kind,
            "title": row.title,
            "text": row.body,
            "link": row.url,
            "created_at": _iso(row.created_at),
            "read_at": _iso(row.read_at),
            "email": row.mail_state,
            "emailed_at": _iso(row.mailed_at),
        }
    for kind, delivery in (
        NotificationPreference.objects.filter(user=user)
        .order_by("kind")
        .values_list("kind", "delivery")
    ):
        yield {"type": "preference", "kind": kind, "email": delivery}
    for day, count, sent_at in (
        NotificationDigest.objects.filter(recipient=user)
        .order_by("day")
        .values_list("day", "count", "sent_at")
    ):
        yield {"type": "digest", "day": day.isoformat(), "count": count, "sent_at": _iso(sent_at)}


def describe(user):
    count = Notification.objects.filter(recipient=user).count()
    if not count:
        return None
    return _("%(count)s notifications and the e-mail settings deleted.") % {"count": count}


def erase(user) -> int:
    """Notifications, preferences and digest records are deleted."""
    return sum(
        model.objects.filter(**{field: user}).delete()[0]
        for model, field in (
            (Notification, "recipient"),
            (NotificationPreference, "user"),
            (NotificationDigest, "recipient"),
        )
    )


def notifications_provider():
    return PersonalDataProvider(
        key="notifications",
        title=gettext_lazy("Notifications"),
        models=(
            "notifications.Notification",
            "notifications.NotificationPreference",
            "notifications.NotificationDigest",
        ),
        records=records,
        describe=describe,
        erase=erase,
        order=80,
    )
