"""Publishing results: refused until every application is decided, then the public page (404
before), draft news per language, a draft case per winner from its plan, grant certificates,
outcome notifications in each applicant's language; running it again adds nothing."""

from datetime import date

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

import pytest

from cms.news.models import NewsPage
from cms.portal.models import CaseStudyPage
from courses.competitions import services_jury as services
from courses.competitions.models import CallStatus, Outcome
from courses.competitions.results import results_publish
from tests.courses.competitions.conftest import person
from tests.factories.cms import news_index, portal_index


def en(name, *args):
    with translation.override("en"):
        return reverse(f"competitions:{name}", args=args)


@pytest.fixture
def decided(home_page, call, app_a, app_b, manager):
    portal_index(home_page)
    news_index(home_page)
    services.scoring_close(call=call, by=manager)
    services.application_decide(
        application=app_a, outcome=Outcome.WINNER, by=manager, reasons="Strong plan"
    )
    services.application_decide(
        application=app_b,
        outcome=Outcome.CONDITIONAL,
        by=manager,
        conditions="Finish the budget",
        conditions_due=date(2027, 3, 1),
    )
    return call


@pytest.mark.django_db
def test_undecided_applications_block_publication(call, app_a, manager):
    services.scoring_close(call=call, by=manager)
    with pytest.raises(ValidationError):
        results_publish(call=call, by=manager)
    call.refresh_from_db()
    assert call.status == CallStatus.SCORING_CLOSED


@pytest.mark.django_db
def test_results_page_is_404_before_publication(client, decided):
    assert client.get(en("results", decided.slug)).status_code == 404


@pytest.mark.django_db
def test_publish_does_everything_once(client, decided, app_a, app_b, manager, applicant_a):
    ru_staff = person(municipality=app_b.cluster.municipalities.first(), preferred_language="ru")
    report = results_publish(call=decided, by=manager)
    decided.refresh_from_db()
    assert decided.status == CallStatus.RESULTS and decided.results_published_at
    app_a.refresh_from_db()
    app_b.refresh_from_db()
    # A draft case for the winner only, from its plan.
    case = CaseStudyPage.objects.get(pk=app_a.case_page_id)
    assert not case.live
    assert "Repair the water main." in case.situation_before
    assert case.cluster == app_a.cluster
    assert app_b.case_page_id is None
    # The winner's certificate.
    assert app_a.grant_certificate.name.endswith(".pdf")
    assert app_a.grant_certificate.read(4) == b"%PDF"
    assert not app_b.grant_certificate
    # Draft news.
    news = NewsPage.objects.filter(slug=f"results-{decided.slug}")
    assert news.count() == report.news_created >= 1
    assert not any(page.live for page in news)
    # Everyone told, in their language.
    assert applicant_a.notifications.filter(kind="competition").count() == 1
    assert ru_staff.notifications.filter(kind="competition").count() == 1
    assert app_a.notified_at and app_b.notified_at
    # Again: nothing new.
    again = results_publish(call=decided, by=manager)
    assert (again.news_created, again.cases_created, again.certificates_created) == (0, 0, 0)
    assert again.notified == 0
    assert applicant_a.notifications.filter(kind="competition").count() == 1


@pytest.mark.django_db
def test_public_results_page(client, django_assert_num_queries, decided, app_a, app_b, manager):
    results_publish(call=decided, by=manager)
    client.get(en("results", decided.slug))
    # call, applications with their applicant (one join); the rest is cached
    with django_assert_num_queries(2):
        response = client.get(en("results", decided.slug))
    assert response.status_code == 200
    winners = response.context["results"].winners
    assert winners == [app_a]
    assert response.context["results"].conditional == [app_b]
    assert b"5,000,000" in response.content


@pytest.mark.django_db
def test_grant_certificate_download(client, decided, app_a, manager, applicant_a, applicant_b):
    results_publish(call=decided, by=manager)
    url = en("grant_certificate", app_a.pk)
    assert client.get(url).status_code == 302
    client.force_login(applicant_b)
    assert client.get(url).status_code == 404
    for user in (applicant_a, manager):
        client.force_login(user)
        response = client.get(url)
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"


@pytest.mark.django_db
def test_confirmed_conditional_winner_joins_the_winners(client, decided, app_b, manager):
    results_publish(call=decided, by=manager)
    decided.prizes.update(count=2)
    services.conditions_report_submit(application=app_b, by=None, report="Done")
    client.force_login(manager)
    client.post(en("decision_confirm", app_b.pk))
    app_b.refresh_from_db()
    assert app_b.conditions_confirmed_at
    assert app_b.case_page_id and app_b.grant_certificate
    page = client.get(en("results", decided.slug))
    assert app_b in page.context["results"].winners


@pytest.mark.django_db
def test_publish_is_for_managers(client, decided, juror, applicant_a):
    for user in (juror, applicant_a):
        client.force_login(user)
        assert client.post(en("manage_publish", decided.slug)).status_code == 403
    decided.refresh_from_db()
    assert decided.status == CallStatus.SCORING_CLOSED
