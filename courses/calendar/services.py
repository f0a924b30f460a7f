"""Changes to a person's calendar feed: a new secret address (the old one stops working) and
turning the feed off."""

from django.db import transaction
from django.utils import timezone

from courses.calendar.models import CalendarFeed


@transaction.atomic
def feed_create(*, user) -> CalendarFeed:
    """A new secret address for `user`; a live one is revoked first (one live feed per person,
    a database constraint)."""
    feed_revoke(user=user)
    return CalendarFeed.objects.create(user=user)


@transaction.atomic
def feed_revoke(*, user) -> int:
    """Turn the person's feed off: its address answers 404 from now on."""
    return CalendarFeed.objects.filter(user=user, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )
