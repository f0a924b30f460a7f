"""Capacity under concurrent requests: threads with their own PostgreSQL connections."""

import threading

from django.core.exceptions import ValidationError
from django.db import connection, connections

import pytest

from courses.catalogue.models import CoursePage
from courses.enrolment.models import Enrollment
from courses.enrolment.services import enrollment_create
from tests.services import require

CAPACITY = 3
LEARNERS = 12


# Transactional, so the threads see committed rows; the serialized rollback puts back the
# migrated data (Wagtail's root page, groups) for the transactional tests that follow.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_capacity_holds_under_parallel_enrolments(make_course, make_user):
    require("PostgreSQL", connection.vendor == "postgresql", "row locks need a real server")
    course = make_course(capacity=CAPACITY)
    learners = [make_user(role="Learner") for _ in range(LEARNERS)]
    start = threading.Barrier(LEARNERS)
    outcomes = []

    def enrol(user):
        try:
            page = CoursePage.objects.get(pk=course.pk)
            start.wait()  # everyone asks at the same moment
            try:
                enrollment_create(user=user, course=page)
                outcomes.append("enrolled")
            except ValidationError:
                outcomes.append("full")
        finally:
            connections.close_all()  # each thread had its own connection

    threads = [threading.Thread(target=enrol, args=(user,)) for user in learners]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(outcomes) == ["enrolled"] * CAPACITY + ["full"] * (LEARNERS - CAPACITY)
    assert Enrollment.objects.filter(course_key=course.translation_key).count() == CAPACITY
