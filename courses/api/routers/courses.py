"""The catalogue (public) and, for a course's trainers and the managers, its enrolments and
participants: the same selectors, services and scope as the catalogue and teaching screens."""

import uuid

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.http import Http404
from django.shortcuts import get_object_or_404

from ninja import Field, Query, Router, Schema, Status

from courses.api.common import (
    COURSE_KEY,
    ENROLLMENT_ID,
    LANG_QUERY,
    Lang,
    locale_for,
    page_dict,
    seen_log,
    taught_course_or_404,
)
from courses.api.schemas import (
    CourseDetailOut,
    CourseOut,
    EnrollmentOut,
    ParticipantOut,
    PersonRef,
)
from courses.catalogue.models import CoursePage, Level
from courses.catalogue.selectors import (
    CatalogueFilters,
    catalogue_courses,
    course_languages,
    course_outline,
    course_trainers,
)
from courses.enrolment.models import ENROLLED_STATUSES, Enrollment
from courses.enrolment.services import enrollment_staff_create, enrollment_withdraw
from courses.progress.selectors import (
    ParticipantFilters,
    participants,
    progress_percent,
    required_lesson_keys,
)
from lms.api.pagination import MAX_ID, PageQuery, page_schema, paginate
from lms.locales import locale_default

router = Router(tags=["courses"])
NO_SUCH_USER = "No active account uses this e-mail address."
MAX_BULK = 500

CoursePageOut = page_schema(CourseOut, "CoursePage")
EnrollmentPage = page_schema(EnrollmentOut, "EnrollmentPage")
ParticipantPage = page_schema(ParticipantOut, "ParticipantPage")


class CatalogueQuery(Schema):
    topic: str | None = Field(None, max_length=80, description="A topic's slug.")
    level: Level | None = Field(None, description="beginner, intermediate or advanced.")
    language: Lang | None = Field(None, description="Only courses published in this language.")
    q: str | None = Field(None, max_length=200, description="Words to find in the whole course.")


def _course(course, *, lang: str, languages: dict, request) -> dict:
    topic = course.topic
    return {
        "course_key": course.translation_key,
        "page_id": course.pk,
        "language": course.locale.language_code,
        "translated": course.locale.language_code == lang,
        "title": course.title,
        "summary": course.summary,
        "url": course.get_url(request) or "",
        "level": course.level,
        "estimated_hours": course.estimated_hours,
        "topic": {
            "slug": topic.slug,
            "name": getattr(topic, f"name_{lang}", "") or topic.name_ky,
        }
        if topic
        else None,
        "lesson_count": getattr(course, "lesson_count", 0),
        "learner_count": getattr(course, "learner_count", 0),
        "enrolment_method": course.enrolment_method,
        "languages": languages.get(course.translation_key, []),
    }


@router.get("/", response=CoursePageOut, auth=None, summary="The course catalogue")
def courses(
    request,
    filters: Query[CatalogueQuery],
    page: Query[PageQuery],
    lang: Lang = LANG_QUERY,
):
    """Live courses in the language (untranslated ones in Kyrgyz, `translated` false), with the
    catalogue's filters; in the order they were added."""
    locale = locale_for(lang)
    chosen = CatalogueFilters(
        topic=filters.topic or "",
        level=filters.level or "",
        language=filters.language or "",
        query=" ".join((filters.q or "").split()),
    )
    found = paginate(request, catalogue_courses(locale=locale, filters=chosen), page)
    languages = course_languages(translation_keys=[c.translation_key for c in found.items])
    items = [_course(c, lang=lang, languages=languages, request=request) for c in found.items]
    return page_dict(found, items)


def _live_course(course_key: uuid.UUID, lang: str) -> CoursePage:
    """The live course in `lang`, else in the default language; a 404 when it is not live."""
    locale = locale_for(lang)
    pages = (
        CoursePage.objects.live()
        .public()
        .filter(translation_key=course_key, locale_id__in={locale.pk, locale_default().pk})
        .select_related("topic", "locale")
    )
    chosen = None
    for course in pages:
        if chosen is None or course.locale_id == locale.pk:
            chosen = course
    if chosen is None:
        raise Http404
    return chosen


@router.get("/{course_key}/", response=CourseDetailOut, auth=None, summary="A course")
def course_detail(
    request,
    course_key: uuid.UUID = COURSE_KEY,
    lang: Lang = LANG_QUERY,
):
    """The course page's facts and outline, in the language (or Kyrgyz when not translated)."""
    course = _live_course(course_key, lang)
    outline = course_outline(course=course)
    required = {lesson.pk for lesson in outline.required_lessons}
    languages = course_languages(translation_keys=[course.translation_key])
    return {
        **_course(course, lang=lang, languages=languages, request=request),
        "lesson_count": len(outline.lessons),
        "learner_count": Enrollment.objects.filter(
            course_key=course.translation_key, status__in=ENROLLED_STATUSES
        ).count(),
        "description_html": str(course.description),
        "outcomes": [str(block.value) for block in course.outcomes],
        "completion_requirements": course.completion_requirements,
        "trainers": [str(trainer) for trainer in course_trainers(course=course)],
        "capacity": course.capacity,
        "enrolment_opens_at": course.enrolment_opens_at,
        "enrolment_closes_at": course.enrolment_closes_at,
        "sequential_lessons": course.sequential_lessons,
        "certificate_enabled": course.certificate_enabled,
        "outline": [
            {
                "module": section.module.title if section.module else None,
                "lessons": [
                    {
                        "lesson_key": lesson.translation_key,
                        "title": lesson.title,
                        "estimated_minutes": lesson.estimated_minutes,
                        "required": lesson.pk in required,
                        "open_preview": lesson.open_preview,
                    }
                    for lesson in section.lessons
                ],
            }
            for section in outline.sections
        ],
    }


