"""The competitions' demo: the seeds' cluster competition finished (9 clusters, 5 winners of
5,000,000 som with certificates, 4 conditional winners), an open campaign call; idempotent."""

from django.urls import reverse
from django.utils import translation

import pytest

from courses.competitions.demo import KZHAP_SLUG, demo_competitions_create
from courses.competitions.models import Application, CallStatus, Outcome, Scoresheet
from lms.places.services import places_load
from tests.courses.competitions.conftest import person
from tests.factories.cms import news_index, portal_index


@pytest.mark.django_db
def test_demo_builds_a_finished_competition_once(client, home_page):
    places_load()
    portal_index(home_page)
    news_index(home_page)
    person(role="Manager", email="manager@example.org")
    finished, open_call = demo_competitions_create()
    assert finished.status == CallStatus.RESULTS
    assert open_call.status == CallStatus.OPEN
    applications = Application.objects.filter(call=finished)
    assert applications.count() == 9
    winners = applications.filter(outcome=Outcome.WINNER)
    assert winners.count() == 5
    assert {a.cluster.code for a in winners} >= {"teploklyuchenka-cluster", "kenesh-cluster"}
    assert all(a.grant_amount == 5_000_000 and a.grant_certificate for a in winners)
    assert all(a.case_page_id for a in winners)
    assert applications.filter(outcome=Outcome.CONDITIONAL).count() == 4
    # The juror from Kenesh never scored the Kenesh cluster.
    assert not Scoresheet.objects.filter(
        juror__email="juror2@example.org", application__cluster__code="kenesh-cluster"
    ).exists()
    with translation.override("en"):
        assert client.get(reverse("competitions:results", args=[KZHAP_SLUG])).status_code == 200
    counts = (Application.objects.count(), Scoresheet.objects.count())
    demo_competitions_create()
    assert (Application.objects.count(), Scoresheet.objects.count()) == counts
