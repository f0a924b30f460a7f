"""Template context every page needs."""

from lms.i18n import platform_name


def platform(request):
    """The platform's name in the current language (settings.PLATFORM_NAME)."""
    return {"PLATFORM_NAME": platform_name()}


def fragment_cache(request):
    """What `{% cache %}` blocks key on: the content version (read only when a block asks) and
    how long to keep them; previews are never cached."""
    from django.conf import settings
    from django.utils.functional import SimpleLazyObject

    from lms.page_cache import content_version

    return {
        "content_version": SimpleLazyObject(lambda: content_version(request)),
        "fragment_seconds": 0
        if getattr(request, "is_preview", False)
        else settings.FRAGMENT_CACHE_SECONDS,
    }
