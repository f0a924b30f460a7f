"""The signed-in person's learning: enrolments, progress per lesson, certificates."""

import pytest

from courses.enrolment.services import enrollment_create
from courses.progress.services import lesson_complete

pytestmark = pytest.mark.django_db


def test_my_enrolments_with_progress(api_client, learner, make_course, lessons_of, count_queries):
    course = make_course(title="Бюджет", lessons=4)
    enrollment_create(user=learner, course=course)
    lesson_complete(user=learner, lesson=lessons_of(course)[0])
    few, body = count_queries(api_client(learner), "/api/v1/me/enrolments/")
    item = body["items"][0]
    assert item["course_title"] == "Бюджет" and item["status"] == "active"
    assert (item["done"], item["total"], item["percent"]) == (1, 4, 25)
    for n in range(6):
        enrollment_create(user=learner, course=make_course(title=f"C{n}", lessons=2))
    many, body = count_queries(api_client(learner), "/api/v1/me/enrolments/")
    assert len(body["items"]) == 7
    # The token (1), the page of enrolments (1), the courses in the language (remembered once
    # read), the completions of the page's courses (1).
    assert few == many


def test_my_progress_lesson_by_lesson(api_client, learner, make_course, lessons_of, make_user):
    course = make_course(lessons=3)
    enrollment_create(user=learner, course=course)
    lesson_complete(user=learner, lesson=lessons_of(course)[1])
    url = f"/api/v1/me/enrolments/{course.translation_key}/progress/"
    body = api_client(learner).get(url).json()
    assert [lesson["completed_at"] is not None for lesson in body["lessons"]] == [
        False,
        True,
        False,
    ]
    assert body["done"] == 1 and body["percent"] == 33
    assert api_client(make_user(role="Learner")).get(url).status_code == 404
    assert api_client().get(url).status_code == 401


def test_my_certificates(api_client, learner, course, count_queries):
    from django.utils import timezone

    from courses.certificates.tasks import certificate_issue
    from courses.enrolment.models import EnrollmentStatus
    from tests.factories.courses import EnrollmentFactory

    enrollment = EnrollmentFactory(
        user=learner,
        course_key=course.translation_key,
        status=EnrollmentStatus.COMPLETED,
        completed_at=timezone.now(),
    )
    certificate_issue.apply(args=[enrollment.pk]).get()
    count, body = count_queries(api_client(learner), "/api/v1/me/certificates/")
    assert len(body["items"]) == 1 and body["items"][0]["verify_url"].endswith("/")
    assert count == 2  # the token and the page of certificates
    assert api_client().get("/api/v1/me/certificates/").status_code == 401
