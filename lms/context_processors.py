"""Template context every page needs."""

from lms.i18n import platform_name


def platform(request):
    """The platform's name in the current language (settings.PLATFORM_NAME)."""
    return {"PLATFORM_NAME": platform_name()}
