"""Discussions in the lesson page (the lesson's latest questions) and the personal-data
provider (docs/discussions.md)."""

from wagtail import hooks

from courses.catalogue.extensions import LESSON_PAGE_CONTEXT, reader_state, reader_state_get
from courses.discussions.personal_data import discussions_personal_data
from courses.discussions.rows import topic_row_key
from courses.discussions.selectors import lesson_topics_latest
from lms.privacy.providers import PERSONAL_DATA_PROVIDERS

hooks.register(PERSONAL_DATA_PROVIDERS, discussions_personal_data)


def lesson_page_questions_reader(*, request, lesson, course, outline, state) -> dict | None:
    """The lesson's latest questions as their rows show them (the rows' own digests)."""
    if not request.user.is_active:
        return {}
    topics, more = lesson_topics_latest(lesson_key=lesson.translation_key, user=request.user)
    return {
        "questions": (tuple(topic_row_key(topic) for topic in topics), more),
        "_questions": (topics, more),
    }


@hooks.register(LESSON_PAGE_CONTEXT, order=50)
@reader_state(lesson_page_questions_reader)
def lesson_page_questions(*, request, lesson, course, outline, preview, context) -> dict:
    """The lesson's latest questions (one query) for those who may read the course's
    discussions; nothing (and no query) for visitors, previews and locked lessons."""
    if preview or context.get("locked"):
        return {}
    access = context.get("access")
    if access is None or not access.course.can_read_lessons or not request.user.is_active:
        return {}
    found = reader_state_get(context, "_questions")
    topics, more = found or lesson_topics_latest(
        lesson_key=lesson.translation_key, user=request.user
    )
    return {"lesson_questions": {"topics": topics, "more": more}}
