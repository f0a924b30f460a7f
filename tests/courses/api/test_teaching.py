"""A course's enrolments and participants: its trainers and the managers, no one else."""

import pytest

from courses.enrolment.models import Enrollment, EnrollmentStatus
from courses.enrolment.services import enrollment_create
from courses.progress.services import lesson_complete
from tests.factories.places import MunicipalityFactory

pytestmark = pytest.mark.django_db


def _url(course, rest=""):
    return f"/api/v1/courses/{course.translation_key}/{rest}"


@pytest.fixture
def others(make_user):
    """Callers the teaching screens answer with 404: a learner, another course's trainer, a
    reviewer."""
    return [make_user(role="Learner"), make_user(role="Trainer"), make_user(role="Reviewer")]


def test_the_courses_trainer_and_a_manager_list_its_enrolments(
    api_client, course, trainer, make_user, others
):
    enrollment_create(user=make_user(role="Learner"), course=course)
    for caller in (trainer, make_user(role="Manager")):
        body = api_client(caller).get(_url(course, "enrolments/")).json()
        assert len(body["items"]) == 1 and body["items"][0]["status"] == "active"
    for caller in others:
        assert api_client(caller).get(_url(course, "enrolments/")).status_code == 404
        assert api_client(caller).get(_url(course, "participants/")).status_code == 404
    assert api_client().get(_url(course, "enrolments/")).status_code == 401


def test_enrol_one_person_then_withdraw(api_client, course, trainer, make_user, others):
    person = make_user(role="Learner", email="aibek@example.org")
    api = api_client(trainer)
    created = api.post(_url(course, "enrolments/"), {"email": "Aibek@example.org"})
    assert created.status_code == 201, created.content
    again = api.post(_url(course, "enrolments/"), {"email": "aibek@example.org"})
    assert again.status_code == 200 and again.json()["id"] == created.json()["id"]
    missing = api.post(_url(course, "enrolments/"), {"email": "nobody@example.org"})
    assert missing.status_code == 422
    enrollment = Enrollment.objects.get(user=person)
    for caller in others:
        refused = api_client(caller).post(_url(course, f"enrolments/{enrollment.pk}/withdraw/"))
        assert refused.status_code == 404
    withdrawn = api.post(_url(course, f"enrolments/{enrollment.pk}/withdraw/"))
    assert withdrawn.json()["status"] == "withdrawn"
    enrollment.refresh_from_db()
    assert enrollment.status == EnrollmentStatus.WITHDRAWN
    twice = api.post(_url(course, f"enrolments/{enrollment.pk}/withdraw/"))
    assert twice.status_code == 200
    read_only = api_client(trainer, scope="read").post(
        _url(course, "enrolments/"), {"email": "x@y.kg"}
    )
    assert read_only.status_code == 403


def test_bulk_enrolment_answers_row_by_row(api_client, course, trainer, make_user):
    make_user(role="Learner", email="a@example.org")
    already = make_user(role="Learner", email="b@example.org")
    enrollment_create(user=already, course=course)
    body = (
        api_client(trainer)
        .post(
            _url(course, "enrolments/bulk/"),
            {
                "emails": [
                    "a@example.org",
                    "b@example.org",
                    "nobody@example.org",
                    "not an address",
                    "A@example.org",
                ]
            },
        )
        .json()
    )
    assert [row["result"] for row in body["rows"]] == [
        "enrolled",
        "already",
        "no_account",
        "invalid",
        "duplicate",
    ]
    assert body["counts"] == {
        "enrolled": 1,
        "already": 1,
        "no_account": 1,
        "invalid": 1,
        "duplicate": 1,
    }
    too_many = api_client(trainer).post(
        _url(course, "enrolments/bulk/"), {"emails": ["a@x.kg"] * 501}
    )
    assert too_many.status_code == 422


def test_participants_with_progress_and_a_steady_query_count(
    api_client, course, trainer, make_user, lessons_of, count_queries
):
    def enrol(n):
        for _ in range(n):
            user = make_user(role="Learner", municipality=MunicipalityFactory())
            enrollment_create(user=user, course=course)
            lesson_complete(user=user, lesson=lessons_of(course)[0])

    enrol(2)
    api = api_client(trainer)
    few, body = count_queries(api, _url(course, "participants/"))
    assert body["items"][0]["percent"] == 33 and body["items"][0]["oblast"]
    enrol(12)
    many, body = count_queries(api, _url(course, "participants/"))
    assert len(body["items"]) == 14
    # The token (1), the trainer's groups (1), the course (1), the rows with progress (1).
    assert few == many
    few_enrolments, _ = count_queries(api, _url(course, "enrolments/"))
    enrol(5)
    many_enrolments, _ = count_queries(api, _url(course, "enrolments/"))
    assert few_enrolments == many_enrolments


def test_grades_as_the_gradebook_shows_them(
    api_client, course, trainer, make_user, lessons_of, others, count_queries
):
    from lms.access_log.models import AccessEntry
    from tests.factories.quizzes import quiz_with_questions

    quiz_with_questions(lesson=lessons_of(course)[1])
    enrollment_create(user=make_user(role="Learner"), course=course)
    few, body = count_queries(api_client(trainer), _url(course, "grades/"))
    assert len(body["columns"]) == 1 and len(body["rows"]) == 1
    assert body["rows"][0]["cells"][0]["attempts"] == 0
    assert AccessEntry.objects.filter(actor=trainer, action="gradebook").exists()
    for _ in range(8):
        enrollment_create(user=make_user(role="Learner"), course=course)
    many, body = count_queries(api_client(trainer), _url(course, "grades/"))
    assert few == many and len(body["rows"]) == 9
    assert api_client(make_user(role="Manager")).get(_url(course, "grades/")).status_code == 200
    for caller in others:
        assert api_client(caller).get(_url(course, "grades/")).status_code == 403
    assert api_client().get(_url(course, "grades/")).status_code == 401
