"""The header's unread count, kept in the cache per person so a page costs no query for it.

Every write that changes it (a notification written, one or all read) deletes the key now and
again after commit (lms.versions' reasoning: a request reading between the two must not keep
the uncommitted state). A cache that is down costs one COUNT query per page, nothing worse.
"""

import logging

from django.core.cache import cache

from lms.versions import cache_drop_now_and_after_commit

logger = logging.getLogger(__name__)

KEEP_SECONDS = 24 * 3600


def _key(user_id: int) -> str:
    return f"notifications:unread:{user_id}"


def read_ahead_keys(request, user_id) -> list[str]:
    """`lms.cache_ahead`: a signed-in page shows the count in its header."""
    return [_key(user_id)] if user_id is not None and request.method == "GET" else []


def unread_count(user) -> int:
    """How many of `user`'s notifications are unread: from the cache, else one query."""
    from lms.notifications.models import Notification

    try:
        found = cache.get(_key(user.pk))
    except Exception:
        logger.warning("Cache unavailable: the unread count is read from the database.")
        found = None
    if found is not None:
        return found
    count = Notification.objects.filter(recipient_id=user.pk, read_at__isnull=True).count()
    try:
        cache.set(_key(user.pk), count, KEEP_SECONDS)
    except Exception:
        logger.warning("Cache unavailable: the unread count is not kept.")
    return count


def unread_forget(user_ids) -> None:
    """Drop the kept counts of these people now and after the transaction commits."""
    keys = [_key(pk) for pk in set(user_ids)]
    if keys:
        cache_drop_now_and_after_commit(keys, "unread counts")
