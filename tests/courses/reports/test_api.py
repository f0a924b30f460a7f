"""Report aggregates on the API: the report pages' numbers, their scope and the "<5" rule."""

import datetime
from dataclasses import asdict
from zoneinfo import ZoneInfo

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

import pytest
import time_machine

from courses.enrolment.models import Enrollment
from courses.progress.models import LessonCompletion
from courses.reports.selectors.exports import publication_row
from lms.api.services import api_token_create
from tests.courses.reports.conftest import END, START, at
from tests.factories.places import MunicipalityFactory

pytestmark = pytest.mark.django_db

RANGE = {"date_from": START.isoformat(), "date_to": END.isoformat()}
HEADLINE = "/api/v1/reports/headline/"
NOW = datetime.datetime(2026, 6, 1, 9, 0, tzinfo=ZoneInfo("Asia/Bishkek"))


def table_path(name: str) -> str:
    return f"/api/v1/reports/tables/{name}/"


@pytest.fixture(autouse=True)
def _frozen_clock():
    with time_machine.travel(NOW, tick=False):
        yield


def api_get(client, user, path, params=None):
    """GET with a new read token of `user` (no user: anonymous)."""
    headers = {}
    if user is not None:
        _token, secret = api_token_create(user=user, name="test", scope="read")
        headers["Authorization"] = f"Bearer {secret}"
    return client.get(path, params or {}, headers=headers)


def page_context(client, user, name: str, params: dict):
    """The report page's context for the same filters (English)."""
    client.force_login(user)
    with translation.override("en"):
        if name == "dashboard":
            path = reverse("reports:dashboard")
        else:
            path = reverse("reports:breakdown", args=[name])
    response = client.get(path, params)
    client.logout()
    assert response.status_code == 200
    return response.context


FILTER_SETS = [
    {},
    {"gender": "female"},
    {"position": "ao_head"},
    {"cluster": "C1"},
    {"oblast": "O1"},
    {"oblast": "O1", "district": "D1"},
    {"course": "A"},
]


def resolve(world, filters: dict) -> dict:
    """Fixture names (O1, D1, C1, B) to the ids and keys the page and the API take."""
    values = {}
    for name, value in filters.items():
        if name == "course":
            values[name] = str(world.courses[value].translation_key)
        elif name in ("oblast", "district", "cluster"):
            values[name] = str(world.places[value].pk)
        else:
            values[name] = value
    return {**RANGE, **values}


@pytest.mark.parametrize("filters", FILTER_SETS)
def test_headline_equals_the_dashboard(client, world, filters):
    params = resolve(world, filters)
    for user in (world.manager, world.trainers["T1"]):
        expected = asdict(page_context(client, user, "dashboard", params)["headline"])
        response = api_get(client, user, HEADLINE, params)
        assert response.status_code == 200, response.content
        body = response.json()
        assert body["figures"] == expected
        assert (body["date_from"], body["date_to"]) == (RANGE["date_from"], RANGE["date_to"])
        assert body["publication"] is False


@pytest.mark.parametrize("filters", FILTER_SETS)
@pytest.mark.parametrize("name", ["places", "positions", "genders", "courses"])
def test_tables_equal_the_breakdown_pages(client, world, name, filters):
    params = resolve(world, filters)
    for user in (world.manager, world.trainers["T1"]):
        expected = page_context(client, user, name, params)["table"]
        response = api_get(client, user, table_path(name), {**params, "lang": "en"})
        assert response.status_code == 200, response.content
        body = response.json()
        assert body["key"] == name
        assert body["title"] == str(expected.title)
        assert [c["key"] for c in body["columns"]] == [c.key for c in expected.columns]
        assert [c["label"] for c in body["columns"]] == [str(c.label) for c in expected.columns]
        assert [row["cells"] for row in body["rows"]] == [list(row) for row in expected.rows]
        drills = [row["drill"] and row["drill"]["value"] for row in body["rows"]]
        if expected.drill:
            assert drills == [None if v is None else str(v) for v in expected.drill.values]
        else:
            assert drills == [None] * len(expected.rows)


def test_the_monthly_series_equals_the_dashboards(client, world):
    expected = page_context(client, world.manager, "dashboard", RANGE)["table"]
    body = api_get(client, world.manager, table_path("series_month"), RANGE).json()
    assert [row["cells"] for row in body["rows"]] == [list(row) for row in expected.rows]
    assert [row["cells"][0] for row in body["rows"]] == ["2026-01", "2026-02", "2026-03"]


def test_names_and_labels_follow_the_language(client, world):
    params = {**RANGE, "lang": "en"}
    body = api_get(client, world.manager, table_path("places"), params).json()
    assert [row["cells"][0] for row in body["rows"]][:2] == ["Oblast One", "Oblast Two"]
    assert body["columns"][0]["label"] == "Oblast"
    ky = api_get(client, world.manager, table_path("places"), RANGE).json()
    assert ky["rows"][0]["cells"][0] == "Облус Бир"


