"""The Wagtail admin speaks the language a person chose on their profile.

Wagtail renders the admin in the language of its own user profile and, when that is empty, in
the request's language (the browser's or the language cookie). Our users choose their language
on the platform's profile (`User.preferred_language`); this middleware makes it the request's
language in the admin, so a trainer who prefers Kyrgyz gets the Kyrgyz admin on any browser.
A language picked in the admin's own account settings still wins.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.functional import SimpleLazyObject

ADMIN_PREFIX = SimpleLazyObject(lambda: reverse("wagtailadmin_home"))


class AdminLanguageMiddleware:
    """After authentication: activate the signed-in user's preferred language in the admin."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # The path first: elsewhere the user (a session read and a query) is never looked at.
        if request.path_info.startswith(str(ADMIN_PREFIX)) and request.user.is_authenticated:
            language = getattr(request.user, "preferred_language", "")
            if language in dict(settings.WAGTAILADMIN_PERMITTED_LANGUAGES):
                translation.activate(language)
                request.LANGUAGE_CODE = language
        return self.get_response(request)
