"""Reading a person's notifications."""

from lms.notifications.models import Notification

LIST_FIELDS = ("id", "kind", "title", "body", "url", "created_at", "read_at")


def notifications_of(*, user, unread_only: bool = False):
    """`user`'s notifications, newest first (one query a page; the index on recipient and
    created time serves it)."""
    rows = Notification.objects.filter(recipient=user).only(*LIST_FIELDS)
    if unread_only:
        rows = rows.filter(read_at__isnull=True)
    return rows.order_by("-created_at", "-pk")