def test_publication_hides_counts_of_one_to_four_and_their_rates(client, world):
    page = page_context(client, world.manager, "places", RANGE)["table"]
    params = {**RANGE, "publication": "true", "lang": "en"}
    body = api_get(client, world.manager, table_path("places"), params).json()
    assert body["publication"] is True
    cells = [row["cells"] for row in body["rows"]]
    assert cells == [publication_row(page.columns, row) for row in page.rows]
    # Every place here has under five people: no count of 1-4 and no rate is left.
    for row in cells:
        for column, value in zip(body["columns"], row, strict=True):
            if column["kind"] == "people":
                assert value == "<5" or value == 0 or value >= 5
            if column["kind"] in ("percent", "score"):
                assert value in ("<5", None)
    assert any(value == "<5" for row in cells for value in row)

    figures = api_get(client, world.manager, HEADLINE, params).json()["figures"]
    raw = api_get(client, world.manager, HEADLINE, RANGE).json()["figures"]
    assert raw["certificates"] == 2 and figures["certificates"] == "<5"
    assert raw["enrolled"] >= 5 and figures["enrolled"] == raw["enrolled"]
    # A small count beside them would give the rates away: hidden.
    assert figures["completion_rate"] == "<5" and figures["average_score"] == "<5"


def test_trainers_see_only_their_courses(client, world):
    trainer = world.trainers["T1"]
    body = api_get(client, trainer, table_path("courses"), {**RANGE, "lang": "en"}).json()
    assert [row["cells"][0] for row in body["rows"]] == ["Course A"]
    other = str(world.courses["B"].translation_key)
    response = api_get(client, trainer, HEADLINE, {**RANGE, "course": other})
    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["errors"][0]["loc"] == ["query", "course"]


def test_learners_reviewers_and_anonymous_callers_are_refused(client, world):
    for user in (world.learners["L1"], world.reviewer):
        for path in (HEADLINE, table_path("genders")):
            response = api_get(client, user, path, RANGE)
            assert response.status_code == 403
            assert response["Content-Type"] == "application/problem+json"
            assert response.json()["detail"].startswith("Only managers")
    response = api_get(client, None, HEADLINE, RANGE)
    assert response.status_code == 401
    assert response["Content-Type"] == "application/problem+json"
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_the_session_works_for_the_sites_own_pages(client, world):
    client.force_login(world.manager)
    response = client.get(HEADLINE, RANGE)
    assert response.status_code == 200
    assert response.json()["figures"]["enrolled"] > 0


@pytest.mark.parametrize(
    "params,where",
    [
        ({"date_from": "2026-03-01", "date_to": "2026-01-01"}, "date_to"),
        ({"date_from": "2000-01-01", "date_to": "2026-01-01"}, "date_from"),
        ({"date_from": "2026-02-30"}, "date_from"),
        ({"oblast": "O2", "district": "D1"}, "district"),
        ({"topic": "0"}, "topic"),
        ({"oblast": "99999999"}, "oblast"),
        ({"oblast": str(10**30)}, "oblast"),
        ({"gender": "robot"}, "gender"),
        ({"course": "not-a-uuid"}, "course"),
        ({"course": "00000000-0000-0000-0000-000000000000"}, "course"),
        ({"lang": "de"}, "lang"),
        ({"publication": "maybe"}, "publication"),
    ],
)
def test_bad_filters_are_422_problem_documents(client, world, params, where):
    values = {}
    for name, value in params.items():
        values[name] = str(world.places[value].pk) if value in world.places else value
    for path in (HEADLINE, table_path("places")):
        response = api_get(client, world.manager, path, values)
        assert response.status_code == 422, (params, response.content)
        assert response["Content-Type"] == "application/problem+json"
        body = response.json()
        assert body["status"] == 422
        assert any(where in error["loc"] for error in body["errors"])


def test_an_unknown_table_is_a_problem_not_a_500(client, world):
    for name in ("nonsense", "learners", "x" * 300):
        response = api_get(client, world.manager, table_path(name), RANGE)
        assert 400 <= response.status_code < 500
        assert response["Content-Type"] == "application/problem+json"
        assert "x" * 300 not in response.content.decode()


def _more_learners(world, count: int):
    """`count` more learners in another municipality, enrolled with progress, in the range."""
    place = MunicipalityFactory(district=world.places["D3"])
    course, lesson = world.courses["A"], world.lessons["A"][0]
    for n in range(count):
        learner = type(world.manager).objects.create_user(
            email=f"api{place.pk}-{n}@example.org", password="x", full_name=f"More {n}"
        )
        learner.municipality, learner.date_joined = place, at("2026-02-01")
        learner.save()
        row = Enrollment.objects.create(user=learner, course_key=course.translation_key)
        Enrollment.objects.filter(pk=row.pk).update(created_at=at("2026-02-02"))
        LessonCompletion.objects.create(
            user=learner, lesson_key=lesson.translation_key, course_key=course.translation_key
        )


# The aggregates are counted in the database, so the queries do not grow with the learners: the
# token and its owner, the owner's groups (scope), the form's course titles and place filter, then
# the selectors' fixed queries (the headline's figures, or a table's GROUP BYs and row labels).
# The same for a manager and a trainer, with 30 more learners as without.
@pytest.mark.parametrize(
    "path,queries",
    [
        (HEADLINE, 13),
        (table_path("places"), 12),
        (table_path("positions"), 11),
        (table_path("genders"), 11),
        (table_path("courses"), 13),
        (table_path("series_month"), 8),
    ],
)
def test_a_fixed_number_of_queries_whatever_the_learners(client, world, path, queries):
    params = {**RANGE, "oblast": str(world.places["O2"].pk), "publication": "true"}
    counts = []
    for more in (0, 30):
        _more_learners(world, more)
        for user in (world.manager, world.trainers["T1"]):
            _token, secret = api_token_create(user=user, name="q", scope="read")
            headers = {"Authorization": f"Bearer {secret}"}
            client.get(path, params, headers=headers)
            with CaptureQueriesContext(connection) as captured:
                assert client.get(path, params, headers=headers).status_code == 200
            counts.append(len(captured))
    assert counts == [queries] * 4
