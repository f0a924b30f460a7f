"""Wagtail's page serving with routes remembered for the content version (`lms.process_memo`).

Wagtail walks from the site's root page down to the page asked for, about two queries a level:
nine for a lesson before its view runs. The address of a page changes only with a publish or a
move, which starts a new content version, so the page an address leads to is remembered for the
version, and the page itself too (a private copy per request): a remembered route costs no
query. Routes of routable pages
(they set `request.routable_resolver_match` while routing) and routes with arguments are not
remembered; not found stays not found through Wagtail's own walk.
"""

import pickle
from functools import partial

from django.conf import settings
from django.urls import re_path
from django.utils.translation import get_language

from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from lms.process_memo import keep_many, keep_pairs, recall_many, remembered


def _route_walk(request, path: str):
    """(model, pk) of the live page Wagtail routes this address to, or None: not remembered."""
    result = Page.route_for_request(request, path)
    if result is None:
        return None
    page, args, kwargs = result
    if args or kwargs or isinstance(page, RoutablePageMixin):
        return None
    return type(page), page.pk


def _copy_warm(page):
    """The page with its locale and what its model's `remembered_copy_warm()` loads onto the
    instance (the course page: its parent and topic), so the copies answer unasked."""
    if page is not None:
        page.locale  # noqa: B018 - loads the foreign key onto the instance (when not joined)
        warm = getattr(page, "remembered_copy_warm", None)
        if warm is not None:
            warm()
    return page


def _page_read(model, pk: int):
    """The live page, warmed as every kept copy is."""
    return _copy_warm(model.objects.filter(pk=pk, live=True).select_related("locale").first())


def _pickled(page) -> bytes:
    return pickle.dumps(page, pickle.HIGHEST_PROTOCOL)


def page_copy_remembered(request, model, pk: int):
    """This request's own copy of the live page: its row (with its locale) is remembered for
    the content version, pickled, so no request shares an instance with another and none needs
    a query (any save, publish or move of a page starts a new version). With remembering off
    (FRAGMENT_CACHE_SECONDS <= 0, as in tests), the one query it replaces."""
    if settings.FRAGMENT_CACHE_SECONDS <= 0 or getattr(request, "is_preview", False):
        return model.objects.filter(pk=pk, live=True).select_related("locale").first()
    pickled = remembered(
        "route_page",
        (model, pk),
        lambda: _pickled(_page_read(model, pk)),
        request=request,
    )
    return pickle.loads(pickled)  # noqa: S301 - our own pickle, kept in our own cache


def _route_remembered(request, path: str) -> RouteResult | None:
    key = (request.get_host(), get_language(), path)
    target = recall_many("route", [key], request=request).get(key)
    if target is None:
        target = _route_walk(request, path)
        if target is None:
            # Not remembered (a routable page, not found: any address may be asked for, so
            # none of them fills the cache): Wagtail's own result, walked just now.
            return getattr(request, "_wagtail_route_for_request", None)
        # The page just walked is the copy the next requests read (the POST that marks the
        # lesson complete, the next reader in another process): kept with its route now, before
        # this request serves it and puts its own state on it, so none of them reads it again.
        walked = request._wagtail_route_for_request.page
        keep_pairs(
            {("route", key): target, ("route_page", target): _pickled(_copy_warm(walked))},
            request=request,
        )
    if hasattr(request, "_wagtail_route_for_request"):
        page = request._wagtail_route_for_request.page  # walked just now
    else:
        page = page_copy_remembered(request, *target)
        if page is None:
            return None
    # Wagtail checks the page's and its ancestors' view restrictions on every request (two
    # queries); they change only with a restriction saved or a page moved, both of which start a
    # new content version. This request's own copy of the page answers from the remembered list.
    restrictions = remembered(
        "view_restrictions", page.pk, lambda: list(page.get_view_restrictions()), request=request
    )
    page.get_view_restrictions = partial(list, restrictions)
    return RouteResult(page)


def serve(request, path):
    """Wagtail's `serve` view, given the remembered route when there is one; otherwise Wagtail
    walks (or has just walked) the tree itself and decides: a routable page, or not found."""
    route = _route_remembered(request, path)
    if route is not None:
        request._wagtail_route_for_request = route
    return wagtail_views.serve(request, path)


# Wagtail's own front-end URLs, with its `serve` replaced by the one above (same name and
# pattern, so `{% pageurl %}`, `reverse("wagtail_serve")` and the password form still work).
urlpatterns = [
    re_path(pattern.pattern.regex.pattern, serve, name="wagtail_serve")
    if pattern.name == "wagtail_serve"
    else pattern
    for pattern in wagtail_urls.urlpatterns
]


# Wagtail's list of site root paths, which every page link reads (from the shared cache, once
# per request): it changes only with a site or a site's root page, both of which start a new
# content version.
ROOT_PATHS = ("root-paths",)


class SiteRememberedMiddleware:
    """The Wagtail site of the request's host and the sites' root paths, as Wagtail found them
    earlier under this content version (a change to a site starts a new one): page links
    (`{% pageurl %}`) then need no query and no cache read to find them. Nothing is looked up
    ahead: views that never ask for them cost the same as without this."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        host = (request._get_raw_host(), request.get_port())  # what Wagtail matches sites on
        known = recall_many("site", [host, ROOT_PATHS], request=request)
        if known.get(host) is not None:
            request._wagtail_site = known[host]
        if known.get(ROOT_PATHS) is not None:
            request._wagtail_cached_site_root_paths = known[ROOT_PATHS]
        response = self.get_response(request)
        found = {}
        if host not in known and getattr(request, "_wagtail_site", None) is not None:
            found[host] = request._wagtail_site
        if ROOT_PATHS not in known and hasattr(request, "_wagtail_cached_site_root_paths"):
            found[ROOT_PATHS] = tuple(request._wagtail_cached_site_root_paths)
        keep_many("site", found, request=request)
        return response
