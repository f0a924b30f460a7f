"""Decisions: winner with grant (default from the prizes), conditional winner with tasks,
not selected; the prizes' limit; the conditional winner's report and its confirmation."""

from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

import pytest

from courses.competitions import services_jury as services
from courses.competitions.models import CallStatus, Outcome


def en(name, *args):
    with translation.override("en"):
        return reverse(f"competitions:{name}", args=args)


@pytest.fixture
def closed(call, manager):
    return services.scoring_close(call=call, by=manager)


@pytest.mark.django_db
def test_no_decisions_before_closing(call, app_a, manager):
    with pytest.raises(ValidationError):
        services.application_decide(application=app_a, outcome=Outcome.WINNER, by=manager)


@pytest.mark.django_db
def test_winner_gets_the_prize_amount_by_default(closed, app_a, manager):
    decided = services.application_decide(
        application=app_a, outcome=Outcome.WINNER, by=manager, reasons="Best plan"
    )
    assert decided.grant_amount == Decimal(5_000_000)
    assert decided.decided_by == manager and decided.decided_at


@pytest.mark.django_db
def test_more_winners_than_prizes_is_refused(closed, app_a, app_b, manager):
    services.application_decide(application=app_a, outcome=Outcome.WINNER, by=manager)
    with pytest.raises(ValidationError) as error, translation.override("en"):
        services.application_decide(application=app_b, outcome=Outcome.WINNER, by=manager)
    assert "allow 1 winners" in str(error.value)
    # Re-deciding the same winner is not "another" winner.
    services.application_decide(
        application=app_a, outcome=Outcome.WINNER, by=manager, grant_amount=Decimal(4_000_000)
    )


@pytest.mark.django_db
def test_conditional_needs_tasks_and_date(closed, app_b, manager):
    with pytest.raises(ValidationError):
        services.application_decide(application=app_b, outcome=Outcome.CONDITIONAL, by=manager)
    decided = services.application_decide(
        application=app_b,
        outcome=Outcome.CONDITIONAL,
        by=manager,
        conditions="Add a budget",
        conditions_due=date(2027, 3, 1),
    )
    assert decided.conditions == "Add a budget"


@pytest.mark.django_db
def test_conditions_report_and_confirmation(client, closed, app_a, app_b, manager, applicant_b):
    services.application_decide(
        application=app_b,
        outcome=Outcome.CONDITIONAL,
        by=manager,
        conditions="Add a budget",
        conditions_due=date(2027, 3, 1),
    )
    with pytest.raises(ValidationError):
        services.conditions_confirm(application=app_b, by=manager)  # nothing reported yet
    client.force_login(applicant_b)
    response = client.post(en("conditions_report", app_b.pk), {"report": "Budget added"})
    assert response.status_code == 302
    app_b.refresh_from_db()
    assert app_b.conditions_report == "Budget added" and app_b.conditions_submitted_at
    # The prize is taken by a winner: confirming would exceed the prizes.
    services.application_decide(application=app_a, outcome=Outcome.WINNER, by=manager)
    with pytest.raises(ValidationError):
        services.conditions_confirm(application=app_b, by=manager)
    services.application_decide(application=app_a, outcome=Outcome.NOT_SELECTED, by=manager)
    client.force_login(manager)
    assert client.post(en("decision_confirm", app_b.pk)).status_code == 302
    app_b.refresh_from_db()
    assert app_b.conditions_confirmed_at
    assert applicant_b.notifications.filter(kind="competition").exists()


@pytest.mark.django_db
def test_only_the_applicants_staff_report_tasks(client, closed, app_b, manager, applicant_a):
    services.application_decide(
        application=app_b,
        outcome=Outcome.CONDITIONAL,
        by=manager,
        conditions="Add a budget",
        conditions_due=date(2027, 3, 1),
    )
    client.force_login(applicant_a)
    assert client.post(en("conditions_report", app_b.pk), {"report": "x"}).status_code == 404
    client.force_login(manager)
    assert client.post(en("conditions_report", app_b.pk), {"report": "x"}).status_code == 404
    client.logout()
    assert client.post(en("conditions_report", app_b.pk), {"report": "x"}).status_code == 302
    app_b.refresh_from_db()
    assert app_b.conditions_report == ""


@pytest.mark.django_db
def test_decision_screen(client, closed, app_a, manager, juror, applicant_a):
    url = en("decision", app_a.pk)
    for user in (juror, applicant_a):
        client.force_login(user)
        assert client.get(url).status_code == 403
        assert client.post(url, {"outcome": "winner"}).status_code == 403
    client.force_login(manager)
    page = client.get(url)
    assert page.status_code == 200
    assert page.context["form"].initial["grant_amount"] == Decimal(5_000_000)
    response = client.post(url, {"outcome": "winner", "grant_amount": "5000000", "reasons": "R"})
    assert response.status_code == 302
    app_a.refresh_from_db()
    assert app_a.outcome == Outcome.WINNER
    assert client.get(en("decision", 999999)).status_code == 404


@pytest.mark.django_db
def test_decisions_freeze_after_publication(closed, app_a, manager):
    services.application_decide(application=app_a, outcome=Outcome.WINNER, by=manager)
    closed.status = CallStatus.RESULTS
    closed.save()
    with pytest.raises(ValidationError):
        services.application_decide(application=app_a, outcome=Outcome.NOT_SELECTED, by=manager)
