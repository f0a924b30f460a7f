"""`{{ call|in_language:"title" }}`: a per-language column in the page's language (Kyrgyz
where the translation is empty)."""

from django import template

from lms.i18n import text_in_language

register = template.Library()


@register.filter
def in_language(obj, field: str) -> str:
    return text_in_language(obj, field)
