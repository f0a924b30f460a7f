"""Seminar places under parallel registrations: threads with their own PostgreSQL connections."""

import threading

from django.db import connection, connections

import pytest

from courses.seminars.models import Registration, RegistrationStatus, Seminar
from courses.seminars.services import registration_cancel, registration_create
from lms.notifications import tasks as notification_tasks  # noqa: F401 (the outbox's task)
from tests.services import require

CAPACITY = 3
LEARNERS = 10


# Transactional, so the threads see committed rows; the serialized rollback puts back the
# migrated data (Wagtail's root page, groups) for the transactional tests that follow.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_places_hold_under_parallel_registrations(make_seminar, make_user):
    require("PostgreSQL", connection.vendor == "postgresql", "row locks need a real server")
    seminar = make_seminar(capacity=CAPACITY)
    learners = [make_user(role="Learner") for _ in range(LEARNERS)]
    start = threading.Barrier(LEARNERS)
    errors = []

    def register(user):
        try:
            fresh = Seminar.objects.get(pk=seminar.pk)
            start.wait()  # everyone asks at the same moment
            registration_create(seminar=fresh, user=user)
            registration_create(seminar=fresh, user=user)  # a double submit
        except Exception as error:  # noqa: BLE001 (reported below)
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=register, args=(user,)) for user in learners]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    statuses = list(Registration.objects.values_list("status", flat=True))
    assert statuses.count(RegistrationStatus.CONFIRMED) == CAPACITY
    assert statuses.count(RegistrationStatus.WAITING) == LEARNERS - CAPACITY

    # Parallel cancellations of every place: each freed place goes to exactly one person.
    places = list(Registration.objects.filter(status=RegistrationStatus.CONFIRMED))
    start = threading.Barrier(len(places))

    def cancel(registration):
        try:
            start.wait()
            registration_cancel(registration=registration, by=None)
        except Exception as error:  # noqa: BLE001
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=cancel, args=(r,)) for r in places]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    confirmed = Registration.objects.filter(status=RegistrationStatus.CONFIRMED).count()
    assert confirmed == CAPACITY
