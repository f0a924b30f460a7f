"""Enrolment's part of a person's data: enrolments (kept on deletion, the reports count them)
and places kept for their address (deleted)."""

from django.utils import translation

import pytest

from courses.enrolment.models import Enrollment, PreEnrollment
from courses.enrolment.personal_data import enrolment_personal_data
from courses.enrolment.services import enrollment_create
from courses.progress.services import lesson_complete

pytestmark = pytest.mark.django_db


@pytest.fixture
def person(make_course, make_user, lessons_of):
    course = make_course(lessons=2, title="Waste collection")
    other_course = make_course(lessons=1, title="Street lighting")
    user = make_user(role="Learner", email="Aida@Example.org")
    enrollment_create(user=user, course=course)
    lesson_complete(user=user, lesson=lessons_of(course)[0])
    enrollment_create(user=make_user(role="Learner"), course=other_course)
    PreEnrollment.objects.create(email="aida@example.org", course_key=other_course.translation_key)
    PreEnrollment.objects.create(email="else@example.org", course_key=course.translation_key)
    return user, course, other_course


def test_the_export_lists_enrolments_with_titles_and_places_kept(person):
    user, course, other_course = person
    with translation.override("en"):  # the export job writes in the person's language
        records = list(enrolment_personal_data().records(user))
    assert [(r["record"], r["course"]) for r in records] == [
        ("enrolment", "Waste collection"),
        ("place kept for your e-mail address", "Street lighting"),
    ]
    enrolment = records[0]
    assert enrolment["last_lesson_opened"] is None or isinstance(
        enrolment["last_lesson_opened"], str
    )
    assert enrolment["enrolled_at"].endswith("+06:00")


def test_erase_keeps_enrolments_and_deletes_places_kept_for_the_address(person):
    user, course, _other = person
    provider = enrolment_personal_data()
    with translation.override("en"):
        described = provider.describe(user)
    assert described == (
        "1 enrolment kept anonymously for the reports. "
        "1 place kept for the e-mail address: deleted."
    )
    assert provider.erase(user) == 1
    assert Enrollment.objects.filter(user=user, course_key=course.translation_key).exists()
    assert list(PreEnrollment.objects.values_list("email", flat=True)) == ["else@example.org"]
