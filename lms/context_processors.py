"""Template context every page needs."""

from lms.accounts.emails import platform_name


def platform(request):
    """The platform's name in the current language, unless the deployment names it."""
    return {"PLATFORM_NAME": platform_name()}
