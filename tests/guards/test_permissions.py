"""Every route, both ways: who may open it gets it, everyone else is refused.

Routes come from the URL resolver (tests/guards/routes.py), so a new screen is walked without
anyone listing it: unless declared otherwise it must refuse the public and learners, and the
administrator must be able to open it. POST-only routes are posted to by the refused roles
too, and must refuse them.
"""

from django.apps import apps
from django.test import Client

import pytest

from tests.guards.routes import page_routes, routes

ROLES = ("anonymous", "other", "learner", "trainer", "reviewer", "manager", "admin")
# Who must be refused, and who must get in, for each audience.
REFUSED = {
    "public": (),
    "signed_out": (),
    "signed_in": ("anonymous",),
    "enrolled": ("anonymous", "other"),
    "own": ("anonymous", "other", "trainer", "reviewer"),
    "staff": ("anonymous", "other", "learner"),
}
ALLOWED = {
    "public": ("anonymous", "learner", "admin"),
    # Pages for people not signed in (sign-in): a signed-in visitor is sent on to their work.
    "signed_out": ("anonymous",),
    "signed_in": ("learner", "other", "admin"),
    "enrolled": ("learner",),
    "own": ("learner",),
    "staff": ("admin",),
}
LOGIN_PATHS = ("/accounts/login/", "/admin/login/")


def _client(demo, role) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    if role != "anonymous":
        client.force_login(demo.users[role])
    return client


def refused(response) -> bool:
    """403, 404, 405 (a GET to a POST-only route) or a redirect to a sign-in page."""
    if response.status_code in (403, 404, 405):
        return True
    if response.status_code == 302:
        location = response["Location"]
        return any(path in location for path in LOGIN_PATHS) or location.rstrip("/").endswith(
            "/admin"
        )
    return False


def allowed(response) -> bool:
    if response.status_code == 405:  # POST-only: the GET found the route, the role got past it
        return True
    if response.status_code == 302:
        return not refused(response)
    return 200 <= response.status_code < 300


def rows_counted() -> dict:
    """How many rows each of our models holds: a refused POST must leave every count as it was."""
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model.__module__.startswith(("lms.", "courses.", "cms."))
    }


def _walk(demo):
    return routes(demo.values) + page_routes(demo.pages)


@pytest.mark.django_db
def test_every_route_refuses_whom_it_must(demo):
    failures, tried = [], 0
    for route in _walk(demo):
        for role in REFUSED[route.audience]:
            client = _client(demo, role)
            got = client.get(route.url)
            tried += 1
            if not refused(got):
                failures.append(f"GET {route.url} ({route.name}) as {role}: {got.status_code}")
            if got.status_code == 405:
                before = rows_counted()
                posted = client.post(route.url, {})
                tried += 1
                # A refusal may be a redirect back with a message, as long as nothing changed.
                if not refused(posted) and rows_counted() != before:
                    failures.append(
                        f"POST {route.url} ({route.name}) as {role}: {posted.status_code}"
                    )
    assert not failures, "\n".join(failures)
    assert tried >= 120, tried


@pytest.mark.django_db
def test_every_route_opens_for_whom_it_is_for(demo):
    failures = []
    for route in _walk(demo):
        for role in ALLOWED[route.audience]:
            got = _client(demo, role).get(route.url)
            if not allowed(got):
                failures.append(f"GET {route.url} ({route.name}) as {role}: {got.status_code}")
    assert not failures, "\n".join(failures)
