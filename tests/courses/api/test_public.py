"""Public operations: the catalogue, a course, certificate verification, the portal's cases."""

import pytest

from courses.enrolment.services import enrollment_create
from tests.factories.cms import case_create, portal_index

pytestmark = pytest.mark.django_db


def test_the_catalogue_lists_live_courses_without_a_token(api_client, make_course, count_queries):
    make_course(title="Waste collection", lessons=2)
    few, body = count_queries(api_client(), "/api/v1/courses/", {"lang": "ky"})
    item = body["items"][0]
    assert item["title"] == "Waste collection" and item["lesson_count"] == 2
    assert item["languages"] == ["ky"] and item["translated"] is True
    for n in range(12):
        make_course(title=f"Course {n}", lessons=1)
    many, body = count_queries(api_client(), "/api/v1/courses/", {"limit": 5})
    assert len(body["items"]) == 5 and body["next"]
    # The course rows with their figures (1) and their languages (1); the locale, site and view
    # restrictions are remembered for the content version.
    assert few == many
    rest = api_client().get(body["next"]).json()
    assert len(rest["items"]) == 5
    assert not {i["course_key"] for i in rest["items"]} & {i["course_key"] for i in body["items"]}


def test_an_untranslated_course_is_listed_in_kyrgyz(api_client, make_course):
    make_course(title="Бюджет")
    item = api_client().get("/api/v1/courses/", {"lang": "en"}).json()["items"][0]
    assert item["language"] == "ky" and item["translated"] is False
    only_english = api_client().get("/api/v1/courses/", {"language": "en"}).json()
    assert only_english["items"] == []


def test_a_course_with_its_outline(api_client, make_course, make_user, translate_course):
    course = make_course(title="Бюджет", lessons=3, modules=1)
    translate_course(course, "ru")
    enrollment_create(user=make_user(role="Learner"), course=course)
    body = api_client().get(f"/api/v1/courses/{course.translation_key}/", {"lang": "ru"}).json()
    assert body["language"] == "ru" and body["learner_count"] == 1
    assert len(body["outline"][0]["lessons"]) == 3 and body["lesson_count"] == 3
    assert sorted(body["languages"]) == ["ky", "ru"]
    unknown = api_client().get("/api/v1/courses/00000000-0000-0000-0000-000000000000/")
    assert unknown.status_code == 404


def test_a_draft_course_is_not_found(api_client, make_course):
    course = make_course()
    course.unpublish()
    assert api_client().get(f"/api/v1/courses/{course.translation_key}/").status_code == 404


def test_certificates_are_verified_by_code(api_client, course, make_user):
    from django.utils import timezone

    from courses.certificates.models import Certificate
    from courses.certificates.tasks import certificate_issue
    from courses.enrolment.models import EnrollmentStatus
    from tests.factories.courses import EnrollmentFactory

    enrollment = EnrollmentFactory(
        user=make_user(role="Learner", full_name="Бурул"),
        course_key=course.translation_key,
        status=EnrollmentStatus.COMPLETED,
        completed_at=timezone.now(),
    )
    certificate_issue.apply(args=[enrollment.pk]).get()
    code = Certificate.objects.get(enrollment=enrollment).code
    body = api_client().get(f"/api/v1/certificates/{code.lower()}/").json()
    assert body["status"] == "valid" and body["holder_name"] == "Бурул"
    assert api_client().get("/api/v1/certificates/NOSUCHCODE/").status_code == 404


def test_cases_with_the_portals_filters(api_client, home_page, count_queries):
    index = portal_index(home_page)
    case_create(index, title="Waste", theme="private-sector", year=2021)
    case_create(
        index, title="Lights", theme="intermunicipal-cooperation", service_area="street-lighting"
    )
    few, body = count_queries(
        api_client(), "/api/v1/cases/", {"theme": "intermunicipal-cooperation"}
    )
    assert [item["title"] for item in body["items"]] == ["Lights"]
    years = api_client().get("/api/v1/cases/", {"year": 2021}).json()["items"]
    assert [item["title"] for item in years] == ["Waste"]
    for n in range(6):
        case_create(index, title=f"More {n}", theme="intermunicipal-cooperation")
    many, body = count_queries(
        api_client(), "/api/v1/cases/", {"theme": "intermunicipal-cooperation"}
    )
    assert few == many and len(body["items"]) == 7
    bad = api_client().get("/api/v1/cases/", {"theme": "nonsense"})
    assert bad.status_code == 422
