"""Template context every page needs."""

from django.utils import timezone
from django.utils.translation import get_language

from lms.accounts.access_cache import user_has_perm
from lms.i18n import platform_name
from lms.notifications.counts import unread_count


def platform(request):
    """The platform's name in the current language (settings.PLATFORM_NAME)."""
    return {"PLATFORM_NAME": platform_name()}


def header_state(request) -> tuple:
    """What the site header and page frame (base.html) show a signed-in reader beyond the
    content version: a page kept per reader (courses/catalogue/lesson_keep.py) keys on it, so a
    new per-reader part of the header belongs here too."""
    user = request.user
    return (
        request.get_host(),
        request.path,
        get_language(),
        timezone.get_current_timezone_name(),
        user.pk,
        user.get_short_name(),
        user.is_active,
        user_has_perm(user, "wagtailadmin.access_admin"),  # the Teaching and Admin links
        unread_count(user),
    )
