"""Topic rows kept in the cache by what they show (boards, a lesson's questions)."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

ROW_TEMPLATE = "discussions/includes/topic_row.html"


def topic_row_key(topic) -> str:
    """A digest of everything the topic's row shows."""
    author = topic.author
    shown = (
        get_language(),
        timezone.get_current_timezone_name(),
        topic.pk,
        topic.title,
        topic.pinned,
        topic.locked,
        topic.answer_id,
        topic.hidden,
        topic.reply_count,
        topic.last_post_at.isoformat() if topic.last_post_at else "",
        author.full_name if author is not None else None,
    )
    return "topic-row:" + hashlib.sha256(repr(shown).encode()).hexdigest()


def topic_rows_html(topics) -> str:
    """The rows of `topics` in order: read together from the cache, the missing ones rendered
    (and kept). With fragments off (FRAGMENT_CACHE_SECONDS <= 0, as in tests) all rendered."""
    topics = list(topics)
    if not topics:
        return ""
    seconds = settings.FRAGMENT_CACHE_SECONDS
    keys = [topic_row_key(topic) for topic in topics]
    kept = cache.get_many(keys) if seconds > 0 else {}
    rows, missing = [], {}
    for key, topic in zip(keys, topics, strict=True):
        html = kept.get(key)
        if html is None:
            html = render_to_string(ROW_TEMPLATE, {"topic": topic})
            missing[key] = html
        rows.append(html)
    if missing and seconds > 0:
        cache.set_many(missing, seconds)
    return mark_safe("".join(rows))  # noqa: S308 - our template's output, escaped there
