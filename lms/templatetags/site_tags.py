"""Header pieces every page shows: the main menu and the language switcher."""

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse, translate_url
from django.utils.http import urlencode
from django.utils.translation import get_language

from wagtail.models import Page, Site

from lms.page_cache import fragment_cached

register = template.Library()
# The menu marks the section (a page at this depth) the current page is in.
SECTION_PATH_LENGTH = 3 * Page.steplen


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The home page's children marked "show in menus", in the current language (one query;
    none while the menu is in the fragment cache)."""
    request = context.get("request")
    current_path = getattr(context.get("page"), "path", "")
    section = current_path[:SECTION_PATH_LENGTH]
    host = request.get_host() if request else ""
    return fragment_cached(
        request, "main_menu", (host, section), lambda: _main_menu_render(request, current_path)
    )


def _main_menu_render(request, current_path: str) -> str:
    site = Site.find_for_request(request) if request else None
    items = []
    if site is not None:
        home = site.root_page.localized
        items = list(home.get_children().live().in_menu())  # titles and URLs need no .specific
    return render_to_string(
        "includes/main_menu.html",
        {"items": items, "current_path": current_path, "request": request},
    )


@register.simple_tag(takes_context=True)
def language_switcher(context):
    """A link per language to the same page in that language (cached per page and address)."""
    request = context["request"]
    page = context.get("page")
    page_pk = page.pk if isinstance(page, Page) else None
    if request.GET:  # searches and filters: too many addresses to be worth keeping
        return render_to_string("includes/language_switcher.html", _language_links(request, page))
    return fragment_cached(
        request,
        "language_switcher",
        (page_pk, request.get_full_path()),
        lambda: render_to_string("includes/language_switcher.html", _language_links(request, page)),
    )


def _language_links(request, page) -> dict:
    current = get_language()
    translations = {}
    if isinstance(page, Page):
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        if target is not None:
            url = target.get_url(request=request)
        else:
            url = translate_url(request.get_full_path(), code)
        switch = reverse("language_switch", kwargs={"language": code})
        links.append(
            {
                "code": code,
                "name": name,
                "url": f"{switch}?{urlencode({'next': url})}",
                "current": code == current,
            }
        )
    return {"links": links}
