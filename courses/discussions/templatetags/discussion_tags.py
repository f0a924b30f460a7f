"""Posts as safe text: everything escaped, links made clickable, line breaks kept."""

from django import template
from django.template.defaultfilters import linebreaksbr
from django.utils.html import urlize
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def post_text(text: str) -> str:
    """urlize escapes the text (autoescape) and adds rel="nofollow"; linebreaksbr keeps it."""
    linked = mark_safe(urlize(text or "", nofollow=True, autoescape=True))  # noqa: S308
    return linebreaksbr(linked)
