"""Enrolment's parts of the catalogue: learner counts on cards, and who the reader is for a
course or lesson page (which decides what they may read). Runs first (order 10)."""

from wagtail import hooks

from courses.catalogue.extensions import (
    COURSE_CARD_ANNOTATIONS,
    COURSE_PAGE_CONTEXT,
    LESSON_PAGE_CONTEXT,
)
from courses.enrolment.selectors import course_access, learner_count_expression, lesson_access


@hooks.register(COURSE_CARD_ANNOTATIONS)
def catalogue_learner_count():
    return {"learner_count": learner_count_expression()}


@hooks.register(COURSE_PAGE_CONTEXT, order=10)
def course_page_access(*, request, course, outline, context) -> dict:
    return {"access": course_access(user=request.user, course=course)}


@hooks.register(LESSON_PAGE_CONTEXT, order=10)
def lesson_page_access(*, request, lesson, course, outline, preview, context) -> dict:
    """Open-preview lessons are for everyone; the rest need enrolment or a role on the course.
    An editor's preview is never locked."""
    access = lesson_access(user=request.user, lesson=lesson, course=course)
    return {"access": access, "locked": not access.allowed and not preview}
