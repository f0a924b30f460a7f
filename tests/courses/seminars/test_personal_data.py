"""Seminars in the data export and the deletion: rows kept for the counts, anonymised."""

import pytest

from courses.seminars.models import Attendance, AttendanceMark, Registration
from courses.seminars.personal_data import (
    FORMER_PARTICIPANT,
    seminar_erase,
    seminar_records,
)
from courses.seminars.services import registration_create
from tests.factories.places import MunicipalityFactory

pytestmark = pytest.mark.django_db


def test_export_lists_registrations_and_attendance(make_seminar, learner):
    seminar = make_seminar(title="Семинар")
    registration = registration_create(seminar=seminar, user=learner)
    Attendance.objects.create(
        session=seminar.sessions.get(), registration=registration, mark=AttendanceMark.PRESENT
    )
    records = list(seminar_records(learner))
    assert records[0]["seminar"] == "Семинар"
    assert records[0]["attendance"][0]["mark"] == "present"


def test_erase_keeps_the_row_for_the_counts(make_seminar, make_user):
    place = MunicipalityFactory()
    person = make_user(municipality=place, position="ao_head", gender="female")
    trainer = make_user(role="Trainer")
    seminar = make_seminar(trainers=[person])
    registration = registration_create(seminar=seminar, user=person)
    other = registration_create(seminar=make_seminar(), user=trainer)
    Attendance.objects.create(
        session=other.seminar.sessions.get(), registration=other, mark="present", marked_by=person
    )
    assert seminar_erase(person) >= 3
    registration.refresh_from_db()
    assert registration.user is None
    assert registration.full_name == FORMER_PARTICIPANT
    assert registration.email == ""
    assert (registration.municipality, registration.position, registration.gender) == (
        place,
        "ao_head",
        "female",
    )
    assert not seminar.trainers.exists()
    assert Attendance.objects.get().marked_by is None
    assert Registration.objects.count() == 2
