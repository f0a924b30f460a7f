"""Exports of the report tables: readable by spreadsheet programs, equal to the page, scoped like
the page, and with the "<5" rule when meant for publication."""

from django.urls import reverse

import pytest

from courses.reports.selectors.exports import SUPPRESSED, publication_row
from courses.reports.selectors.figures import Column
from lms.places.models import Oblast
from tests.courses.reports.export_data import enrol, place, read_csv, read_xlsx

pytestmark = pytest.mark.django_db


def export_url(**params):
    from urllib.parse import urlencode

    return reverse("reports:export") + "?" + urlencode(params, doseq=True)


@pytest.fixture
def manager(make_user):
    return make_user(role="Manager")


@pytest.fixture
def hand_counted(make_course):
    """Four oblasts counted by hand: A 3 enrolled/1 completed, B 6/2, C 5/5, D nobody."""
    course = make_course(lessons=2)
    oblasts = {}
    for name, enrolled, completed in (("A", 3, 1), ("B", 6, 2), ("C", 5, 5), ("D", 0, 0)):
        municipality = place()
        municipality.district.oblast.name_ky = municipality.district.oblast.name_en = name
        municipality.district.oblast.save()
        oblasts[name] = municipality.district.oblast
        for n in range(enrolled):
            enrol(course, municipality=municipality, completed=n < completed)
    return course, oblasts


def test_publication_row_rule():
    columns = (
        Column("name", "Place", "text"),
        Column("registered", "Registered", "people"),
        Column("enrolled", "Enrolled", "people"),
        Column("completed", "Completed", "people"),
        Column("rate", "Rate", "percent"),
        Column("score", "Score", "score"),
        Column("lessons", "Lessons", "count"),
    )
    # 1..4 people hidden, 0 kept; a hidden count hides the row's rates; counts of things stay.
    assert publication_row(columns, ("A", 0, 6, 2, 33.3, 70.0, 3)) == [
        "A", 0, 6, SUPPRESSED, SUPPRESSED, SUPPRESSED, 3,
    ]  # fmt: skip
    # A base (enrolled) under 5 hides the rates even when no other count is small.
    assert publication_row(columns, ("B", 9, 0, 0, None, None, 1)) == ["B", 9, 0, 0, None, None, 1]
    assert publication_row(columns, ("C", 5, 5, 5, 100.0, 80.0, 4)) == [
        "C", 5, 5, 5, 100.0, 80.0, 4,
    ]  # fmt: skip


def test_places_export_equals_the_page_in_csv_and_xlsx(client, manager, hand_counted):
    client.force_login(manager)
    page = client.get(reverse("reports:breakdown", args=["places"]))
    table = page.context["table"]
    response = client.get(export_url(table="places", format="csv"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = read_csv(response.content)
    assert rows[0] == [str(column.label) for column in table.columns]
    assert rows[1:] == [["" if v is None else str(v) for v in row] for row in table.rows]
    response = client.get(export_url(table="places", format="xlsx"))
    sheet = read_xlsx(response.content)
    assert [list(row) for row in sheet[1:]] == [list(row) for row in table.rows]


def test_publication_export_hides_small_counts_hand_counted(client, manager, hand_counted):
    client.force_login(manager)
    rows = read_csv(client.get(export_url(table="places", format="csv", publication="1")).content)
    by_name = {row[0]: row[1:] for row in rows[1:]}
    assert by_name["A"][:3] == [SUPPRESSED] * 3  # 3 registered, 3 enrolled, 1 completed
    assert by_name["A"][3:5] == [SUPPRESSED] * 2  # the rates of a base of 3
    assert by_name["B"][:3] == ["6", "6", SUPPRESSED]  # 2 completed
    assert by_name["B"][3:5] == [SUPPRESSED] * 2  # 2 of 6 would give the 2 back
    assert by_name["C"][:5] == ["5", "5", "5", "100.0", "100.0"]
    assert by_name["D"][:5] == ["0", "0", "0", "", ""]  # nobody: 0 stays, no rates
    # Without the box the same export shows every figure.
    plain = read_csv(client.get(export_url(table="places", format="csv")).content)
    assert {row[0]: row[1:4] for row in plain[1:]}["A"] == ["3", "3", "1"]


def test_every_table_exports(client, manager, hand_counted):
    client.force_login(manager)
    for name in ("places", "positions", "genders", "courses", "series_week", "series_month"):
        for file_format in ("csv", "xlsx"):
            response = client.get(export_url(table=name, format=file_format, publication="1"))
            assert response.status_code == 200, (name, file_format)
    assert client.get(export_url(table="places", format="pdf")).status_code == 404
    assert client.get(export_url(table="secrets", format="csv")).status_code == 404


def test_trainer_exports_only_their_courses_by_url_and_by_filter(client, make_user, make_course):
    trainer = make_user(role="Trainer")
    theirs = make_course(trainers=[trainer], title="Theirs")
    other = make_course(title="Other")
    municipality = place()
    enrol(theirs, municipality=municipality)
    for _ in range(3):
        enrol(other, municipality=municipality)
    client.force_login(trainer)
    rows = read_csv(client.get(export_url(table="courses", format="csv")).content)
    assert [row[0] for row in rows[1:]] == ["Theirs"]
    rows = read_csv(client.get(export_url(table="places", format="csv")).content)
    oblast = Oblast.objects.get().name
    assert {row[0]: row[2] for row in rows[1:]}[oblast] == "1"  # their one learner, not 4
    # Naming someone else's course in the filter is refused by the form (not in its choices)...
    response = client.get(
        export_url(table="places", format="csv", course=str(other.translation_key))
    )
    assert response.status_code == 400
    # ... and the learner records hold only their course's learner.
    rows = read_csv(client.get(export_url(table="learners", format="csv")).content)
    assert [row[5] for row in rows[1:]] == ["Theirs"]


def test_people_without_reports_cannot_export(client, learner, make_user):
    client.force_login(learner)
    assert client.get(export_url(table="places", format="csv")).status_code == 403
    client.logout()
    response = client.get(export_url(table="places", format="csv"))
    assert response.status_code == 302  # to sign in
