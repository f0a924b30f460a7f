"""The competition journey of issue 22, in English, every side in one browser.

A cluster's staff member applies with the action plan and a document; the manager sends the
applications to the jury; two jurors declare and score (one works in a member municipality of
the cluster: the application is not in their list and its address is not found); the manager
closes scoring, names the cluster a winner and another cluster a conditional winner, and
publishes: the results page lists both, a draft news item and a draft case study exist, and the
applicant finds the outcome in their notifications.
"""

from datetime import timedelta

from django.utils import timezone

from cms.news.models import NewsPage
from cms.portal.models import CaseStudyPage
from courses.competitions.models import (
    ApplicantKind,
    Application,
    ApplicationStatus,
    CallStatus,
)
from lms.notifications.models import Notification
from tests.courses.competitions.apply_support import PDF, cluster_of, make_call
from tests.factories.cms import news_index, portal_index
from tests.factories.places import MunicipalityFactory

PLAN = "Repair the water main and meter every household."


def _switch(page, login_as, user) -> None:
    page.context.clear_cookies()
    login_as(user)


def _score(page, call, application_pk, points) -> None:
    page.goto(f"/en/competitions/jury/application/{application_pk}/")
    for criterion, wanted in zip(call.criteria.order_by("sort_order", "pk"), points, strict=True):
        level = criterion.levels.get(points=wanted)
        page.locator(f'input[name="level-{criterion.pk}"][value="{level.pk}"]').check()
    page.locator("#score-submit").click()
    page.wait_for_url(f"**/jury/application/{application_pk}/")
    assert page.locator("#score-sheet").get_attribute("data-state") == "submitted"


def test_cluster_applies_jury_scores_manager_decides_and_publishes(
    page, login_as, make_user, home_page, screenshot
):
    portal_index(home_page)
    news_index(home_page)
    m = [MunicipalityFactory() for _ in range(4)]
    cluster_a = cluster_of(m[0], m[1], code="cluster-a")
    cluster_b = cluster_of(m[2], m[3], code="cluster-b")
    call = make_call(
        slug="kzhap", kind=ApplicantKind.CLUSTER, opens_in=timedelta(days=-5)
    )  # open, with an action plan, a budget, a support letter and one "Quality" criterion
    applicant = make_user(
        role="Learner", full_name="Aibek Applicant", municipality=m[1], preferred_language="en"
    )
    other = Application.objects.create(
        call=call,
        cluster=cluster_b,
        status=ApplicationStatus.SUBMITTED,
        submitted_at=timezone.now(),
    )
    juror = make_user(full_name="Juror One", preferred_language="en")
    conflicted = make_user(full_name="Juror Local", municipality=m[0], preferred_language="en")
    call.jurors.add(juror, conflicted)
    manager = make_user(role="Manager", full_name="Mira Manager", preferred_language="en")

    # The applicant applies for the cluster with the plan and a document.
    login_as(applicant)
    page.goto(f"/en/competitions/{call.slug}/apply/")
    page.locator("#apply-start-button").click()
    page.wait_for_url("**/competitions/application/**")
    page.get_by_label("Action plan").fill(PLAN)
    page.get_by_label("Budget").fill("6000000")
    page.get_by_label("Support letter").set_input_files(
        {"name": "letter.pdf", "mimeType": "application/pdf", "buffer": PDF}
    )
    page.locator("#application-submit").click()
    page.wait_for_load_state()
    mine = Application.objects.get(call=call, cluster=cluster_a)
    assert mine.status == ApplicationStatus.SUBMITTED

    # The manager hands the applications to the jury.
    _switch(page, login_as, manager)
    page.goto(f"/en/competitions/jury/manage/{call.slug}/")
    page.locator("#scoring-start").click()
    call.refresh_from_db()
    assert call.status == CallStatus.SCORING

    # Juror One declares no conflicts and scores both.
    _switch(page, login_as, juror)
    page.goto(f"/en/competitions/jury/call/{call.slug}/")
    page.get_by_label("I have declared every conflict of interest (or I have none).").check()
    page.locator("#declaration-submit").click()
    rows = page.locator("#jury-applications tbody tr")
    assert rows.count() == 2
    _score(page, call, mine.pk, [10])
    _score(page, call, other.pk, [10])

    # Juror Local works in the cluster: only the other application, and no address to the first.
    _switch(page, login_as, conflicted)
    page.goto(f"/en/competitions/jury/call/{call.slug}/")
    page.get_by_label("I have declared every conflict of interest (or I have none).").check()
    page.locator("#declaration-submit").click()
    listed = page.locator("#jury-applications tbody tr")
    assert listed.count() == 1
    assert listed.first.get_attribute("data-application") == str(other.pk)
    response = page.goto(f"/en/competitions/jury/application/{mine.pk}/")
    assert response.status == 404
    _score(page, call, other.pk, [10])

    # The manager closes scoring, decides and publishes.
    _switch(page, login_as, manager)
    page.goto(f"/en/competitions/jury/manage/{call.slug}/")
    page.locator("#scoring-close").click()
    page.goto(f"/en/competitions/jury/decision/{mine.pk}/")
    page.get_by_label("Winner", exact=True).check()
    page.get_by_label("Reasons").fill("A complete, costed plan.")
    page.locator("#decision-save").click()
    page.goto(f"/en/competitions/jury/decision/{other.pk}/")
    page.get_by_label("Conditional winner", exact=True).check()
    page.get_by_label("Tasks to complete (conditional winner)").fill("Add the budget lines.")
    page.get_by_label("Tasks due").fill("2027-03-01")
    page.locator("#decision-save").click()
    page.goto(f"/en/competitions/jury/manage/{call.slug}/")
    page.locator("#results-publish").click()
    call.refresh_from_db()
    assert call.status == CallStatus.RESULTS

    # The public results page, the draft news item and the draft case.
    page.context.clear_cookies()
    page.goto(f"/en/competitions/{call.slug}/results/")
    assert page.locator(f'#results-winners tr[data-application="{mine.pk}"]').count() == 1
    assert page.locator(f'#results-conditional li[data-application="{other.pk}"]').count() == 1
    screenshot("competition-results")
    news = NewsPage.objects.get(slug=f"results-{call.slug}")
    assert not news.live
    mine.refresh_from_db()
    case = CaseStudyPage.objects.get(pk=mine.case_page_id)
    assert not case.live and PLAN in case.situation_before
    assert mine.grant_certificate

    # The applicant is told.
    login_as(applicant)
    assert Notification.objects.filter(recipient=applicant, kind="competition").exists()
    page.goto("/en/notifications/")
    assert "Results of the competition" in page.locator("main").inner_text()
