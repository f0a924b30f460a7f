"""Whole anonymous pages kept in the cache, per address and language, dropped on every publish.

An anonymous visitor (no session cookie, no flash message waiting) who asks for a public page
under /ky/, /ru/ or /en/ gets the stored copy of what the last anonymous visitor got, with no
database query. A copy is stored only when the response is a plain 200 that sets no cookie
(pages with forms set the CSRF cookie) and was rendered for nobody in particular. Every stored
copy carries the content version it was rendered under; publishing, unpublishing, moving or
deleting a page, or changing a snippet or setting the pages show, starts a new version, so the
next visitor sees the change at once. What changes without a publish (learner counts on the
catalogue, places left on a course) may be up to PAGE_CACHE_SECONDS old.

The same responses say `Cache-Control: public, max-age=0, s-maxage=PAGE_CACHE_PROXY_SECONDS` so
nginx's proxy_cache may keep them too (purged on publish by `frontend_cache_purge_page`); every
other page under a language prefix says `private`.
"""

import hashlib
from collections.abc import Callable
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from lms.local_fragments import local_get, local_set
from lms.versions import version_get, version_new, version_renew_now_and_after_commit

VERSION_KEY = "page-cache:version"
HEADER = "X-Page-Cache"
# Query strings longer than this are rendered every time rather than filling the cache.
MAX_QUERY_LENGTH = 512
# Under a language prefix, these sections are personal or are forms: never stored.
EXCLUDED_SECTIONS = ("accounts/", "my/", "learning/", "teach/", "quizzes/", "certificates/")
# The REST API's public reads that change only on publish (docs/api.md): anonymous answers are
# kept like the pages they mirror. The language is a query parameter, part of the key; what
# needs a token or a session is never eligible (and a 401 is never stored).
API_CACHED = ("/api/v1/courses/", "/api/v1/cases/")
# The content version read once per request, for code that has no request at hand (a service
# reading a course's outline, a completion check): set by PageCacheMiddleware around each request,
# emptied by a new version so the same request then reads the new one.
_request_memo: ContextVar[dict | None] = ContextVar("content_version_memo", default=None)


def page_cache_invalidate() -> None:
    """Start a new content version now and again after commit, so no copy of the old survives."""
    version_renew_now_and_after_commit(content_version_bump)


def content_version_bump() -> None:
    """A new random version: every stored page and fragment of the old one is never read again."""
    version_new(VERSION_KEY)
    memo = _request_memo.get()
    if memo is not None:
        memo.pop("version", None)


def content_version(request=None) -> str:
    """The current content version, read once per request; fragment caches key on it too."""
    version = getattr(request, "_content_version", None)
    if version is None:
        memo = _request_memo.get()
        version = memo.get("version") if memo is not None else None
        if version is None:
            version = version_get(VERSION_KEY)
            if memo is not None:
                memo["version"] = version
        if request is not None:
            request._content_version = version
    return version


def read_ahead_keys(request, user_id) -> list[str]:
    """`lms.cache_ahead`: a signed-in request reads the content version."""
    return [VERSION_KEY] if user_id is not None else []


def fragment_cached(request, name: str, parts: tuple, render: Callable[[], str]) -> str:
    """HTML that is the same for everyone viewing the same content (a menu, a lesson body),
    rendered once per content version and language and then read from this process's copies
    (`lms.local_fragments`) or the shared cache."""
    if settings.FRAGMENT_CACHE_SECONDS <= 0 or getattr(request, "is_preview", False):
        return render()  # a preview shows a draft: never store it, never show the live copy
    digest = hashlib.sha256(repr((get_language(), *parts)).encode()).hexdigest()
    key = f"fragment:{name}:{content_version(request)}:{digest}"
    html = local_get(key)
    if html is None:
        html = cache.get(key)
        if html is None:
            html = str(render())
            cache.set(key, html, settings.FRAGMENT_CACHE_SECONDS)
        local_set(key, html)
    return mark_safe(html)  # noqa: S308 - rendered by our own templates, escaped there


def _language_prefixed(path: str) -> str | None:
    """The path after /<language>/ when it has one of the site's language prefixes."""
    for code, _name in settings.LANGUAGES:
        prefix = f"/{code}/"
        if path.startswith(prefix):
            return path[len(prefix) :]
    return None


def _eligible(request) -> bool:
    if settings.PAGE_CACHE_SECONDS <= 0 or request.method != "GET":
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    if len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_LENGTH:
        return False
    rest = _language_prefixed(request.path)
    if rest is None:
        return request.path.startswith(API_CACHED)
    return not rest.startswith(EXCLUDED_SECTIONS)


def _key(request) -> str:
    """Scheme, host, path and the query string in a fixed order: `?b=1&a=2` is `?a=2&b=1`."""
    query = sorted((k, v) for k, values in request.GET.lists() for v in values)
    address = f"{request.scheme}://{request.get_host()}{request.path}?{query!r}"
    return "page-cache:page:" + hashlib.sha256(address.encode()).hexdigest()


def _storable(request, response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if getattr(response, "page_cache_exempt", False):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    cache_control = response.get("Cache-Control", "")
    return not any(word in cache_control for word in ("private", "no-store", "no-cache"))


class PageCacheMiddleware:
    """Serve and store anonymous pages; place it before the session middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_memo.set({})
        try:
            return self._respond(request)
        finally:
            _request_memo.reset(token)

    def _respond(self, request):
        if not _eligible(request):
            return self._private(request, self.get_response(request))
        key = _key(request)
        found = cache.get_many([VERSION_KEY, key])
        version = found.get(VERSION_KEY) or version_get(VERSION_KEY)
        request._content_version = version
        _request_memo.get()["version"] = version
        entry = found.get(key)
        if entry and entry[0] == version:
            _version, status, headers, content = entry
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
            response[HEADER] = "hit"
            return response
        response = self.get_response(request)
        if not _storable(request, response):
            return self._private(request, response)
        patch_cache_control(
            response, public=True, max_age=0, s_maxage=settings.PAGE_CACHE_PROXY_SECONDS
        )
        headers = [(name, value) for name, value in response.items() if name != HEADER]
        cache.set(
            key,
            (version, response.status_code, headers, response.content),
            settings.PAGE_CACHE_SECONDS,
        )
        response[HEADER] = "miss"
        return response

    @staticmethod
    def _private(request, response):
        """Pages for someone in particular, or with a form, must never sit in a shared cache."""
        if _language_prefixed(request.path) is not None and not response.has_header(
            "Cache-Control"
        ):
            patch_cache_control(response, private=True)
        return response
