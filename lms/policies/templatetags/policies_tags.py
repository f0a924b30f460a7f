"""A policy version's texts in the reader's language."""

from django import template

from lms.i18n import text_in_language

register = template.Library()


@register.filter
def policy_text(version, field: str) -> str:
    """`version.<field>` in the active language, Kyrgyz where that one is empty."""
    return text_in_language(version, field)


@register.filter
def policy_language(version, language: str) -> str:
    """The language a reader of `language` reads this version in (Kyrgyz where theirs is empty)."""
    return version.language_shown(language)
