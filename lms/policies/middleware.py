"""Ask every signed-in person to accept the policies in force before anything else.

A page load (a GET or HEAD that a browser navigates to) by a signed-in person with a version
still to accept is sent to /<lang>/policies/accept/?next=<where they were going>. What stays
open meanwhile: the policy pages and the accept page, signing out, the person's own data
(the profile and /my/data/: a person who declines may still see what is held, take a copy of
it or ask for deletion; "download my data" returns to the profile), static and
media files, the health check, the language switch and the Wagtail admin (staff are asked on
their next site page; the admin's choosers, previews and autosaves would break on a redirect).
Form posts go through, so nothing typed before a publish is lost; the page they lead to asks.

Steady state costs no query: the ids in force come from the cache, and what the person still
has to accept is kept in the session against those ids (re-read only when they change).
"""

from urllib.parse import quote

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse

from lms.policies.selectors import accepted_version_ids, current_version_ids

SESSION_KEY = "policies"
# Language-free paths that never ask.
EXEMPT_PREFIXES = (
    "/admin/",
    "/healthz/",
    "/lang/",
    "/documents/",
    "/sitemap.xml",
    "/robots.txt",
    "/favicon.ico",
)
# Under /<lang>/: reading the policies, accepting, signing out, the person's own data.
EXEMPT_SECTIONS = ("policies/", "accounts/logout/", "accounts/profile/", "my/data/")


def pending_version_ids(request) -> tuple[int, ...]:
    """The ids in force the signed-in person has not accepted; from the session while the ids
    in force are those it was worked out for."""
    current = current_version_ids()
    if not current:
        return ()
    user = request.user
    state = request.session.get(SESSION_KEY)
    if state and state.get("user") == user.pk and tuple(state.get("current", ())) == current:
        return tuple(state.get("pending", ()))
    accepted = accepted_version_ids(user=user, version_ids=current)
    pending = tuple(pk for pk in current if pk not in accepted)
    request.session[SESSION_KEY] = {"user": user.pk, "current": current, "pending": pending}
    return pending


def pending_forget(request) -> None:
    """Work it out again on the next request (after the person accepted)."""
    request.session.pop(SESSION_KEY, None)


def _exempt_path(path: str) -> bool:
    if path.startswith((settings.STATIC_URL, settings.MEDIA_URL, *EXEMPT_PREFIXES)):
        return True
    for code, _name in settings.LANGUAGES:
        prefix = f"/{code}/"
        if path.startswith(prefix):
            return path[len(prefix) :].startswith(EXEMPT_SECTIONS)
    return False


def _page_load(request) -> bool:
    """A browser opening a page, not a script fetching data or a frame inside a page."""
    if request.method not in ("GET", "HEAD"):
        return False
    headers = request.headers
    if headers.get("Sec-Fetch-Mode", "navigate") != "navigate":
        return False
    if headers.get("Sec-Fetch-Dest", "document") != "document":
        return False
    if headers.get("X-Requested-With") or headers.get("HX-Request"):
        return False
    accept = headers.get("Accept", "")
    return not accept or "text/html" in accept or "*/*" in accept


class PolicyAcceptanceMiddleware:
    """After the authentication middleware: redirect page loads with versions to accept."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            _page_load(request)
            and not _exempt_path(request.path_info)
            and request.user.is_authenticated
            and pending_version_ids(request)
        ):
            target = reverse("policies:accept")
            return redirect(f"{target}?next={quote(request.get_full_path())}")
        return self.get_response(request)
