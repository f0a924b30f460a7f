"""Public call pages per language: the list (open, upcoming, closed), a call's page with its
dates, prizes, documents and the Apply box for visitors, eligible and ineligible staff."""

from datetime import timedelta

from django.urls import reverse
from django.utils import translation

import pytest

from courses.competitions.models import ApplicantKind, CallStatus
from tests.courses.competitions.apply_support import make_call, municipality, staff
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def _url(name, *args, language="en"):
    with translation.override(language):
        return reverse(f"competitions:{name}", args=args)


def test_list_groups_calls_and_hides_drafts(client):
    make_call(slug="open-one", title_en="Open call")
    make_call(slug="later", opens_in=timedelta(days=3), closes_in=timedelta(days=9))
    make_call(slug="done", opens_in=timedelta(days=-30), closes_in=timedelta(days=-2))
    make_call(slug="secret", status=CallStatus.DRAFT)
    response = client.get(_url("list"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-calls="open"' in html
    assert 'data-call="open-one"' in html
    assert 'data-call="later"' in html
    assert 'data-call="done"' in html
    assert 'data-call="secret"' not in html
    assert "Open call" in html


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_list_and_call_in_each_language(client, language):
    make_call(slug="lang", title="Кыргызча", title_ru="", title_en="English title")
    html = client.get(_url("list", language=language)).content.decode()
    expected = "English title" if language == "en" else "Кыргызча"  # ru falls back to ky
    assert expected in html
    assert client.get(_url("call", "lang", language=language)).status_code == 200


@pytest.mark.parametrize("calls", [2, 8])
def test_list_query_count(client, django_assert_num_queries, calls):
    """The calls in one query, whatever their number (the rest: the layout's site and menu)."""
    for n in range(calls):
        make_call(slug=f"call-{n}")
    with django_assert_num_queries(4):
        client.get(_url("list"))


def test_call_page_for_visitor_shows_sign_in_and_facts(client):
    call = make_call(slug="water")
    response = client.get(_url("call", "water"))
    html = response.content.decode()
    assert 'id="apply-signin"' in html
    assert 'id="prizes"' in html
    assert "Support letter" in html
    assert "5,000,000" in html or "5 000 000" in html or "5000000" in html
    # Dates are shown in Bishkek time (UTC+6).
    local = call.deadline_at.astimezone(__import__("zoneinfo").ZoneInfo("Asia/Bishkek"))
    assert local.isoformat()[:16] in html


def test_call_page_for_eligible_and_ineligible_staff(client):
    home, other = municipality(), municipality()
    make_call(slug="water", oblasts=[home.district.oblast])
    client.force_login(staff(home))
    assert 'id="apply-button"' in client.get(_url("call", "water")).content.decode()
    client.force_login(staff(other))
    html = client.get(_url("call", "water")).content.decode()
    assert 'id="apply-refused"' in html
    assert "not among the places eligible" in html
    client.force_login(UserFactory(role="Learner"))
    assert "names no municipality" in client.get(_url("call", "water")).content.decode()


def test_cluster_call_reason(client):
    home = municipality()
    make_call(slug="clusters", kind=ApplicantKind.CLUSTER)
    client.force_login(staff(home))
    assert "belongs to no cluster" in client.get(_url("call", "clusters")).content.decode()


def test_closed_and_upcoming_calls_have_no_apply_button(client):
    home = municipality()
    make_call(slug="done", opens_in=timedelta(days=-30), closes_in=timedelta(days=-2))
    make_call(slug="later", opens_in=timedelta(days=3), closes_in=timedelta(days=9))
    client.force_login(staff(home))
    assert 'id="apply-closed"' in client.get(_url("call", "done")).content.decode()
    assert 'id="apply-upcoming"' in client.get(_url("call", "later")).content.decode()


def test_draft_call_is_404_except_for_managers(client):
    make_call(slug="secret", status=CallStatus.DRAFT)
    assert client.get(_url("call", "secret")).status_code == 404
    client.force_login(UserFactory(role="Trainer"))
    assert client.get(_url("call", "secret")).status_code == 404
    client.force_login(UserFactory(role="Manager"))
    assert 'id="call-draft"' in client.get(_url("call", "secret")).content.decode()
    assert client.get(_url("call", "nothing-here")).status_code == 404
