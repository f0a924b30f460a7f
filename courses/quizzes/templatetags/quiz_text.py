"""Printing question texts: imported texts are sanitised HTML (Moodle's formats, issue 17),
texts typed in the admin are plain text. Both print safely: HTML is sanitised again on output
(an allow-list, so nothing stored can script the page), plain text is escaped with its line
breaks kept."""

from django import template
from django.template.defaultfilters import linebreaks_filter
from django.utils.html import escape
from django.utils.safestring import mark_safe

from courses.quizzes.formats.text import HTML_TAG, sanitise_html

register = template.Library()


def _is_html(value: str) -> bool:
    return bool(HTML_TAG.search(value))


@register.filter
def quiz_html(value) -> str:
    """A block of question text: sanitised HTML, or plain text in paragraphs."""
    value = str(value or "")
    if _is_html(value):
        return mark_safe(sanitise_html(value))  # noqa: S308 (sanitised by an allow-list)
    return linebreaks_filter(value, autoescape=True)


@register.filter
def quiz_inline(value) -> str:
    """A short text (an answer, a feedback line): sanitised HTML, or escaped plain text."""
    value = str(value or "")
    if _is_html(value):
        return mark_safe(sanitise_html(value))  # noqa: S308 (sanitised by an allow-list)
    return escape(value)
