"""The reports pages: who may open them, what they show, drill-down links, bad filters, queries."""

import datetime
import uuid
from zoneinfo import ZoneInfo

from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format

import pytest

from courses.enrolment.models import Enrollment
from courses.progress.models import LessonCompletion
from tests.courses.reports.conftest import END, START, at
from tests.factories.places import MunicipalityFactory

pytestmark = pytest.mark.django_db

RANGE = {"date_from": START.isoformat(), "date_to": END.isoformat()}


def dashboard(**params):
    with translation.override("en"):
        return reverse("reports:dashboard"), {**RANGE, **params}


def breakdown(name, **params):
    with translation.override("en"):
        return reverse("reports:breakdown", args=[name]), {**RANGE, **params}


def get(client, user, target):
    client.force_login(user)
    path, params = target
    return client.get(path, params)


def test_managers_and_trainers_open_reports(client, world):
    for user in (world.manager, world.trainers["T1"]):
        response = get(client, user, dashboard())
        assert response.status_code == 200
        for name in ("places", "positions", "genders", "courses"):
            assert get(client, user, breakdown(name)).status_code == 200


def test_learners_and_reviewers_get_the_friendly_403(client, world):
    for user in (world.learners["L1"], world.reviewer):
        response = get(client, user, dashboard())
        assert response.status_code == 403
        assert "You cannot open this page" in response.content.decode()
        assert get(client, user, breakdown("genders")).status_code == 403


def test_anonymous_visitors_are_sent_to_sign_in(client, world):
    path, params = dashboard()
    response = client.get(path, params)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_teaching_index_links_to_reports_for_staff_only(client, world):
    with translation.override("en"):
        teach, reports = reverse("progress:teach"), reverse("reports:dashboard")
    client.force_login(world.trainers["T1"])
    assert reports in client.get(teach).content.decode()
    client.force_login(world.reviewer)
    assert reports not in client.get(teach).content.decode()


def test_dashboard_shows_the_figures_and_the_series(client, world):
    html = get(client, world.manager, dashboard()).content.decode()
    assert "<dt>Learners registered</dt><dd>9</dd>" in html
    assert "<dt>Learners enrolled</dt><dd>7</dd>" in html
    assert "<dt>Active in the last 30 days</dt><dd>3</dd>" in html
    assert "<dt>Courses completed</dt><dd>3</dd>" in html
    assert "<dt>Certificates issued</dt><dd>2</dd>" in html
    assert "<dt>Completion rate</dt><dd>22.2%</dd>" in html
    assert "<dt>Average progress</dt><dd>51.9%</dd>" in html
    assert "<dt>Average quiz score</dt><dd>65.0%</dd>" in html
    # The chart is inline SVG described for screen readers, with its data table beside it.
    assert 'role="img"' in html and "<title id=" in html and "<desc id=" in html
    assert '<th scope="row">2026-01</th><td class="num">4</td><td class="num">1</td>' in html
    weekly = get(client, world.manager, dashboard(interval="week")).content.decode()
    assert '<th scope="row">2026-01-05</th>' in weekly


def test_charts_are_labelled_focusable_regions_beside_their_tables(client, world):
    """At 375 px a wide chart scrolls in its own box: a keyboard user must reach it (axe's
    scrollable-region-focusable), and the table keeps the same figures as text."""
    for path, chart_id in (
        (dashboard(), "series-chart"),
        (dashboard(interval="week"), "series-chart"),
        (breakdown("places"), "breakdown-chart"),
        (breakdown("courses"), "breakdown-chart"),
    ):
        html = get(client, world.manager, path).content.decode()
        assert (
            f'<figure class="report-chart report-chart--fit" tabindex="0" role="region" '
            f'aria-labelledby="{chart_id}-caption">'
        ) in html
        assert f'<figcaption id="{chart_id}-caption"' in html
        assert '<table class="lesson-table report-table">' in html


def test_filters_narrow_the_dashboard(client, world):
    html = get(
        client, world.manager, dashboard(oblast=world.places["O1"].pk, gender="female")
    ).content.decode()
    # Women in O1: L1, L3, L5, L11 registered; L1, L3, L5 enrolled.
    assert "<dt>Learners registered</dt><dd>4</dd>" in html
    assert "<dt>Learners enrolled</dt><dd>3</dd>" in html


def test_places_drill_down_links_keep_the_other_filters(client, world):
    places = world.places
    html = get(client, world.manager, breakdown("places", gender="male")).content.decode()
    assert f"oblast={places['O1'].pk}" in html
    assert "gender=male" in html
    assert ">Oblast One</a>" in html
    html = get(
        client, world.manager, breakdown("places", gender="male", oblast=places["O1"].pk)
    ).content.decode()
    assert ">District One</a>" in html
    assert f"district={places['D1'].pk}" in html
    assert "All oblasts" in html
    html = get(
        client,
        world.manager,
        breakdown("places", oblast=places["O1"].pk, district=places["D1"].pk),
    ).content.decode()
    # Municipalities are the last level: names, not links.
    assert '<th scope="row">Aimak One</th>' in html


