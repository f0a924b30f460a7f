"""The header's link to the notifications with the unread count (kept in the cache)."""

from django import template

from lms.notifications.counts import unread_count

register = template.Library()


@register.inclusion_tag("notifications/includes/bell.html", takes_context=True)
def notifications_bell(context):
    user = context.get("user")
    count = unread_count(user) if user is not None and user.is_authenticated else 0
    return {"unread": count}
