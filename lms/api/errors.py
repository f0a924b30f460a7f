"""Errors as RFC 9457 problem details (application/problem+json), for every way a request fails.

Each problem has a `type` naming its kind (a link to the docs page's list of problems), a
`title` that is the same for every problem of that kind, the `status`, a `detail` about this
occurrence and, for invalid input, `errors`: where (`loc`) and what (`msg`, `type`). Input is
never echoed back, so a 10,000-character value does not come back in the answer.
"""

import json

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpResponse

from ninja.errors import AuthenticationError, HttpError, Throttled
from ninja.errors import ValidationError as NinjaValidationError

PROBLEM_CONTENT_TYPE = "application/problem+json"
DOCS_PATH = "/api/v1/docs"

# status -> (type slug, title): one title per kind of problem.
KINDS = {
    400: ("bad-request", "The request could not be read"),
    401: ("unauthorized", "Authentication needed"),
    403: ("forbidden", "Not allowed"),
    404: ("not-found", "Not found"),
    405: ("method-not-allowed", "Method not allowed"),
    409: ("conflict", "Conflict"),
    415: ("unsupported-media-type", "Unsupported media type"),
    422: ("invalid", "The request is not valid"),
    429: ("rate-limited", "Too many requests"),
}


class ApiProblem(HttpError):
    """An error an operation raises on purpose, with its status and a detail for the caller."""

    def __init__(self, status_code: int, detail: str, *, errors: list | None = None) -> None:
        super().__init__(status_code, detail)
        self.errors = errors


def problem_type(status: int) -> str:
    slug = KINDS.get(status, ("error", ""))[0]
    return f"{DOCS_PATH}#problem-{slug}"


def problem_response(status: int, detail: str = "", *, errors: list | None = None) -> HttpResponse:
    """The problem document for `status`, with this occurrence's `detail`."""
    body = {
        "type": problem_type(status),
        "title": KINDS.get(status, ("error", "Error"))[1],
        "status": status,
        "detail": detail,
    }
    if errors is not None:
        body["errors"] = errors
    response = HttpResponse(
        json.dumps(body, ensure_ascii=False), status=status, content_type=PROBLEM_CONTENT_TYPE
    )
    if status == 401:
        response["WWW-Authenticate"] = 'Bearer realm="api"'
    return response


def _location(loc) -> list:
    return [part if isinstance(part, int | str) else str(part) for part in loc]


def validation_errors(errors: list) -> list:
    """Pydantic's errors without the input echoed: location, message and kind only."""
    return [
        {
            "loc": _location(error.get("loc", ())),
            "msg": str(error.get("msg", ""))[:300],
            "type": str(error.get("type", "")),
        }
        for error in errors
    ]


def django_validation_errors(error: DjangoValidationError) -> list:
    if hasattr(error, "error_dict"):
        return [
            {"loc": ["body", field], "msg": str(message), "type": "invalid"}
            for field, messages in error.message_dict.items()
            for message in messages
        ]
    return [{"loc": ["body"], "msg": str(message), "type": "invalid"} for message in error.messages]


def install(api) -> None:
    """Replace django-ninja's error answers with problem documents."""

    @api.exception_handler(NinjaValidationError)
    def _invalid(request, exc):
        return problem_response(
            422, "Some values are missing or not valid.", errors=validation_errors(exc.errors)
        )

    @api.exception_handler(DjangoValidationError)
    def _refused(request, exc):
        errors = django_validation_errors(exc)
        detail = errors[0]["msg"] if len(errors) == 1 else "Some values are not valid."
        return problem_response(422, detail, errors=errors)

    @api.exception_handler(HttpError)
    def _http(request, exc):
        status = exc.status_code
        if status == 400 and str(exc).startswith("Cannot parse request body"):
            detail = "The body is not valid JSON."
        elif isinstance(exc, AuthenticationError) and str(exc) == "Unauthorized":
            detail = "Send a token (Authorization: Bearer <token>) or sign in."
        else:
            detail = str(exc)
        response = problem_response(status, detail, errors=getattr(exc, "errors", None))
        if isinstance(exc, Throttled) and exc.wait is not None:
            response["Retry-After"] = str(max(1, int(exc.wait + 0.999)))
        return response

    @api.exception_handler(Http404)
    def _not_found(request, exc):
        return problem_response(404, "Nothing is found at this address, or not for you.")

    @api.exception_handler(PermissionDenied)
    def _denied(request, exc):
        return problem_response(403, str(exc) or "You may not do this.")
