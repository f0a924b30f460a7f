"""Reading a person's notifications."""

from lms.notifications.kinds import Delivery
from lms.notifications.models import Notification, NotificationPreference

LIST_FIELDS = ("id", "kind", "title", "body", "url", "created_at", "read_at")


def notifications_of(*, user, unread_only: bool = False):
    """`user`'s notifications, newest first (one query a page; the index on recipient and
    created time serves it)."""
    rows = Notification.objects.filter(recipient=user).only(*LIST_FIELDS)
    if unread_only:
        rows = rows.filter(read_at__isnull=True)
    return rows.order_by("-created_at", "-pk")


def mail_refused(*, user_ids, kind: str) -> set[int]:
    """Of `user_ids`, who chose "Never" for `kind`: for apps whose own e-mail carries the news
    (the certificate's PDF, Wagtail's review mail) and must still follow the choice. One query."""
    return set(
        NotificationPreference.objects.filter(
            user_id__in=list(user_ids), kind=kind, delivery=Delivery.NEVER
        ).values_list("user_id", flat=True)
    )
