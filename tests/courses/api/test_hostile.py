"""Hostile values over every parameter of every operation, read from the schema: a 4xx problem
document (or an ordinary answer when the value happens to be acceptable), never a 500."""

import json

import pytest

from courses.enrolment.services import enrollment_create
from lms.api.api import api as ninja_api
from lms.notifications.models import Notification

pytestmark = pytest.mark.django_db

BAD_VALUES = [
    str(10**30),
    str(-(10**30)),
    "-1",
    "0",
    "abc",
    "１２",
    "ѳү😀\u202e",
    "x" * 10_000,
    "",
    "1e5",
    "null",
    "[]",
    "\x00",
    "' OR 1=1 --",
    "../../etc/passwd",
    "00000000-0000-0000-0000-000000000000",
    "true",
]
BAD_BODIES = [10**30, -1, "x" * 10_000, [], {}, None, "ѳ\u0000", True, 1.5]


def _operations():
    schema = ninja_api.get_openapi_schema(path_prefix="/api/v1")
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            yield path, method, operation, schema


def _request(client, method, path, *, params=None, body=None, raw=None, content_type=None):
    if method == "get":
        return client.get(path, params or {})
    query = "&".join(f"{k}={v}" for k, v in (params or {}).items())
    data = raw if raw is not None else json.dumps(body if body is not None else {})
    return client.post(
        path + (f"?{query}" if query else ""),
        data,
        content_type=content_type or "application/json",
    )


def _check(response, where):
    assert response.status_code < 500, where
    if response.status_code >= 400:
        assert response["Content-Type"] == "application/problem+json", where
        body = response.json()
        assert body["status"] == response.status_code, where
        assert "x" * 10_000 not in response.content.decode(), where


def test_no_parameter_of_any_operation_gives_a_500(
    client, settings, make_user, make_course, token_for
):
    settings.API_RATE_LIMIT = settings.API_RATE_LIMIT_ANONYMOUS = 10**9
    manager = make_user(role="Manager")
    course = make_course(lessons=2)
    enrollment = enrollment_create(user=make_user(role="Learner"), course=course)
    notification = Notification.objects.create(recipient=manager, kind="announcement", title="a")
    good = {
        "course_key": str(course.translation_key),
        "enrollment_id": str(enrollment.pk),
        "notification_id": str(notification.pk),
        "code": "ABCDEFGH",
    }
    client.defaults["HTTP_AUTHORIZATION"] = f"Bearer {token_for(manager)}"
    tried = 0
    for path, method, operation, schema in _operations():
        params = operation.get("parameters", [])
        valid_path = path
        for name, value in good.items():
            valid_path = valid_path.replace("{" + name + "}", value)
        for param in params:
            for value in BAD_VALUES:
                if param["in"] == "path":
                    url = path.replace("{" + param["name"] + "}", value.replace("/", "%2F") or "-")
                    for name, good_value in good.items():
                        url = url.replace("{" + name + "}", good_value)
                    response = _request(client, method, url)
                else:
                    response = _request(client, method, valid_path, params={param["name"]: value})
                _check(response, f"{method} {path} {param['name']}={value[:20]!r}")
                tried += 1
        if "requestBody" in operation:
            ref = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
            fields = schema["components"]["schemas"][ref.rsplit("/", 1)[-1]]["properties"]
            where = f"{method} {path}"
            _check(_request(client, method, valid_path, raw="{not json"), where)
            _check(_request(client, method, valid_path, raw="[1,"), where)
            _check(
                _request(client, method, valid_path, raw="a=b", content_type="text/plain"), where
            )
            _check(_request(client, method, valid_path, body={"unknown": 1}), where)
            _check(_request(client, method, valid_path, raw='{"email": "a\\u0000"}'), where)
            for field in fields:
                for value in BAD_BODIES:
                    response = _request(client, method, valid_path, body={field: value})
                    _check(response, f"{where} {field}={str(value)[:20]!r}")
                    tried += 1
    assert tried > 300
