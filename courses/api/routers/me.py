"""The caller's own learning: enrolments with progress, progress per lesson, certificates."""

import uuid

from django.http import Http404
from django.urls import reverse

from ninja import Query, Router

from courses.api.common import COURSE_KEY, LANG_QUERY, Lang, locale_for, page_dict
from courses.api.schemas import CertificateOut, CourseProgressOut, MyEnrollmentOut
from courses.catalogue.selectors import course_outline
from courses.certificates.selectors import certificates_of_user
from courses.enrolment.models import Enrollment
from courses.progress.models import LessonCompletion
from courses.progress.selectors import (
    courses_in_language,
    learner_progress,
    learner_record,
    progress_percent,
)
from lms.api.pagination import PageQuery, page_schema, paginate

router = Router(tags=["me"])

MyEnrollmentPage = page_schema(MyEnrollmentOut, "MyEnrollmentPage")
CertificatePage = page_schema(CertificateOut, "CertificatePage")


@router.get("/enrolments/", response=MyEnrollmentPage, summary="Your enrolments")
def my_enrollments(request, page: Query[PageQuery], lang: Lang = LANG_QUERY):
    """Every course you enrolled in or asked to join, with your progress (as My learning)."""
    found = paginate(request, Enrollment.objects.filter(user=request.user), page)
    keys = [row.course_key for row in found.items]
    courses = courses_in_language(keys=keys, locale=locale_for(lang), request=request)
    done_by_course: dict = {}
    if keys:
        done_by_course = {
            (row["course_key"], row["lesson_key"]): 1
            for row in LessonCompletion.objects.filter(user=request.user, course_key__in=keys)
            .values("course_key", "lesson_key")
            .order_by()
        }
    items = []
    for row in found.items:
        course = courses.get(row.course_key)
        required = course_outline(course=course).required_lessons if course else []
        done = sum(
            1 for lesson in required if (row.course_key, lesson.translation_key) in done_by_course
        )
        items.append(
            {
                "id": row.pk,
                "course_key": row.course_key,
                "course_title": course.title if course else "",
                "status": row.status,
                "created_at": row.created_at,
                "completed_at": row.completed_at,
                "done": done,
                "total": len(required),
                "percent": progress_percent(row.status, done, len(required)),
            }
        )
    return page_dict(found, items)


@router.get(
    "/enrolments/{course_key}/progress/",
    response=CourseProgressOut,
    summary="Your progress in a course, lesson by lesson",
)
def my_progress(
    request,
    course_key: uuid.UUID = COURSE_KEY,
    lang: Lang = LANG_QUERY,
):
    """A 404 when you are not enrolled in the course (or it is not live)."""
    enrollment = Enrollment.objects.filter(user=request.user, course_key=course_key).first()
    course = courses_in_language(keys=[course_key], locale=locale_for(lang), request=request).get(
        course_key
    )
    if enrollment is None or course is None:
        raise Http404
    records = learner_record(course=course, enrollment=enrollment)
    progress = learner_progress(course=course, enrollment=enrollment, records=records)
    return {
        "course_key": course_key,
        "status": enrollment.status,
        "done": progress.done,
        "total": progress.total,
        "percent": progress.percent,
        "lessons": [
            {
                "lesson_key": record.lesson.translation_key,
                "title": record.lesson.title,
                "required": record.required,
                "completed_at": record.completed_at,
            }
            for record in records
        ],
    }


def certificate_out(certificate, request) -> dict:
    with_language = reverse("certificates:verify", kwargs={"code": certificate.code})
    return {
        "code": certificate.code,
        "status": certificate.status,
        "holder_name": certificate.holder_name,
        "course_title": certificate.course_title,
        "completed_on": certificate.completed_on,
        "issuer_name": certificate.issuer_name,
        "verify_url": request.build_absolute_uri(with_language),
    }


@router.get("/certificates/", response=CertificatePage, summary="Your certificates")
def my_certificates(request, page: Query[PageQuery]):
    """Your valid certificates (revoked and replaced ones are left out, as on My learning)."""
    found = paginate(request, certificates_of_user(user=request.user), page)
    return page_dict(found, [certificate_out(row, request) for row in found.items])
