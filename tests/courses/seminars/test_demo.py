"""The seminars' demo reproduces the programme's figures: 5 seminars, 108 participants who
attended, 13 of them women; a rerun creates nothing."""

from django.db.models import Count

import pytest

from courses.seminars.demo import demo_seminars_create
from courses.seminars.models import ATTENDED_MARKS, Attendance, Registration, Seminar
from courses.seminars.selectors import seminars_upcoming
from lms.places.services import places_load

pytestmark = pytest.mark.django_db


def test_demo_figures_and_rerun(make_user, django_assert_max_num_queries):
    places_load()
    make_user(role="Trainer", email="trainer@example.org")
    held, upcoming = demo_seminars_create()
    assert len(held) == 5
    attended = Attendance.objects.filter(
        mark__in=ATTENDED_MARKS, registration__seminar__in=held
    ).values("registration__user")
    people = set(attended.values_list("registration__user", flat=True))
    assert len(people) == 108
    women = Registration.objects.filter(user__in=people, gender="female").values("user").distinct()
    assert women.count() == 13
    assert set(Attendance.objects.values_list("mark", flat=True)) >= {"present", "late", "absent"}
    assert max(s.sessions.count() for s in held) == 2
    assert list(seminars_upcoming()) == [upcoming]
    assert upcoming.self_registration
    counts = {
        "seminars": Seminar.objects.count(),
        "registrations": Registration.objects.count(),
        "attendance": Attendance.objects.count(),
    }
    # A rerun only looks the seminars up.
    with django_assert_max_num_queries(12):
        demo_seminars_create()
    assert counts == {
        "seminars": Seminar.objects.count(),
        "registrations": Registration.objects.count(),
        "attendance": Attendance.objects.count(),
    }
    by_seminar = Registration.objects.values("seminar").annotate(n=Count("pk"))
    assert sorted(row["n"] for row in by_seminar) == [20, 20, 22, 22, 24]
