"""Scoresheets: the weighted total, drafts and submission, independence before closing, the
manager's progress, spread, ranking and export."""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

import pytest

from courses.competitions import selectors_jury as sel
from courses.competitions import services_jury as services
from courses.competitions.models import CallStatus
from tests.courses.competitions.conftest import declare, levels, person


def en(name, *args):
    with translation.override("en"):
        return reverse(f"competitions:{name}", args=args)


def score(call, application, juror, quality, budget, submit=True):
    return services.scoresheet_save(
        application=application,
        juror=juror,
        levels=levels(call, quality, budget),
        submit=submit,
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("quality", "budget", "total"),
    [(10, 4, "100.00"), (0, 0, "0.00"), (5, 4, "66.67"), (10, 0, "66.67"), (5, 2, "50.00")],
)
def test_total_is_the_weighted_share_of_the_best_levels(call, app_a, juror, quality, budget, total):
    sheet = score(call, app_a, juror, quality, budget)
    assert sheet.total == Decimal(total)


@pytest.mark.django_db
def test_draft_may_be_partial_submission_may_not(call, app_a, juror):
    quality = call.criteria.order_by("sort_order").first()
    draft = services.scoresheet_save(
        application=app_a, juror=juror, levels={quality.pk: quality.levels.last().pk}
    )
    assert draft.submitted_at is None
    assert draft.scores.count() == 1
    with pytest.raises(ValidationError):
        services.scoresheet_save(
            application=app_a,
            juror=juror,
            levels={quality.pk: quality.levels.last().pk},
            submit=True,
        )


@pytest.mark.django_db
def test_a_level_of_another_criterion_is_refused(call, app_a, juror):
    quality, budget = call.criteria.order_by("sort_order")
    with pytest.raises(ValidationError):
        services.scoresheet_save(
            application=app_a, juror=juror, levels={quality.pk: budget.levels.first().pk}
        )


@pytest.mark.django_db
def test_submitted_sheet_is_read_only(call, app_a, juror):
    score(call, app_a, juror, 10, 4)
    with pytest.raises(ValidationError):
        score(call, app_a, juror, 0, 0)


@pytest.mark.django_db
def test_no_scoring_after_closing(call, app_a, juror, manager):
    services.scoring_close(call=call, by=manager)
    with pytest.raises(ValidationError):
        score(call, app_a, juror, 10, 4, submit=False)


@pytest.mark.django_db
def test_independence_before_and_after_closing(client, call, app_a, juror, manager):
    other = person(full_name="Juror Two")
    call.jurors.add(other)
    declare(call, juror)
    declare(call, other)
    score(call, app_a, juror, 10, 4)
    mine = score(call, app_a, other, 0, 0)
    mine.comment = "Secret opinion"
    mine.save()
    client.force_login(juror)
    page = client.get(en("jury_application", app_a.pk))
    assert page.context["others"] == []
    assert b"Secret opinion" not in page.content
    assert b"Juror Two" not in page.content
    services.scoring_close(call=call, by=manager)
    page = client.get(en("jury_application", app_a.pk))
    assert [s.juror for s in page.context["others"]] == [other]
    assert b"Secret opinion" in page.content
    assert page.context["editable"] is False


@pytest.mark.django_db
def test_drafts_of_others_stay_hidden_after_closing(client, call, app_a, juror, manager):
    other = person()
    call.jurors.add(other)
    declare(call, juror)
    score(call, app_a, other, 10, 4, submit=False)
    services.scoring_close(call=call, by=manager)
    assert list(sel.other_sheets(application=app_a, juror=juror)) == []


@pytest.mark.django_db
def test_overview_progress_spread_and_ranking(call, app_a, app_b, juror, manager):
    other = person()
    call.jurors.add(other)
    declare(call, juror)
    score(call, app_a, juror, 10, 4)  # 100
    score(call, app_a, other, 5, 2)  # 50: spread 50 > 20
    score(call, app_b, juror, 10, 0)  # 66.67
    score(call, app_b, other, 10, 2, submit=False)  # a draft
    overview = sel.call_overview(call=call)
    first, second = overview.ranking
    assert first.application == app_a and first.average == Decimal("75.00") and first.rank == 1
    assert first.spread == Decimal(50) and first.flagged
    assert second.application == app_b and second.spread is None and not second.flagged
    progress = {row.juror: row for row in overview.jurors}
    assert (progress[juror].submitted, progress[juror].drafts, progress[juror].declared) == (
        2,
        0,
        True,
    )
    assert (progress[other].submitted, progress[other].drafts, progress[other].declared) == (
        1,
        1,
        False,
    )
    assert overview.winners_allowed == 1


@pytest.mark.django_db
def test_manager_screen_and_queries(client, django_assert_num_queries, call, app_a, app_b, juror):
    declare(call, juror)
    score(call, app_a, juror, 10, 4)
    manager = person(role="Manager")
    client.force_login(manager)
    client.get(en("manage_call", call.slug))  # warm the policies and notification caches
    # session, user, call, applications, their sheets (one prefetch), jurors, declarations,
    # prizes; the manager check's groups and the content type are cached after the first GET
    with django_assert_num_queries(7):
        response = client.get(en("manage_call", call.slug))
    assert response.status_code == 200
    assert b'data-flagged="yes"' not in response.content


@pytest.mark.django_db
def test_manager_screens_are_refused_to_others(client, call, app_a, juror, applicant_a, outsider):
    for url in (en("manage"), en("manage_call", call.slug), en("manage_export", call.slug, "csv")):
        assert client.get(url).status_code == 302
        for user in (juror, applicant_a, outsider):
            client.force_login(user)
            assert client.get(url).status_code == 403
        client.logout()
    for user in (juror, applicant_a):
        client.force_login(user)
        assert client.post(en("manage_scoring_close", call.slug)).status_code == 403
        assert client.post(en("manage_publish", call.slug)).status_code == 403
    call.refresh_from_db()
    assert call.status == CallStatus.SCORING


@pytest.mark.django_db
def test_close_scoring_and_export(client, call, app_a, juror, manager):
    declare(call, juror)
    score(call, app_a, juror, 10, 4)
    client.force_login(manager)
    assert client.post(en("manage_scoring_close", call.slug)).status_code == 302
    call.refresh_from_db()
    assert call.status == CallStatus.SCORING_CLOSED and call.scoring_closed_at
    response = client.get(en("manage_export", call.slug, "csv"))
    assert response.status_code == 200
    assert "100.00" in response.content.decode("utf-8-sig")
    response = client.get(en("manage_export", call.slug, "xlsx"))
    assert response.status_code == 200
    assert client.get(en("manage_export", call.slug, "pdf")).status_code == 404
