"""The programme summary: the headline as sentences in ky, ru and en with each language's
plurals and number formats, a print stylesheet, and a fixed number of queries."""

import datetime
from dataclasses import replace

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

import pytest

from courses.reports.selectors.figures import ReportFilters, ReportHeadline
from courses.reports.selectors.summary import ProgrammeSummary
from courses.reports.views.summary import summary_sentences
from tests.courses.reports.export_data import enrol, place

pytestmark = pytest.mark.django_db

PERIOD = ReportFilters(date_from=datetime.date(2026, 3, 1), date_to=datetime.date(2026, 6, 30))


def summary(**figures) -> ProgrammeSummary:
    base = ProgrammeSummary(
        filters=PERIOD,
        headline=ReportHeadline(
            registered=0,
            enrolled=0,
            active=0,
            completed=0,
            certificates=figures.pop("certificates", 790),
            completion_rate=None,
            average_progress=None,
            average_score=None,
        ),
        learners=1126,
        municipalities=212,
        oblasts=7,
        courses=12,
        completers=845,
        completers_women=312,
        top_places=(),
        top_courses=(),
        places_columns=(),
        courses_columns=(),
    )
    return replace(base, **figures)


def test_english_sentences_with_grouped_numbers():
    with translation.override("en"):
        text = " ".join(summary_sentences(summary()))
    assert text == (
        "From March 1, 2026 to June 30, 2026, 1,126 staff members of 212 municipalities in "
        "7 oblasts enrolled in 12 courses. 845 learners completed a course in this period, "
        "including 312 women. 790 certificates were issued."
    )
    with translation.override("en"):
        text = " ".join(
            summary_sentences(
                summary(
                    learners=1, municipalities=1, oblasts=1, courses=1, completers=1,
                    completers_women=1, certificates=1,
                )
            )
        )  # fmt: skip
    assert "1 staff member of 1 municipality in 1 oblast enrolled in 1 course." in text
    assert "1 learner completed a course in this period, including 1 woman. " in text
    assert text.endswith("1 certificate was issued.")


@pytest.mark.parametrize(
    ("count", "word"),
    [
        (1, "сотрудник"),
        (3, "сотрудника"),
        (5, "сотрудников"),
        (21, "сотрудник"),
        (1126, "сотрудников"),
    ],
)
def test_russian_plural_forms(count, word):
    with translation.override("ru"):
        first = summary_sentences(summary(learners=count))[0]
    number = "1\xa0126" if count == 1126 else str(count)  # a non-breaking space groups thousands
    assert f" {number} {word} " in first
    assert first.startswith("С 1 марта 2026")


def test_russian_plurals_of_places_courses_and_certificates():
    with translation.override("ru"):
        text = " ".join(
            summary_sentences(summary(municipalities=2, oblasts=5, courses=1, certificates=3))
        )
    assert "2 муниципалитетов" in text or "2 муниципалитета" in text
    assert "5 областей" in text or "5 областях" in text
    assert "1 курс" in text
    assert "3 сертификата" in text


def test_kyrgyz_sentences():
    with translation.override("ky"):
        text = " ".join(summary_sentences(summary()))
    assert "1\xa0126" in text and "212" in text and "790" in text
    assert "staff" not in text  # translated


def test_nobody_enrolled_says_so():
    with translation.override("en"):
        assert summary_sentences(summary(learners=0, completers=0)) == [
            "From March 1, 2026 to June 30, 2026, nobody enrolled in or completed a course."
        ]


def test_summary_page_counts_the_period_and_prints_on_a4(client, make_user, make_course):
    manager = make_user(role="Manager")
    course = make_course(lessons=2, title="Waste collection")
    municipality = place()
    enrol(course, municipality=municipality, completed=True, gender="female")
    enrol(course, municipality=municipality)
    client.force_login(manager)
    with translation.override("en"):
        url = reverse("reports:summary")
    response = client.get(url)
    assert response.status_code == 200
    text = response.content.decode()
    assert "2 staff members of 1 municipality in 1 oblast enrolled in 1 course." in text
    assert "1 learner completed a course in this period, including 1 woman." in text
    assert "Waste collection" in text
    assert "report-summary.css" in text
    learner = make_user(role="Learner")
    client.force_login(learner)
    assert client.get(url).status_code == 403


def test_summary_page_query_count_does_not_grow(client, make_user, make_course):
    manager = make_user(role="Manager")
    course = make_course(lessons=2)
    client.force_login(manager)
    url = reverse("reports:summary")

    def count() -> int:
        client.get(url)  # new pages or places renew the shared fragments: warm them first
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    enrol(course, municipality=place(), completed=True)
    client.get(url)
    few = count()
    for n in range(12):
        enrol(
            make_course(lessons=1) if n % 4 == 0 else course,
            municipality=place(),
            completed=n % 2 == 0,
        )
    many = count()
    # The same for 1 or 13 learners in 1 or 4 courses and 1 or 13 oblasts: every figure is an
    # aggregate in the database. Session, user, groups and locales; the filter form's course
    # titles; the reach (1 aggregate); the places and courses tables (required lessons, GROUP BYs,
    # place names and titles); the headline (required lessons and 5 aggregates). The admin
    # link's permission check reads the kept copy (lms.accounts.access_cache), the menu and
    # language links come from the warm fragment cache. required_lessons() runs once per table
    # and for the headline: a per-request cache would save 4.
    assert few == many == 26
