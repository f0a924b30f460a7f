"""Building an xAPI 1.0.3 statement from a learning event (pure: the titles are passed in)."""

import datetime
import hashlib
import uuid
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.utils import translation

from courses.xapi.vocabulary import (
    EXTENSION_KEYS,
    activity_id,
    activity_type,
    extension_iri,
    verb_for,
)

XAPI_VERSION = "1.0.3"
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def actor_for(user) -> dict:
    """The learner as an Agent: an account on this site (by default; no name or address leaves
    the site) or the SHA-1 of their mailbox (XAPI_ACTOR = "mbox_sha1sum")."""
    if settings.XAPI_ACTOR == "mbox_sha1sum":
        digest = hashlib.sha1(f"mailto:{user.email}".encode()).hexdigest()  # noqa: S324 - xAPI's IFI
        return {"objectType": "Agent", "mbox_sha1sum": digest}
    return {"objectType": "Agent", "account": {"homePage": settings.SITE_URL, "name": str(user.pk)}}


def anonymous_actor() -> dict:
    """Put in place of the actor of a statement kept after its person's account was deleted."""
    return {"objectType": "Agent", "account": {"homePage": settings.SITE_URL, "name": "anonymous"}}


def language_map(value) -> dict:
    """{language: text} in each of the site's languages (lazy strings rendered in each)."""
    result = {}
    for code in LANGUAGE_CODES:
        with translation.override(code):
            result[code] = str(value)
    return result


def activity(object_type: str, key, titles: dict) -> dict:
    """An Activity with its name in each language the page has ({language: title})."""
    definition = {"type": activity_type(object_type)}
    if titles:
        definition["name"] = dict(sorted(titles.items()))
    return {"objectType": "Activity", "id": activity_id(object_type, key), "definition": definition}


def _timestamp(moment) -> str:
    """ISO 8601 in UTC with milliseconds, as LRSs store it."""
    utc = moment.astimezone(datetime.UTC)
    return utc.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _result(event) -> dict | None:
    context = event.context or {}
    if event.verb in ("passed", "failed"):
        result = {"success": event.verb == "passed", "completion": True}
        try:
            score = Decimal(str(context["score"]))
        except (KeyError, InvalidOperation):
            return result
        result["score"] = {
            "scaled": float((score / 100).quantize(Decimal("0.0001"))),
            "raw": float(score),
            "min": 0,
            "max": 100,
        }
        return result
    if event.verb == "completed" or (
        event.verb == "attempted" and event.object_type == "assignment"
    ):
        return {"completion": True}
    return None


def statement_build(event, *, statement_id: uuid.UUID, titles: dict) -> dict:
    """The statement for `event`. `titles`: {translation key: {language: title}} of its object
    and course pages (a missing page leaves the name out)."""
    verb_iri, display = verb_for(event.verb, event.object_type)
    object_titles = titles.get(event.object_key, {})
    statement = {
        "id": str(statement_id),
        "version": XAPI_VERSION,
        "actor": actor_for(event.actor),
        "verb": {"id": verb_iri, "display": language_map(display)},
        "object": activity(event.object_type, event.object_key, object_titles),
        "timestamp": _timestamp(event.created_at),
    }
    context: dict = {}
    if event.language in LANGUAGE_CODES:
        context["language"] = event.language
    if event.course_key and event.object_type not in ("course",):
        parent = activity("course", event.course_key, titles.get(event.course_key, {}))
        context["contextActivities"] = {"parent": [parent]}
    extensions = {
        extension_iri(name): (event.context or {})[name]
        for name in EXTENSION_KEYS
        if name in (event.context or {})
    }
    if extensions:
        context["extensions"] = extensions
    if context:
        statement["context"] = context
    result = _result(event)
    if result:
        statement["result"] = result
    return statement