def test_courses_table_drills_into_a_course(client, world):
    key = world.courses["A"].translation_key
    html = get(client, world.manager, breakdown("courses")).content.decode()
    assert f"course={key}" in html
    html = get(client, world.manager, dashboard(course=str(key))).content.decode()
    assert "<dt>Learners enrolled</dt><dd>5</dd>" in html


def test_trainer_cannot_reach_another_trainers_course_by_url_or_filter(client, world):
    t1 = world.trainers["T1"]
    other = world.courses["B"]
    html = get(client, t1, breakdown("courses")).content.decode()
    assert "Course A" in html and other.title not in html
    response = get(client, t1, dashboard(course=str(other.translation_key)))
    html = response.content.decode()
    assert "Select a valid choice" in html
    assert "Learners enrolled" not in html
    response = get(client, t1, breakdown("courses", course=str(other.translation_key)))
    assert other.title not in response.content.decode()
    # An unknown course key is refused the same way.
    html = get(client, t1, dashboard(course=str(uuid.uuid4()))).content.decode()
    assert "Select a valid choice" in html


def test_gender_and_position_appear_only_as_totals(client, world):
    for name in ("genders", "positions", "places"):
        html = get(client, world.manager, breakdown(name)).content.decode()
        for learner in world.learners.values():
            assert learner.email not in html
            assert learner.full_name not in html


def test_bad_filters_re_render_with_errors_and_keep_the_input(client, world):
    response = get(
        client,
        world.manager,
        dashboard(date_from="2026-03-01", date_to="2026-02-01", gender="female"),
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "The end date must not be before the start date." in html
    assert 'value="2026-03-01"' in html
    assert '<option value="female" selected>' in html
    html = get(
        client,
        world.manager,
        breakdown("places", oblast=world.places["O2"].pk, district=world.places["D1"].pk),
    ).content.decode()
    assert "Select a valid choice" in html
    assert get(client, world.manager, breakdown("nonsense")).status_code == 404


# On 31 December at 18:30 UTC it is already 2027 in Bishkek, whose calendar the reports use;
# at 23:59 Bishkek time it is still 2026.
def test_empty_filters_mean_the_last_twelve_months(awkward_hour, client, world):
    client.force_login(world.manager)
    bishkek_today = datetime.datetime.now(ZoneInfo("Asia/Bishkek")).date()
    assert bishkek_today.year in (2026, 2027)
    with translation.override("en"):
        html = client.get(reverse("reports:dashboard")).content.decode()
        shown_end = date_format(bishkek_today)
    assert f"to {shown_end}" in html
    assert "Learners registered" in html


def _more_data(world, count: int):
    """`count` more learners in another municipality, enrolled with progress, in the range."""
    place = MunicipalityFactory(district=world.places["D3"])
    course = world.courses["A"]
    lesson = world.lessons["A"][0]
    for n in range(count):
        learner = type(world.manager).objects.create_user(
            email=f"more{n}@example.org", password="x", full_name=f"More {n}"
        )
        learner.municipality = place
        learner.date_joined = at("2026-02-01")
        learner.save()
        row = Enrollment.objects.create(user=learner, course_key=course.translation_key)
        Enrollment.objects.filter(pk=row.pk).update(created_at=at("2026-02-02"))
        LessonCompletion.objects.create(
            user=learner, lesson_key=lesson.translation_key, course_key=course.translation_key
        )


# The pages aggregate in the database, so the number of queries does not grow with the data:
# the session (the user comes from its kept copy), the user's groups (a trainer's courses are
# read from their names: the trainer lists, not page ownership), locales and course titles, the
# filter form's five lists, the required lessons (two), one query per figure or GROUP BY, and
# the permissions of the base template (its menu and language links come from the fragment
# cache, warmed by a first request).
@pytest.mark.parametrize(
    "target,manager_queries,trainer_queries",
    [
        (dashboard(), 19, 19),
        (breakdown("places"), 16, 16),
        (breakdown("positions"), 15, 15),
        (breakdown("genders"), 15, 15),
        (breakdown("courses"), 17, 17),
    ],
)
def test_pages_run_a_fixed_number_of_queries(
    client, world, django_assert_num_queries, target, manager_queries, trainer_queries
):
    path, params = target
    users = ((world.manager, manager_queries), (world.trainers["T1"], trainer_queries))
    for more in (0, 30):
        _more_data(world, more)
        for user, queries in users:
            client.force_login(user)
            client.get(path, params)  # warms the shared fragments (menu, language links)
            with django_assert_num_queries(queries):
                assert client.get(path, params).status_code == 200


def test_admin_menu_links_to_reports_for_managers_and_trainers_only(client, world):
    for user, shown in (
        (world.manager, True),
        (world.trainers["T1"], True),
        (world.reviewer, False),
    ):
        client.force_login(user)
        html = client.get(reverse("wagtailadmin_home")).content.decode()
        assert ("teach/reports/" in html) is shown
