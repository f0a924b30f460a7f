"""What each learning event means in xAPI: verbs, activity types and activity ids (docs/xapi.md).

Verbs are ADL's (http://adlnet.gov/expapi/verbs/...) where ADL has one, else from vocabularies
registered in the xAPI registry. Activity ids are built from SITE_URL and the object's
translation key, so a lesson is one activity in every language.
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

ADL = "http://adlnet.gov/expapi/verbs/"
TINCAN = "http://id.tincanapi.com/verb/"

# (event verb, object type) → (verb IRI, display); (verb, None) applies to any object type.
VERBS = {
    ("enrolled", None): (ADL + "registered", _("registered")),
    ("withdrew", None): (TINCAN + "unregistered", _("unregistered")),
    ("viewed", None): (ADL + "experienced", _("experienced")),
    ("completed", None): (ADL + "completed", _("completed")),
    # Handing in an assignment is recorded as an attempt at it; in xAPI it is a submission.
    ("attempted", "assignment"): ("http://activitystrea.ms/schema/1.0/submit", _("submitted")),
    ("attempted", None): (ADL + "attempted", _("attempted")),
    ("passed", None): (ADL + "passed", _("passed")),
    ("failed", None): (ADL + "failed", _("failed")),
    ("earned", None): (TINCAN + "earned", _("earned")),
}

ACTIVITY_TYPES = {
    "course": "http://adlnet.gov/expapi/activities/course",
    "lesson": "http://adlnet.gov/expapi/activities/lesson",
    "quiz": "http://adlnet.gov/expapi/activities/assessment",
    "assignment": "http://id.tincanapi.com/activitytype/school-assignment",
    "certificate": "http://id.tincanapi.com/activitytype/certificate",
}

# Context values of an event that go into context.extensions (never "by": a staff member).
EXTENSION_KEYS = ("attempt", "late", "source", "code")


def site_iri(path: str) -> str:
    return f"{settings.SITE_URL}/xapi/{path}"


def verb_for(verb: str, object_type: str) -> tuple[str, object]:
    """The verb's IRI and display; a later kind of event without a mapping gets an IRI of ours."""
    found = VERBS.get((verb, object_type)) or VERBS.get((verb, None))
    return found or (site_iri(f"verbs/{verb}"), verb)


def activity_id(object_type: str, key) -> str:
    """SITE_URL/xapi/activities/<type>/<translation key>: the same in every language."""
    return site_iri(f"activities/{object_type}/{key}")


def activity_type(object_type: str) -> str:
    return ACTIVITY_TYPES.get(object_type) or site_iri(f"activity-types/{object_type}")


def extension_iri(name: str) -> str:
    return site_iri(f"extensions/{name}")
