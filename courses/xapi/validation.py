"""The xAPI 1.0.3 rules a statement must meet (part two, section 2), as a checker.

Used by the tests on what is built and on what comes back from an LRS; covers the required
properties, IRIs, language maps, the actor's one identifier, timestamps, scores and the
version, not every rule of the specification.
"""

import datetime
import re
import uuid
from urllib.parse import urlsplit

STATEMENT_KEYS = {
    "id", "actor", "verb", "object", "result", "context", "timestamp", "stored", "authority",
    "version", "attachments",
}  # fmt: skip
IFIS = ("mbox", "mbox_sha1sum", "openid", "account")
LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$")
CONTEXT_ACTIVITY_KEYS = {"parent", "grouping", "category", "other"}


def is_iri(value) -> bool:
    """An absolute IRI (a scheme and, for URLs, a host)."""
    if not isinstance(value, str) or not value or " " in value:
        return False
    parts = urlsplit(value)
    if not parts.scheme:
        return False
    return bool(parts.netloc) or parts.scheme in ("urn", "mailto", "tag")


def is_timestamp(value) -> bool:
    if not isinstance(value, str):
        return False
    try:
        moment = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return moment.tzinfo is not None


def _language_map(value, where: str) -> list[str]:
    if not isinstance(value, dict) or not value:
        return [f"{where} is not a language map"]
    return [
        f"{where}: {key!r} is not a language tag or its text is not a string"
        for key, text in value.items()
        if not LANGUAGE_TAG.match(str(key)) or not isinstance(text, str)
    ]


def _agent(actor) -> list[str]:
    if not isinstance(actor, dict):
        return ["actor is not an object"]
    if actor.get("objectType", "Agent") not in ("Agent", "Group"):
        return ["actor.objectType is neither Agent nor Group"]
    found = [key for key in IFIS if key in actor]
    if len(found) != 1:
        return [f"actor has {len(found)} identifiers, not exactly one"]
    key, value = found[0], actor[found[0]]
    if key == "mbox" and not str(value).startswith("mailto:"):
        return ["actor.mbox is not a mailto: IRI"]
    if key == "mbox_sha1sum" and not re.fullmatch(r"[0-9a-f]{40}", str(value)):
        return ["actor.mbox_sha1sum is not a SHA-1 in hex"]
    if key == "openid" and not is_iri(value):
        return ["actor.openid is not an IRI"]
    if key == "account":
        if not isinstance(value, dict) or not is_iri(value.get("homePage")):
            return ["actor.account.homePage is not an IRL"]
        if not isinstance(value.get("name"), str) or not value["name"]:
            return ["actor.account.name is missing"]
    return []


def _activity(value, where: str) -> list[str]:
    if not isinstance(value, dict):
        return [f"{where} is not an object"]
    errors = []
    if value.get("objectType", "Activity") != "Activity":
        errors.append(f"{where}.objectType is not Activity")
    if not is_iri(value.get("id")):
        errors.append(f"{where}.id is not an IRI")
    definition = value.get("definition", {})
    for name in ("name", "description"):
        if name in definition:
            errors += _language_map(definition[name], f"{where}.definition.{name}")
    if "type" in definition and not is_iri(definition["type"]):
        errors.append(f"{where}.definition.type is not an IRI")
    return errors


def _result(result) -> list[str]:
    errors = []
    for name in ("success", "completion"):
        if name in result and not isinstance(result[name], bool):
            errors.append(f"result.{name} is not a boolean")
    score = result.get("score")
    if score is not None:
        scaled = score.get("scaled")
        if scaled is not None and not -1 <= scaled <= 1:
            errors.append("result.score.scaled is outside -1..1")
        low, high, raw = score.get("min"), score.get("max"), score.get("raw")
        if low is not None and high is not None and not low < high:
            errors.append("result.score.min is not below max")
        if raw is not None and (
            (low is not None and raw < low) or (high is not None and raw > high)
        ):
            errors.append("result.score.raw is outside min..max")
    return errors


def _context(context) -> list[str]:
    errors = []
    language = context.get("language")
    if language is not None and not LANGUAGE_TAG.match(str(language)):
        errors.append("context.language is not a language tag")
    for key, activities in (context.get("contextActivities") or {}).items():
        if key not in CONTEXT_ACTIVITY_KEYS:
            errors.append(f"context.contextActivities.{key} is not allowed")
            continue
        for n, item in enumerate(activities if isinstance(activities, list) else [activities]):
            errors += _activity(item, f"context.contextActivities.{key}[{n}]")
    errors += [
        f"context.extensions key {key!r} is not an IRI"
        for key in (context.get("extensions") or {})
        if not is_iri(key)
    ]
    return errors


def statement_errors(statement) -> list[str]:
    """What is wrong with `statement` under the rules above; empty when it is valid."""
    if not isinstance(statement, dict):
        return ["a statement is a JSON object"]
    errors = [
        f"{key!r} is not a statement property" for key in statement if key not in STATEMENT_KEYS
    ]
    errors += [f"{key} is required" for key in ("actor", "verb", "object") if key not in statement]
    if "id" in statement:
        try:
            uuid.UUID(str(statement["id"]))
        except ValueError:
            errors.append("id is not a UUID")
    if "version" in statement and not re.fullmatch(r"1\.0\.\d+", str(statement["version"])):
        errors.append("version is not 1.0.x")
    for name in ("timestamp", "stored"):
        if name in statement and not is_timestamp(statement[name]):
            errors.append(f"{name} is not an ISO 8601 moment with its offset")
    if "actor" in statement:
        errors += _agent(statement["actor"])
    verb = statement.get("verb")
    if verb is not None:
        if not isinstance(verb, dict) or not is_iri(verb.get("id")):
            errors.append("verb.id is not an IRI")
        elif "display" in verb:
            errors += _language_map(verb["display"], "verb.display")
    if "object" in statement:
        errors += _activity(statement["object"], "object")
    if isinstance(statement.get("result"), dict):
        errors += _result(statement["result"])
    if isinstance(statement.get("context"), dict):
        errors += _context(statement["context"])
    return errors
