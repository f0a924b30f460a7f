"""Every figure and table of the reports against the hand-counted world in conftest.py."""

from django.utils import translation

import pytest

from courses.reports.selectors.figures import (
    REPORT_TABLES,
    ReportHeadline,
    report_course_keys,
    report_headline,
    report_table,
)

pytestmark = pytest.mark.django_db


def headline(world, user=None, **filters):
    return report_headline(user=user or world.manager, filters=world.filters(**filters))


def table(world, name, user=None, **filters):
    """The table with its labels in English."""
    with translation.override("en"):
        return report_table(user=user or world.manager, filters=world.filters(**filters), name=name)


def test_headline_for_a_manager_counts_every_course(world):
    assert headline(world) == ReportHeadline(
        registered=9,  # L1-L5, L7, L8, L10, L11; not L6, L9, L12 (out of range) nor staff
        enrolled=7,  # L1, L2, L3, L5, L7, L8, L10: pending and declined requests do not count
        active=3,  # L3, L5, L7 in the 30 days up to 31 March
        completed=3,  # L1 A, L3 B, L6 A (enrolled before the range)
        certificates=2,  # the revoked one does not count
        completion_rate=22.2,  # 2 of the 9 enrolments started in the range
        average_progress=51.9,  # (100+33.3+33.3+66.7+100+0+33.3+100+0) / 9
        average_score=65.0,  # best per learner and quiz: (80+40+90+50) / 4
    )


def test_headline_for_one_course_and_for_its_trainer_are_the_same(world):
    expected = ReportHeadline(
        registered=5,
        enrolled=5,
        active=1,
        completed=2,
        certificates=1,
        completion_rate=20.0,
        average_progress=46.7,
        average_score=56.7,
    )
    key = world.courses["A"].translation_key
    assert headline(world, course_keys=(key,)) == expected
    assert headline(world, user=world.trainers["T1"]) == expected


def test_topic_filter(world):
    assert headline(world, topic=world.courses["B"].topic_id) == ReportHeadline(
        registered=4,
        enrolled=4,
        active=2,
        completed=1,
        certificates=1,
        completion_rate=25.0,
        average_progress=58.3,
        average_score=90.0,
    )


def test_place_filters(world):
    places = world.places
    assert headline(world, oblast=places["O1"].pk) == ReportHeadline(
        registered=6,
        enrolled=4,
        active=2,
        completed=3,
        certificates=2,
        completion_rate=33.3,
        average_progress=55.6,
        average_score=70.0,
    )
    assert headline(world, cluster=places["C1"].pk) == ReportHeadline(
        registered=4,
        enrolled=3,
        active=1,
        completed=2,
        certificates=1,
        completion_rate=25.0,
        average_progress=41.7,
        average_score=60.0,
    )
    municipality = headline(world, municipality=places["M2"].pk)
    assert (municipality.registered, municipality.enrolled, municipality.completed) == (2, 1, 1)


def test_gender_and_position_filters(world):
    assert headline(world, gender="female") == ReportHeadline(
        registered=5,
        enrolled=4,
        active=2,
        completed=3,
        certificates=2,
        completion_rate=33.3,
        average_progress=66.7,
        average_score=85.0,
    )
    kenesh = headline(world, position="kenesh_member")
    assert (kenesh.registered, kenesh.enrolled, kenesh.average_progress) == (2, 2, 16.7)


def test_empty_range_has_no_rates(world):
    empty = report_headline(
        user=world.manager,
        filters=world.filters().__class__(
            date_from=world.filters().date_from.replace(year=2020),
            date_to=world.filters().date_from.replace(year=2020),
        ),
    )
    assert empty == ReportHeadline(0, 0, 0, 0, 0, None, None, None)


def test_places_drill_down_from_oblasts_to_municipalities(world):
    places = world.places
    oblasts = table(world, "places")
    assert [column.key for column in oblasts.columns] == [
        "name",
        "registered",
        "enrolled",
        "completed",
        "completion_rate",
        "average_progress",
        "average_score",
    ]
    assert oblasts.rows == (
        ("Oblast One", 6, 4, 3, 33.3, 55.6, 70.0),
        ("Oblast Two", 2, 2, 0, 0.0, 66.7, 50.0),
        ("Place not stated", 1, 1, 0, 0.0, 0.0, None),
    )
    assert oblasts.drill.param == "oblast"
    assert oblasts.drill.values == (places["O1"].pk, places["O2"].pk, None)

    districts = table(world, "places", oblast=places["O1"].pk)
    assert districts.rows == (
        ("District One", 5, 3, 2, 40.0, 66.7, 70.0),
        ("District Two", 1, 1, 1, 0.0, 0.0, None),
    )
    assert districts.drill.param == "district"

    municipalities = table(world, "places", oblast=places["O1"].pk, district=places["D1"].pk)
    assert municipalities.rows == (
        ("Aimak One", 3, 2, 1, 33.3, 55.6, 60.0),
        ("Aimak Two", 2, 1, 1, 50.0, 83.3, 90.0),
    )
    assert municipalities.drill is None


