"""Enrolment's parts of the catalogue: learner counts on cards, and who the reader is for a
course or lesson page (which decides what they may read). Runs first (order 10)."""

from wagtail import hooks

from courses.catalogue.extensions import (
    COURSE_CARD_ANNOTATIONS,
    COURSE_PAGE_CONTEXT,
    LESSON_PAGE_CONTEXT,
    reader_state,
    reader_state_get,
)
from courses.catalogue.selectors import course_lessons_search
from courses.enrolment.bulk import bulk_jobs_expire
from courses.enrolment.personal_data import enrolment_personal_data
from courses.enrolment.selectors import course_access, learner_count_expression, lesson_access
from lms.privacy.providers import PERSONAL_DATA_PROVIDERS
from lms.retention.hooks import RETENTION_SWEEPS

LESSON_SEARCH_MAX_LENGTH = 100


@hooks.register(COURSE_CARD_ANNOTATIONS)
def catalogue_learner_count():
    return {"learner_count": learner_count_expression()}


@hooks.register(COURSE_PAGE_CONTEXT, order=10)
def course_page_access(*, request, course, outline, context) -> dict:
    return {"access": course_access(user=request.user, course=course)}


@hooks.register(COURSE_PAGE_CONTEXT, order=15)
def course_page_lesson_search(*, request, course, outline, context) -> dict:
    """Readers who may read the course's lessons search them from the course page (`?q=`);
    for anyone else there is no box and a query finds nothing."""
    access = context.get("access")
    if access is None or not access.can_read_lessons:
        return {}
    q = " ".join(request.GET.get("q", "").split())[:LESSON_SEARCH_MAX_LENGTH]
    hits = course_lessons_search(course=course, outline=outline, query=q) if q else []
    return {"lesson_search": {"q": q, "hits": hits}}


def lesson_page_reader(*, request, lesson, course, outline, state) -> dict | None:
    """A learner's page is kept (courses/catalogue/lesson_keep.py) under their enrolment as it
    shows; trainers, staff and readers who may not read the course are rendered every time."""
    access = course_access(user=request.user, course=course)
    if access.state not in ("enrolled", "completed"):
        return None
    enrollment = access.enrollment
    return {
        "enrolment": (enrollment.pk, enrollment.status, enrollment.completed_at),
        "_access": access,
    }


@hooks.register(LESSON_PAGE_CONTEXT, order=10)
@reader_state(lesson_page_reader)
def lesson_page_access(*, request, lesson, course, outline, preview, context) -> dict:
    """Open-preview lessons are for everyone; the rest need enrolment or a role on the course.
    An editor's preview is never locked."""
    access = lesson_access(
        user=request.user,
        lesson=lesson,
        course=course,
        access=reader_state_get(context, "_access"),
    )
    return {"access": access, "locked": not access.allowed and not preview}


# What enrolment holds about a person (export, deletion): docs/privacy-providers.md.
hooks.register(PERSONAL_DATA_PROVIDERS, enrolment_personal_data)


@hooks.register(RETENTION_SWEEPS)
def bulk_uploads_retention(now):
    """Uploaded enrolment lists older than RETENTION_BULK_UPLOAD_DAYS."""
    return "enrolment.bulk_uploads", bulk_jobs_expire(now=now)
