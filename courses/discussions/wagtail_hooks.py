"""Discussions in the lesson page (the lesson's latest questions) and the personal-data
provider (docs/discussions.md)."""

from wagtail import hooks

from courses.catalogue.extensions import LESSON_PAGE_CONTEXT
from courses.discussions.personal_data import discussions_personal_data
from courses.discussions.selectors import lesson_topics
from lms.privacy.providers import PERSONAL_DATA_PROVIDERS

LESSON_QUESTIONS_SHOWN = 5

hooks.register(PERSONAL_DATA_PROVIDERS, discussions_personal_data)


@hooks.register(LESSON_PAGE_CONTEXT, order=50)
def lesson_page_questions(*, request, lesson, course, outline, preview, context) -> dict:
    """The lesson's latest questions (one query) for those who may read the course's
    discussions; nothing (and no query) for visitors, previews and locked lessons."""
    if preview or context.get("locked"):
        return {}
    access = context.get("access")
    if access is None or not access.course.can_read_lessons or not request.user.is_active:
        return {}
    topics = list(
        lesson_topics(lesson_key=lesson.translation_key, user=request.user)[
            : LESSON_QUESTIONS_SHOWN + 1
        ]
    )
    return {
        "lesson_questions": {
            "topics": topics[:LESSON_QUESTIONS_SHOWN],
            "more": len(topics) > LESSON_QUESTIONS_SHOWN,
        }
    }