def test_places_keep_the_other_filters(world):
    rows = table(world, "places", oblast=world.places["O1"].pk, gender="male").rows
    # Only L2 (D1) is a man enrolled in O1 in the range; L4's request is pending.
    assert rows == (
        ("District One", 2, 1, 0, 0.0, 33.3, 40.0),
        ("District Two", 0, 0, 0, None, None, None),
    )


def test_genders_table(world):
    assert table(world, "genders").rows == (
        ("Female", 5, 4, 3, 33.3, 66.7, 85.0),
        ("Male", 3, 2, 0, 0.0, 33.3, 45.0),
        ("Prefer not to say", 1, 1, 0, 0.0, 0.0, None),
    )


def test_positions_table(world):
    rows = {row[0]: row[1:] for row in table(world, "positions").rows}
    assert rows["Head of ayil okmotu"] == (2, 2, 2, 33.3, 55.6, 60.0)
    assert rows["Member of ayil kenesh"] == (2, 2, 0, 0.0, 16.7, 50.0)
    assert rows["Specialist: finance"] == (4, 2, 1, 33.3, 88.9, 90.0)
    assert rows["Other"] == (1, 1, 0, 0.0, 0.0, None)
    assert rows["Chair of ayil kenesh"] == (0, 0, 0, None, None, None)
    assert len(rows) == 11  # every position, in the order of the choices


def test_courses_table(world):
    courses = table(world, "courses")
    assert [column.key for column in courses.columns][:3] == ["name", "enrolled", "completed"]
    assert courses.rows == (
        ("Course A", 5, 2, 20.0, 46.7, 56.7),
        ("Course B", 4, 1, 25.0, 58.3, 90.0),
    )
    assert courses.drill.values == tuple(
        str(world.courses[name].translation_key) for name in ("A", "B")
    )
    # A trainer's table lists only their own course.
    assert table(world, "courses", user=world.trainers["T2"]).rows == (
        ("Course B", 4, 1, 25.0, 58.3, 90.0),
    )


def test_series_by_month_and_week(world):
    months = table(world, "series_month")
    assert months.rows == (("2026-01", 4, 1), ("2026-02", 3, 1), ("2026-03", 2, 1))
    weeks = {row[0]: row[1:] for row in table(world, "series_week").rows}
    assert len(weeks) == 14  # Mondays from 29 December to 30 March
    assert weeks["2026-01-05"] == (3, 0)  # L1 A and B, L2 A on Sunday the 11th
    assert weeks["2026-01-12"] == (0, 1)  # L6 A completed on the 15th
    assert weeks["2026-03-09"] == (0, 1)  # L3 B completed on Sunday the 15th
    assert weeks["2026-03-16"] == (1, 0)  # L8 B enrolled on the 21st
    assert sum(row[0] for row in weeks.values()) == 9


def test_every_table_name_works(world):
    for name in REPORT_TABLES:
        result = table(world, name)
        assert result.key == name
        assert all(len(row) == len(result.columns) for row in result.rows)


def test_trainer_cannot_reach_another_trainers_course_by_filter(world):
    t1 = world.trainers["T1"]
    other = world.courses["B"].translation_key
    assert report_course_keys(user=t1) == frozenset({world.courses["A"].translation_key})
    assert report_course_keys(user=world.manager) is None
    assert headline(world, user=t1, course_keys=(other,)) == ReportHeadline(
        0, 0, 0, 0, 0, None, None, None
    )
    assert table(world, "courses", user=t1, course_keys=(other,)).rows == ()
    assert table(world, "series_month", user=t1, course_keys=(other,)).rows == (
        ("2026-01", 0, 0),
        ("2026-02", 0, 0),
        ("2026-03", 0, 0),
    )