# ---- teaching: a course's enrolments and participants -----------------------------------------


def _person(user) -> dict:
    return {"id": user.pk, "email": user.email, "full_name": user.full_name}


def _enrollment(row: Enrollment) -> dict:
    user = row.user
    return {
        "id": row.pk,
        "course_key": row.course_key,
        "user": {"id": user.pk, "email": user.email, "full_name": user.full_name},
        "status": row.status,
        "created_at": row.created_at,
        "completed_at": row.completed_at,
    }


class EnrollmentFilters(Schema):
    status: str | None = Field(
        None, max_length=16, description="Only this status (pending, active, completed, …)."
    )


@router.get("/{course_key}/enrolments/", response=EnrollmentPage, summary="A course's enrolments")
def enrollments(
    request,
    filters: Query[EnrollmentFilters],
    page: Query[PageQuery],
    course_key: uuid.UUID = COURSE_KEY,
):
    """For the course's trainers and the managers; a 404 for anyone else."""
    course = taught_course_or_404(request, course_key)
    rows = Enrollment.objects.filter(course_key=course.translation_key).select_related("user")
    if filters.status:
        rows = rows.filter(status=filters.status)
    found = paginate(request, rows, page)
    seen_log(request, course=course, user_ids=[row.user_id for row in found.items])
    return page_dict(found, [_enrollment(row) for row in found.items])


class EnrolIn(Schema):
    model_config = {"extra": "forbid"}

    email: str = Field(..., min_length=3, max_length=254, description="The learner's e-mail.")


def _active_user(email: str):
    User = get_user_model()
    return User.objects.filter(
        email=User.objects.normalize_email(email).lower(), is_active=True
    ).first()


@router.post(
    "/{course_key}/enrolments/",
    response={200: EnrollmentOut, 201: EnrollmentOut},
    summary="Enrol one person",
)
def enrollment_create(request, payload: EnrolIn, course_key: uuid.UUID = COURSE_KEY):
    """Whatever the course's method, window or capacity, as a trainer's "Add" does. 201 when
    enrolled now, 200 when already enrolled; 422 when no account has the address."""
    course = taught_course_or_404(request, course_key)
    user = _active_user(payload.email)
    if user is None:
        raise ValidationError({"email": NO_SUCH_USER})
    before = Enrollment.objects.filter(
        user=user, course_key=course.translation_key, status__in=ENROLLED_STATUSES
    ).exists()
    enrollment = enrollment_staff_create(user=user, course=course, by=request.user)
    return Status(200 if before else 201, _enrollment(enrollment))


class BulkIn(Schema):
    model_config = {"extra": "forbid"}

    emails: list[str] = Field(
        ..., min_length=1, max_length=MAX_BULK, description="E-mail addresses (at most 500)."
    )


class BulkRowOut(Schema):
    email: str = Field(..., description="The address as sent.")
    result: str = Field(
        ...,
        description="enrolled, already (was enrolled), no_account, invalid (not an address) "
        "or duplicate (listed earlier).",
    )
    enrollment_id: int | None = Field(None, description="The enrolment, when there is one.")


class BulkOut(Schema):
    rows: list[BulkRowOut] = Field(..., description="One result per address, in order.")
    counts: dict[str, int] = Field(..., description="How many rows had each result.")


@router.post("/{course_key}/enrolments/bulk/", response=BulkOut, summary="Enrol many people")
def enrollment_bulk(request, payload: BulkIn, course_key: uuid.UUID = COURSE_KEY):
    """Each address on its own: a bad row does not stop the others (one result per row)."""
    course = taught_course_or_404(request, course_key)
    User = get_user_model()
    rows, seen = [], set()
    for raw in payload.emails:
        email = User.objects.normalize_email(raw.strip()[:254]).lower()
        row = {"email": raw[:254], "result": "", "enrollment_id": None}
        rows.append(row)
        try:
            validate_email(email)
        except ValidationError:
            row["result"] = "invalid"
            continue
        if email in seen:
            row["result"] = "duplicate"
            continue
        seen.add(email)
        user = _active_user(email)
        if user is None:
            row["result"] = "no_account"
            continue
        existing = Enrollment.objects.filter(
            user=user, course_key=course.translation_key, status__in=ENROLLED_STATUSES
        ).first()
        enrollment = existing or enrollment_staff_create(user=user, course=course, by=request.user)
        row["result"] = "already" if existing else "enrolled"
        row["enrollment_id"] = enrollment.pk
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["result"]] = counts.get(row["result"], 0) + 1
    return {"rows": rows, "counts": counts}


