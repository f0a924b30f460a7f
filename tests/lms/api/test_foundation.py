"""The API's common behaviour: schema and docs, problem documents, session with CSRF, rate
limits and idempotent POSTs."""

import json

from django.test import Client

import pytest
from openapi_spec_validator import validate

from lms.api.api import api as ninja_api
from lms.api.models import IdempotencyRecord
from lms.notifications.models import Notification

pytestmark = pytest.mark.django_db


def test_the_schema_validates_and_documents_every_field(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    validate(schema)
    assert schema["openapi"].startswith("3.")
    missing = [
        f"{name}.{field}"
        for name, component in schema["components"]["schemas"].items()
        for field, prop in component.get("properties", {}).items()
        if not prop.get("description")
    ]
    assert missing == []
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            assert operation.get("summary"), f"{method} {path} has no summary"
            for param in operation.get("parameters", []):
                assert param.get("description"), f"{method} {path} {param['name']}"


def test_the_docs_page_lists_every_operation_without_scripts(client):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    page = response.content.decode()
    schema = ninja_api.get_openapi_schema(path_prefix="/api/v1")
    for path, methods in schema["paths"].items():
        for method in methods:
            assert f"{method.upper()} {path}" in page
    assert "<script" not in page and "cdn" not in page.lower()
    assert 'id="problem-invalid"' in page


def _problem(response, status):
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert {"type", "title", "status", "detail"} <= set(body)
    assert body["status"] == status
    return body


def test_errors_are_problem_documents(api_client, learner):
    api = api_client(learner)
    _problem(api.get("/api/v1/nowhere/"), 404)
    _problem(api.get("/api/v1/me/notifications/999999/read/"), 405)
    body = _problem(api.post("/api/v1/me/notifications/0/read/"), 422)
    assert body["errors"][0]["loc"] == ["path", "notification_id"]
    _problem(api.post("/api/v1/users/", raw="{not json"), 400)
    _problem(api.post("/api/v1/users/", raw="email=a", content_type="text/plain"), 415)
    _problem(api.get("/api/v1/me/notifications/", {"limit": 10**9}), 422)
    _problem(api.get("/api/v1/me/notifications/", {"cursor": "forged"}), 400)
    _problem(api_client().get("/api/v1/me/"), 401)


def test_the_session_works_with_csrf_for_unsafe_methods(learner):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(learner)
    assert browser.get("/api/v1/me/").json()["email"] == learner.email
    refused = browser.post("/api/v1/me/notifications/read/", "{}", content_type="application/json")
    _problem(refused, 403)
    browser.get("/en/accounts/api-tokens/")  # sets the CSRF cookie, as any page does
    token = browser.cookies["csrftoken"].value
    ok = browser.post(
        "/api/v1/me/notifications/read/",
        "{}",
        content_type="application/json",
        headers={"X-CSRFToken": token},
    )
    assert ok.status_code == 200


def test_each_token_is_rate_limited_with_retry_after(api_client, learner, settings):
    settings.API_RATE_LIMIT = 3
    api = api_client(learner)
    for _ in range(3):
        assert api.get("/api/v1/me/").status_code == 200
    body = _problem(api.get("/api/v1/me/"), 429)
    assert body["title"] == "Too many requests"
    limited = api.get("/api/v1/me/")
    assert 1 <= int(limited["Retry-After"]) <= 60
    # Another token has its own count.
    assert api_client(learner).get("/api/v1/me/").status_code == 200


def test_anonymous_callers_are_limited_per_address(client, settings, home_page):
    settings.API_RATE_LIMIT_ANONYMOUS = 2
    assert client.get("/api/v1/courses/").status_code == 200
    assert client.get("/api/v1/courses/").status_code == 200
    assert client.get("/api/v1/courses/").status_code == 429


def test_a_repeated_post_with_the_same_key_returns_the_first_answer(api_client, learner):
    Notification.objects.create(recipient=learner, kind="announcement", title="One")
    api = api_client(learner)
    key = {"Idempotency-Key": "read-all-1"}
    first = api.post("/api/v1/me/notifications/read/", headers=key)
    assert first.json() == {"marked": 1}
    Notification.objects.create(recipient=learner, kind="announcement", title="Two")
    again = api.post("/api/v1/me/notifications/read/", headers=key)
    assert again.status_code == 200 and again.json() == {"marked": 1}
    assert again["Idempotent-Replayed"] == "true"
    assert Notification.objects.filter(read_at__isnull=True).count() == 1  # not run again
    other_body = api.post("/api/v1/me/notifications/read/", {"x": 1}, headers=key)
    assert _problem(other_body, 422)["detail"].startswith("This Idempotency-Key was used")
    assert IdempotencyRecord.objects.filter(user=learner).count() == 1
    _problem(api.post("/api/v1/me/notifications/read/", headers={"Idempotency-Key": "é" * 3}), 400)


def test_refused_answers_are_not_kept_for_the_key(api_client, learner):
    read_only = api_client(learner, scope="read")
    key = {"Idempotency-Key": "k"}
    assert read_only.post("/api/v1/me/notifications/read/", headers=key).status_code == 403
    assert not IdempotencyRecord.objects.exists()
    assert (
        api_client(learner).post("/api/v1/me/notifications/read/", headers=key).status_code == 200
    )


def test_problem_documents_do_not_echo_the_input(api_client, learner):
    long = "x" * 10_000
    response = api_client(learner).post("/api/v1/users/", {"email": long})
    assert response.status_code in (403, 422)
    assert long not in json.dumps(response.json())


def test_keys_are_forgotten_after_a_day_and_data_goes_with_the_account(api_client, learner):
    import datetime as dt

    from django.utils import timezone

    from lms.api.models import ApiToken
    from lms.api.wagtail_hooks import api_data_erase, api_idempotency_expire, api_token_records

    api_client(learner).post("/api/v1/me/notifications/read/", headers={"Idempotency-Key": "a"})
    records = list(api_token_records(learner))
    assert {"name", "prefix", "scope"} <= set(records[0]) and "hash" not in records[0]
    assert records[-1]["idempotency_key"] == "a"
    assert api_idempotency_expire(timezone.now()) == ("api.idempotency_records", 0)
    later = timezone.now() + dt.timedelta(hours=25)
    assert api_idempotency_expire(later) == ("api.idempotency_records", 1)
    assert api_data_erase(learner) == 1
    assert not ApiToken.objects.filter(user=learner).exists()
