"""What the course routers share: the language parameter, locales, course lookups and the
trainers' scope (the teaching screens' own `course_for_trainer`, so one place decides)."""

import uuid
from typing import Literal

from django.http import Http404
from django.utils import translation

from wagtail.models import Locale

from ninja import Path

from courses.catalogue.models import CoursePage
from courses.catalogue.selectors import course_for_trainer
from lms.api.pagination import MAX_ID
from lms.api.schemas import LANG_DESCRIPTION, LANG_QUERY
from lms.locales import locale_active

Lang = Literal["ky", "ru", "en"]
__all__ = ["LANG_DESCRIPTION", "LANG_QUERY", "Lang"]

COURSE_KEY = Path(..., description="The course's key (the same in every language).")
ENROLLMENT_ID = Path(..., ge=1, le=MAX_ID, description="The enrolment's id.")


def locale_for(lang: str) -> Locale:
    """The Wagtail locale of `lang` (remembered: no query once warm)."""
    with translation.override(lang):
        return locale_active()


def taught_course_or_404(request, course_key: uuid.UUID, lang: str = "ky") -> CoursePage:
    """The course if the caller trains it or manages every course: a 404 for anyone else, as
    the participants screen answers (its existence is not revealed)."""
    course = course_for_trainer(user=request.user, course_key=course_key, locale=locale_for(lang))
    if course is None:
        raise Http404
    return course


def page_dict(found, items: list) -> dict:
    return {"items": items, "next": found.next, "next_cursor": found.next_cursor}


def seen_log(request, *, course, user_ids, action: str = "export") -> None:
    """The access log, as the screens' exports write it: the people whose names and progress
    this answer carried (lms.access_log; two INSERTs whatever their number)."""
    from lms.access_log.services import access_record

    access_record(
        actor=request.user,
        action=action,
        subjects=user_ids,
        course_key=course.translation_key,
        detail=f"api {request.path}"[:200],
    )
