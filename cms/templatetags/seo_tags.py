"""The head tags that help sharing and search engines: Open Graph and hreflang alternates."""

from django import template
from django.conf import settings
from django.template.loader import render_to_string

from wagtail.models import Page

from lms.page_cache import fragment_cached

register = template.Library()

OG_RENDITION = "fill-1200x630"


@register.simple_tag(takes_context=True)
def seo_head(context):
    """Open Graph tags and a link per live translation (one query; the image adds one or two;
    none while they are in the fragment cache)."""
    request = context.get("request")
    page = context.get("page")
    if not isinstance(page, Page) or request is None:
        return ""
    return fragment_cached(
        request,
        "seo_head",
        (page.pk, request.scheme, request.get_host()),
        lambda: render_to_string("cms/includes/seo_head.html", _seo_context(request, page)),
    )


def _seo_context(request, page) -> dict:
    translations = list(
        page.get_translations(inclusive=True).live().public().select_related("locale")
    )
    alternates = [
        {"lang": p.locale.language_code, "url": p.get_full_url(request)} for p in translations
    ]
    default = next((a for a in alternates if a["lang"] == settings.LANGUAGE_CODE), None)
    image = page.get_og_image() if hasattr(page, "get_og_image") else None
    image_url = None
    if image is not None:
        image_url = request.build_absolute_uri(image.get_rendition(OG_RENDITION).url)
    return {
        "title": page.seo_title or page.title,
        "description": page.search_description or getattr(page, "summary", "") or "",
        "url": page.get_full_url(request),
        "og_type": "article" if hasattr(page, "summary") else "website",
        "image_url": image_url,
        "locale": page.locale.language_code if page.locale_id else "",
        "alternates": alternates if len(alternates) > 1 else [],
        "x_default": default["url"] if default and len(alternates) > 1 else None,
    }
