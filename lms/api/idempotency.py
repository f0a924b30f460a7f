"""`Idempotency-Key` on POSTs, and the answers django-ninja gives outside its operations.

Every API view passes through `api_view`. A POST with an `Idempotency-Key` header is stored
(caller, key, method, path, a hash of the body) before it runs, and its answer after: a repeat
with the same key and body gets the first answer again and changes nothing; the same key with
another body or address is a 422; a repeat while the first is still running is a 409. Keys
are the caller's own (per person) and kept API_IDEMPOTENCY_HOURS. Answers that say nothing
about the operation (401, 403, 429, 5xx) are not kept, so the client may retry with the key.
"""

import datetime as dt
import functools
import hashlib

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from lms.api.errors import PROBLEM_CONTENT_TYPE, problem_response
from lms.api.models import IdempotencyRecord
from lms.api.services import api_token_authenticate

HEADER = "Idempotency-Key"
BODY_METHODS = ("POST", "PUT", "PATCH")
NOT_KEPT = (401, 403, 429)
KEY_TOO_LONG = "The Idempotency-Key must be 1 to 255 visible ASCII characters."
KEY_REUSED = "This Idempotency-Key was used for another request: use a new key for new data."
IN_PROGRESS = "A request with this Idempotency-Key is still running: retry in a moment."
API_URLCONF = "lms.api.urlconf"
NUL_CHARACTER = "Text may not contain the NUL character."
NOT_JSON = "Send the body as JSON (Content-Type: application/json)."


def _caller(request):
    """The person the request comes from, as the operation will see it (or None)."""
    header = request.headers.get("Authorization", "")
    if header.lower().startswith("bearer "):
        token = api_token_authenticate(header[7:].strip())
        return token.user if token else None
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None


def _stored(record: IdempotencyRecord):
    from django.http import HttpResponse

    response = HttpResponse(
        record.response_body, status=record.status_code, content_type=record.content_type
    )
    response["Idempotent-Replayed"] = "true"
    return response


def _valid_key(key: str) -> bool:
    return 0 < len(key) <= 255 and all(32 < ord(char) < 127 for char in key)


def _record_claim(*, user, key: str, request, digest: str):
    """(the new record, None) when this request runs first; (None, the answer) otherwise."""
    expired_before = timezone.now() - dt.timedelta(hours=settings.API_IDEMPOTENCY_HOURS)
    IdempotencyRecord.objects.filter(user=user, key=key, created_at__lt=expired_before).delete()
    try:
        with transaction.atomic():
            record = IdempotencyRecord.objects.create(
                user=user, key=key, method=request.method, path=request.path, request_hash=digest
            )
        return record, None
    except IntegrityError:
        existing = IdempotencyRecord.objects.filter(user=user, key=key).first()
    if existing is None:  # removed meanwhile: run as new
        return _record_claim(user=user, key=key, request=request, digest=digest)
    same = (existing.method, existing.path, existing.request_hash) == (
        request.method,
        request.path,
        digest,
    )
    if not same:
        return None, problem_response(422, KEY_REUSED)
    if existing.status_code is None:
        return None, problem_response(409, IN_PROGRESS)
    return None, _stored(existing)


def _has_nul(request) -> bool:
    """NUL can be stored by no database text column (PostgreSQL refuses it): a 400 up front."""
    query = request.META.get("QUERY_STRING", "")
    if "\x00" in request.path or "%00" in query or "\x00" in query:
        return True
    if request.method not in BODY_METHODS:
        return False
    return b"\x00" in request.body or b"\\u0000" in request.body.lower()


def _as_problem(response):
    """Django's own answers inside the API (405 from the router) as problem documents."""
    if response.status_code == 405 and response.get("Content-Type") != PROBLEM_CONTENT_TYPE:
        allowed = response.get("Allow", "")
        problem = problem_response(405, f"This address answers {allowed or 'no method'}.")
        if allowed:
            problem["Allow"] = allowed
        return problem
    return response


def api_view(view):
    """Wrap one of django-ninja's URL views: content type, idempotency, problem answers."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        response = _answer(request, *args, **kwargs)
        request.urlconf = API_URLCONF
        return response

    def _answer(request, *args, **kwargs):
        if _has_nul(request):
            return problem_response(400, NUL_CHARACTER)
        if request.method in BODY_METHODS and request.body:
            content_type = request.content_type or ""
            if content_type != "application/json" and not content_type.endswith("+json"):
                return problem_response(415, NOT_JSON)
        key = request.headers.get(HEADER)
        if request.method != "POST" or key is None:
            return _as_problem(view(request, *args, **kwargs))
        if not _valid_key(key):
            return problem_response(400, KEY_TOO_LONG)
        user = _caller(request)
        if user is None:
            return _as_problem(view(request, *args, **kwargs))
        digest = hashlib.sha256(request.body).hexdigest()
        record, answer = _record_claim(user=user, key=key, request=request, digest=digest)
        if answer is not None:
            return answer
        try:
            response = _as_problem(view(request, *args, **kwargs))
        except BaseException:
            record.delete()
            raise
        if response.status_code >= 500 or response.status_code in NOT_KEPT:
            record.delete()
            return response
        record.status_code = response.status_code
        record.response_body = response.content.decode()
        record.content_type = response.get("Content-Type", "application/json")
        record.save(update_fields=["status_code", "response_body", "content_type"])
        return response

    return wrapped


def idempotency_records_expire(*, now) -> int:
    """Keys older than API_IDEMPOTENCY_HOURS are forgotten (the retention run calls this)."""
    before = now - dt.timedelta(hours=settings.API_IDEMPOTENCY_HOURS)
    deleted, _ = IdempotencyRecord.objects.filter(created_at__lt=before).delete()
    return deleted
