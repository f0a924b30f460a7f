"""Competition figures in the reports: calls, applications, winners and grants by oblast,
cluster and call; winners only once published; place filters; exports; a fixed query count."""

import datetime

from django.urls import reverse
from django.utils import timezone, translation

import pytest

from courses.competitions import services_jury as services
from courses.competitions.models import CallStatus, Outcome
from courses.reports.competitions import competition_data, competition_figures, competition_table
from courses.reports.selectors.figures import ReportFilters


def filters(**kwargs):
    today = timezone.localdate()
    return ReportFilters(date_from=today - datetime.timedelta(days=60), date_to=today, **kwargs)


@pytest.fixture
def published(call, app_a, app_b, manager):
    services.scoring_close(call=call, by=manager)
    services.application_decide(application=app_a, outcome=Outcome.WINNER, by=manager)
    services.application_decide(application=app_b, outcome=Outcome.NOT_SELECTED, by=manager)
    call.status = CallStatus.RESULTS
    call.save()
    return call


@pytest.mark.django_db
def test_figures_and_tables(published, places, django_assert_num_queries):
    # applications with call and place, cluster members, then each table's names
    with django_assert_num_queries(2):
        data = competition_data(filters=filters())
    figures = competition_figures(data)
    assert (figures.calls, figures.applications, figures.winners) == (1, 2, 1)
    assert figures.granted == 5_000_000
    clusters = competition_table(data=data, name="competition_clusters")
    assert [row[0] for row in clusters.rows] == [places["cluster_a"].name, places["cluster_b"].name]
    assert clusters.rows[0][1:] == (1, 1, 0, 5_000_000)
    oblasts = competition_table(data=data, name="competition_oblasts")
    assert sum(row[1] for row in oblasts.rows) == 4  # two clusters, two oblasts each
    calls = competition_table(data=data, name="competition_calls")
    assert calls.rows[0][1:] == (2, 1, 0, 5_000_000)


@pytest.mark.django_db
def test_no_winners_before_publication(call, app_a, manager):
    services.scoring_close(call=call, by=manager)
    services.application_decide(application=app_a, outcome=Outcome.WINNER, by=manager)
    figures = competition_figures(competition_data(filters=filters()))
    assert (figures.applications, figures.winners, figures.granted) == (1, 0, 0)


@pytest.mark.django_db
def test_place_filters(published, places):
    m = places["m"]
    only_a = competition_figures(competition_data(filters=filters(municipality=m[0].pk)))
    assert (only_a.applications, only_a.winners) == (1, 1)
    by_cluster = competition_figures(
        competition_data(filters=filters(cluster=places["cluster_b"].pk))
    )
    assert (by_cluster.applications, by_cluster.winners) == (1, 0)
    by_oblast = competition_figures(
        competition_data(filters=filters(oblast=m[2].district.oblast_id))
    )
    assert by_oblast.applications == 1


@pytest.mark.django_db
def test_period_counts_calls_by_deadline(published):
    old = ReportFilters(date_from=datetime.date(2020, 1, 1), date_to=datetime.date(2020, 12, 31))
    assert competition_figures(competition_data(filters=old)).calls == 0


@pytest.mark.django_db
def test_reports_page_and_export(client, published, manager, outsider):
    with translation.override("en"):
        page = reverse("reports:competitions")
        export = reverse("reports:competitions_export")
    client.force_login(outsider)
    assert client.get(page).status_code == 403
    client.force_login(manager)
    response = client.get(page)
    assert response.status_code == 200
    assert b'data-winners="1"' in response.content
    response = client.get(export, {"table": "competition_clusters", "format": "csv"})
    assert response.status_code == 200
    assert "5000000" in response.content.decode("utf-8-sig")
    assert client.get(export, {"table": "nope", "format": "csv"}).status_code == 404
