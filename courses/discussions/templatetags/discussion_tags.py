"""Posts as safe text (everything escaped, links made clickable, line breaks kept) and topic
lists rendered from kept rows."""

from django import template
from django.template.defaultfilters import linebreaksbr
from django.utils.html import urlize
from django.utils.safestring import mark_safe

from courses.discussions.rows import topic_rows_html

register = template.Library()


@register.filter
def post_text(text: str) -> str:
    """urlize escapes the text (autoescape) and adds rel="nofollow"; linebreaksbr keeps it."""
    linked = mark_safe(urlize(text or "", nofollow=True, autoescape=True))  # noqa: S308
    return linebreaksbr(linked)


@register.simple_tag
def topic_rows(topics):
    """The topic list's rows, each kept in the cache under a digest of everything it shows (its
    title, flags, reply count, latest post, author's name, the language and time zone): a
    change to any of them is a new key, so no row is ever shown stale and nothing needs
    forgetting. Every reader of a row sees the same HTML."""
    return topic_rows_html(topics)