@router.post(
    "/{course_key}/enrolments/{enrollment_id}/withdraw/",
    response=EnrollmentOut,
    summary="Withdraw a learner",
)
def enrollment_withdraw_op(
    request,
    course_key: uuid.UUID = COURSE_KEY,
    enrollment_id: int = ENROLLMENT_ID,
):
    """Their progress is kept; 422 when the enrolment is neither active nor pending."""
    course = taught_course_or_404(request, course_key)
    enrollment = get_object_or_404(
        Enrollment.objects.select_related("user"),
        pk=enrollment_id,
        course_key=course.translation_key,
    )
    enrollment = enrollment_withdraw(enrollment=enrollment, by=request.user)
    return _enrollment(enrollment)


class ParticipantQuery(Schema):
    status: str | None = Field(None, max_length=16, description="Only this enrolment status.")
    oblast: int | None = Field(None, ge=1, le=MAX_ID, description="Only learners of this oblast.")
    q: str | None = Field(None, max_length=200, description="A name or e-mail to look for.")


@router.get(
    "/{course_key}/participants/",
    response=ParticipantPage,
    summary="Participants with progress",
)
def participants_list(
    request,
    filters: Query[ParticipantQuery],
    page: Query[PageQuery],
    course_key: uuid.UUID = COURSE_KEY,
    lang: Lang = LANG_QUERY,
):
    """The participants screen's rows: status, required lessons done, percent, completion."""
    course = taught_course_or_404(request, course_key, lang)
    keys = required_lesson_keys(course=course)
    rows = participants(
        course=course,
        required_keys=keys,
        filters=ParticipantFilters(
            status=filters.status or "", oblast=filters.oblast, query=(filters.q or "").strip()
        ),
    )
    found = paginate(request, rows, page)
    seen_log(request, course=course, user_ids=[row.user_id for row in found.items])
    items = []
    for row in found.items:
        municipality = row.user.municipality
        items.append(
            {
                "enrollment_id": row.pk,
                "user": {
                    "id": row.user.pk,
                    "email": row.user.email,
                    "full_name": row.user.full_name,
                },
                "municipality": (getattr(municipality, f"name_{lang}", "") or municipality.name_ky)
                if municipality
                else None,
                "oblast": municipality.district.oblast.code if municipality else None,
                "status": row.status,
                "done": min(row.done, len(keys)),
                "total": len(keys),
                "percent": progress_percent(row.status, row.done, len(keys)),
                "completed_at": row.completed_at,
                "last_activity_at": row.last_activity_at,
            }
        )
    return page_dict(found, items)


# ---- grades: the gradebook's figures ----------------------------------------------------------


class GradeColumnOut(Schema):
    title: str = Field(..., description="The quiz's or assignment's title.")
    kind: str = Field(..., description="What the column grades (quiz, assignment, …).")
    pass_mark: int = Field(..., description="The pass mark in percent.")


class GradeCellOut(Schema):
    grade: float | None = Field(None, description="The grade in percent; null when none yet.")
    attempts: int = Field(..., description="Attempts made.")
    passed: bool = Field(..., description="Whether the pass mark is reached.")


class GradeRowOut(Schema):
    user: PersonRef = Field(..., description="The learner.")
    cells: list[GradeCellOut] = Field(..., description="One cell per column, in column order.")
    total: float | None = Field(None, description="The course total in percent (mean of grades).")


class GradebookOut(Schema):
    columns: list[GradeColumnOut] = Field(..., description="The graded items in course order.")
    rows: list[GradeRowOut] = Field(..., description="One row per enrolled learner.")


@router.get("/{course_key}/grades/", response=GradebookOut, summary="The course's gradebook")
def grades(request, course_key: uuid.UUID = COURSE_KEY):
    """The gradebook screen's figures, for those who may open it (its own scope: managers every
    course, trainers theirs; 403 for others, as the screen answers). Logged as the screen is."""
    from courses.quizzes.selectors import course_gradebook, courses_for_gradebook

    course = courses_for_gradebook(user=request.user).filter(translation_key=course_key).first()
    if course is None:
        raise PermissionDenied("Only the course's trainers and the managers see its grades.")
    gradebook = course_gradebook(course=course)
    seen_log(
        request, course=course, user_ids=[row.user.pk for row in gradebook.rows], action="gradebook"
    )
    return {
        "columns": [
            {"title": column.title, "kind": column.kind, "pass_mark": column.pass_mark}
            for column in gradebook.columns
        ],
        "rows": [
            {
                "user": {
                    "id": row.user.pk,
                    "email": row.user.email,
                    "full_name": row.user.full_name,
                },
                "cells": [
                    {
                        "grade": float(cell.grade) if cell.grade is not None else None,
                        "attempts": cell.attempts,
                        "passed": cell.passed,
                    }
                    for cell in row.cells
                ],
                "total": float(row.total) if row.total is not None else None,
            }
            for row in gradebook.rows
        ],
    }
