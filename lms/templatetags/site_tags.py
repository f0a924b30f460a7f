"""Header pieces every page shows: the main menu and the language switcher."""

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils.http import urlencode
from django.utils.translation import get_language

from wagtail.models import Page, Site

register = template.Library()


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The home page's children marked "show in menus", in the current language (one query)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    items = []
    if site is not None:
        home = site.root_page.localized
        items = list(home.get_children().live().in_menu())  # titles and URLs need no .specific
    current = context.get("page")
    return {"items": items, "current_path": getattr(current, "path", "")}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """A link per language to the same page in that language, through the cookie-setting switch."""
    request = context["request"]
    page = context.get("page")
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
