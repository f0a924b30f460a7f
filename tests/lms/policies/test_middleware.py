"""Signed-in people are asked to accept a new version before anything else, once, with their
destination kept; what stays open; no query added in the steady state."""

from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

import pytest

from lms.policies.middleware import SESSION_KEY
from lms.policies.services import policy_versions_accept

pytestmark = pytest.mark.django_db

MIDDLEWARE = "lms.policies.middleware.PolicyAcceptanceMiddleware"


def accept_url(language="ky"):
    with translation.override(language):
        return reverse("policies:accept")


@pytest.fixture
def signed_in(client, learner):
    client.force_login(learner)
    return client


def test_a_pending_version_sends_a_page_load_to_the_accept_page(signed_in, both_published):
    response = signed_in.get("/ru/my/?tab=done")
    assert response.status_code == 302
    assert response["Location"] == accept_url("ru") + "?next=/ru/my/%3Ftab%3Ddone"


def test_accepting_leads_where_the_person_was_going_and_asks_no_more(
    signed_in, learner, both_published
):
    target = reverse("progress:my")
    asked = signed_in.get(target)
    assert asked.status_code == 302
    page = signed_in.get(asked["Location"])
    assert page.status_code == 200
    fields = {f"accept_{v.pk}": "on" for v in both_published}
    done = signed_in.post(accept_url(), {**fields, "next": page.context["next"]})
    assert done["Location"] == target
    assert signed_in.get(target).status_code == 200


def test_a_newer_version_asks_again(signed_in, learner, publish):
    first = publish("privacy", 1)
    policy_versions_accept(user=learner, versions=[first], language="ky")
    assert signed_in.get(reverse("progress:my")).status_code == 200
    publish("privacy", 2)
    assert signed_in.get(reverse("progress:my")).status_code == 302


def test_nothing_published_asks_nothing(signed_in):
    assert signed_in.get(reverse("progress:my")).status_code == 200


def test_the_signed_out_are_never_asked(client, both_published, home_page):
    assert client.get("/ky/").status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/ky/policies/privacy/",
        "/ru/policies/terms/",
        "/ky/policies/accept/",
        "/ky/accounts/logout/",
        "/ky/my/data/delete/",
        "/ky/accounts/profile/",
        "/admin/",
        "/healthz/",
        "/lang/ru/?next=/ru/",
        "/static/lms/css/site.css",
        "/media/whatever.png",
    ],
)
def test_what_stays_open_is_never_redirected_to_accept(signed_in, both_published, path):
    response = signed_in.get(path)
    assert not (response.status_code == 302 and "/policies/accept/" in response["Location"])


def test_the_accept_page_never_loops(signed_in, both_published):
    response = signed_in.get(accept_url())
    assert response.status_code == 200


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_FETCH_MODE": "cors"},
        {"HTTP_SEC_FETCH_DEST": "iframe", "HTTP_SEC_FETCH_MODE": "navigate"},
        {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"},
        {"HTTP_ACCEPT": "application/json"},
    ],
)
def test_scripts_and_frames_are_not_redirected(signed_in, both_published, headers):
    response = signed_in.get(reverse("progress:my"), **headers)
    assert response.status_code == 200


def test_a_browser_page_load_is_redirected(signed_in, both_published):
    response = signed_in.get(
        reverse("progress:my"),
        HTTP_SEC_FETCH_MODE="navigate",
        HTTP_SEC_FETCH_DEST="document",
        HTTP_ACCEPT="text/html,application/xhtml+xml",
    )
    assert response.status_code == 302


def test_a_form_post_goes_through(signed_in, learner, both_published):
    """A form typed before the publish is not lost; the page it leads to asks."""
    response = signed_in.post(reverse("accounts:profile"), {"full_name": "Жаңы Ат"})
    assert not (response.status_code == 302 and "/policies/accept/" in response["Location"])


def test_the_steady_state_adds_no_query(
    signed_in, learner, both_published, settings, django_assert_num_queries
):
    """Once the person's state is in the session, a page costs what it cost without the
    middleware: the ids in force come from the cache, the person's from the session."""
    policy_versions_accept(user=learner, versions=both_published, language="ky")
    target = reverse("progress:my")
    with_middleware = list(settings.MIDDLEWARE)
    settings.MIDDLEWARE = [m for m in with_middleware if m != MIDDLEWARE]
    signed_in.get(target)
    with CaptureQueriesContext(connection) as without:
        assert signed_in.get(target).status_code == 200
    baseline = len(without)  # read now: each request empties the connection's query log
    settings.MIDDLEWARE = with_middleware
    assert signed_in.get(target).status_code == 200  # warms the cache and the session
    with django_assert_num_queries(baseline):
        assert signed_in.get(target).status_code == 200


def test_a_fresh_session_costs_one_query_and_a_session_save(
    signed_in, learner, both_published, django_assert_num_queries
):
    policy_versions_accept(user=learner, versions=both_published, language="ky")
    target = reverse("progress:my")
    signed_in.get(target)
    with CaptureQueriesContext(connection) as warm:
        signed_in.get(target)
    baseline = len(warm)  # read now: each request empties the connection's query log
    session = signed_in.session  # as a new session would be
    session.pop(SESSION_KEY, None)
    session.save()
    # The person's acceptances among the ids in force, and the session saved with them (an
    # UPDATE in its savepoint: three statements).
    with django_assert_num_queries(baseline + 4):
        signed_in.get(target)


def test_the_session_remembers_whose_state_it_is(client, make_user, both_published):
    first, second = make_user(role="Learner"), make_user(role="Learner")
    policy_versions_accept(user=first, versions=both_published, language="ky")
    client.force_login(first)
    assert client.get(reverse("progress:my")).status_code == 200
    assert client.session[SESSION_KEY]["user"] == first.pk
    client.force_login(second)  # a different person: Django keeps no state across
    assert client.get(reverse("progress:my")).status_code == 302


def test_accepting_elsewhere_is_noticed_without_a_loop(signed_in, learner, both_published):
    """The session still says pending, the database says accepted: the accept page finds
    nothing to ask and leads on."""
    assert signed_in.get(reverse("progress:my")).status_code == 302
    policy_versions_accept(user=learner, versions=both_published, language="ky")
    response = signed_in.get(reverse("progress:my"))
    assert response.status_code == 302
    onward = signed_in.get(response["Location"])
    assert onward.status_code == 302 and onward["Location"] == reverse("progress:my")
    assert signed_in.get(reverse("progress:my")).status_code == 200


def test_the_middleware_sits_after_authentication():
    order = settings.MIDDLEWARE
    assert order.index(MIDDLEWARE) > order.index(
        "lms.accounts.user_cache.CachedUserAuthenticationMiddleware"
    )
