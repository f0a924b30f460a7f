"""Every route of ours, found in the URL resolver, with real arguments from the demo.

The guards (permissions both ways, hostile query strings, the phone-width browser walk) take
their routes from here, so a new view is covered the day it is added: a route whose arguments
this module cannot fill fails the guards with a message saying what to add below.
"""

from dataclasses import dataclass, field

from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import translation

# Our code: a route whose view lives in one of these packages is walked.
OUR_PACKAGES = ("lms.", "courses.", "cms.")
# Wagtail's serving of pages is walked through live pages (below), its admin by the admin guard
# (tests/lms/accounts/test_admin_escalation.py); these are ours but answer no GET of their own.
SKIPPED = {
    "wagtail_serve",  # every live page of each type is walked instead (`page_routes`)
    # LTI login initiation answers only a registered platform's parameters (400 otherwise);
    # tests/courses/lti walks it with real and hostile ones.
    "lti:login",
}


@dataclass(frozen=True)
class Route:
    name: str  # namespaced URL name, or "page:<type>" for a live Wagtail page
    url: str
    module: str
    # Who may open it: "public"; "signed_out" (sign-in: others are sent on to their work);
    # "signed_in" (any account); "own" (the learner whose object it
    # is: refused to other learners too); "enrolled" (learners of the course); "staff"
    # (trainers, reviewers and managers, each within their scope). Routes not listed in
    # AUDIENCES are "staff": a new screen is refused to the public and to learners until
    # someone says otherwise.
    audience: str = "staff"
    kwargs: dict = field(default_factory=dict)


# The screens meant for more than staff. Everything else must refuse anonymous visitors and
# learners; the permission guard checks both sides.
AUDIENCES = {
    "healthz": "public",
    "language_switch": "public",
    "sitemap": "public",
    "search": "public",
    "accounts:register": "public",
    "accounts:register_done": "public",
    "accounts:confirm_email": "public",
    "accounts:confirmation_resend": "public",
    "accounts:login": "signed_out",
    "accounts:logout": "public",
    "accounts:password_reset": "public",
    "accounts:password_reset_done": "public",
    "accounts:password_reset_confirm": "public",
    "accounts:password_reset_complete": "public",
    "certificates:verify_form": "public",
    "certificates:verify": "public",
    "certificates:badge_issuer": "public",
    "certificates:badge_assertion": "public",
    "certificates:badge_image": "public",
    "certificates:badge_class": "public",
    "certificates:badge_class_image": "public",
    "accounts:profile": "signed_in",
    "accounts:password_change": "signed_in",
    "accounts:password_change_done": "signed_in",
    "progress:my": "signed_in",
    # Site policies (lms.policies): read by anyone; the accept page is the signed-in person's.
    "policies:policy": "public",
    "policies:version": "public",
    "policies:accept": "signed_in",
    # Who saw my data (lms.access_log): every signed-in person's own entries. The managers'
    # log is "staff" (the default, as the reports are); the guards refuse learners and the
    # public, tests/lms/access_log/test_views.py refuses trainers and reviewers too.
    "access_log:mine": "signed_in",
    "access_log:list": "staff",
    # The completion moment: its learner's page; anyone else is sent to the course page.
    "progress:course_complete": "signed_in",
    "enrolment:enrol": "signed_in",
    "enrolment:withdraw": "signed_in",
    "quizzes:overview": "enrolled",
    "quizzes:start": "enrolled",
    "progress:lesson_complete": "enrolled",
    "quizzes:attempt": "own",
    "quizzes:result": "own",
    "certificates:download": "own",
    # Assignments, the learner's side: the stable link leads to the lesson page (which decides
    # who reads it); enrolled learners hand in work; each opens only their own files.
    "assignments:go": "public",
    "assignments:save": "enrolled",
    "assignments:submit": "enrolled",
    "assignments:submission_file": "own",
    "assignments:feedback_file": "own",
    # Course discussions (courses.discussions): the course's readers (enrolled learners and its
    # staff); an author edits only their own post; moderation and reports are staff's.
    "discussions:boards": "enrolled",
    "discussions:board": "enrolled",
    "discussions:topic_create": "enrolled",
    "discussions:search": "enrolled",
    "discussions:lesson": "enrolled",
    "discussions:topic": "enrolled",
    "discussions:reply": "enrolled",
    "discussions:post_report": "enrolled",
    "discussions:post_edit": "own",
    # Data rights (lms.privacy): every signed-in person asks; the ZIP is its owner's only;
    # the deletion requests' list and decisions are the managers' (staff, by default).
    "privacy:export_request": "signed_in",
    "privacy:deletion_request": "signed_in",
    "privacy:export_download": "own",
    # The REST API (lms.api): the token page is each person's, a token revoked only by its owner;
    # the docs page is public. The API's operations (namespace api_v1) are django-ninja's views,
    # so they are not walked here: tests/lms/api and tests/courses/api try each operation for
    # every role and run hostile values over every parameter read from the schema.
    "api:tokens": "signed_in",
    "api:token_revoke": "own",
    "api_v1:docs": "public",
    # Notifications (lms.notifications): each person's own list, preferences and notifications
    # (someone else's is not found); unsubscribing from an e-mail needs no sign-in, only the
    # signed token in the link.
    "notifications:list": "signed_in",
    "notifications:read_all": "signed_in",
    "notifications:preferences": "signed_in",
    "notifications:open": "own",
    "notifications:unsubscribe": "public",
    # Calendar (courses.calendar): each person's own dates; the feed's secret address is the key
    # (no sign-in: calendar applications fetch it), unknown or turned-off secrets get a 404.
    "calendar:month": "signed_in",
    "calendar:list": "signed_in",
    "calendar:feed_create": "signed_in",
    "calendar:feed_off": "signed_in",
    "calendar:feed": "public",
    # LTI 1.3 (courses.lti): the platforms' endpoints. The keys are public; launch and the
    # deep-linking answer are POST-only and refuse anything but a verified id_token (400/403).
    "lti:jwks": "public",
    "lti:launch": "public",
    "lti:deep_link": "public",
    # Dynamic registration: the signed link a manager gives the platform (a page explaining it
    # when a person opens it); the link's signature is the right, not a sign-in.
    "lti:register": "public",
    # Following portal themes (cms.portal): anyone signed in, for themselves (POST to follow).
    "portal:themes": "signed_in",
    "portal:theme_follow": "signed_in",
    # Competitions, the jury's side (courses.competitions): the public results page; every
    # signed-in person's list of calls they judge. The rest is "staff": jurors (the demo
    # administrator sits on the demo jury), managers, and each applicant's own staff for the
    # grant certificate and the tasks' report (tests/courses/competitions try those roles).
    "competitions:results": "public",
    "competitions:jury": "signed_in",
    # Calls and applying: the list and a call's page are public; starting an application is
    # for anyone signed in (the ineligible are sent back to the call's page, which says why);
    # an application, its files, answering the jury and withdrawing are its applicant's staff's
    # (the demo learner's municipality), refused to everyone else (managers read them).
    "competitions:list": "public",
    "competitions:call": "public",
    "competitions:apply": "signed_in",
    "competitions:mine": "signed_in",
    "competitions:application": "own",
    "competitions:answer_file": "own",
    "competitions:question_answer": "own",
    "competitions:withdraw": "own",
    # Seminars (courses.seminars): the listing, a seminar's page and a session's .ics are
    # public; registering and cancelling (POST) are any signed-in person's, for themselves.
    # "teach" and "manage" are staff (trainers of the seminar and managers).
    "seminars:list": "public",
    "seminars:detail": "public",
    "seminars:session_ics": "public",
    "seminars:register": "signed_in",
    "seminars:cancel": "signed_in",
}


# The query a route needs to show anything at all (its hostile variants are tried separately).
QUERIES = {
    "reports:export": "?table=places&format=csv",
    "reports:competitions_export": "?table=competition_calls&format=csv",
    "reports:seminars_export": "?table=seminar_genders&format=csv",
}


def _walk(patterns, prefix="", namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            name = f"{namespace}:{pattern.name}" if namespace else pattern.name
            yield name, prefix + str(pattern.pattern), pattern


def our_route_names() -> dict[str, tuple[str, list[str]]]:
    """URL name -> (the view's module, its argument names), for every route of ours."""
    found = {}
    for name, _path, pattern in _walk(get_resolver().url_patterns):
        module = getattr(pattern.callback, "__module__", "") or ""
        if not module.startswith(OUR_PACKAGES) or name in SKIPPED:
            continue
        found.setdefault(name, (module, list(pattern.pattern.converters)))
    return found


class MissingArgument(LookupError):
    pass


def routes(values: dict, language: str = "en") -> list[Route]:
    """Our routes with their arguments taken from `values` (argument name, or "name.argument"
    for a route-specific value), in `language`, plus one live page of each type."""
    result = []
    with translation.override(language):
        for name, (module, arguments) in sorted(our_route_names().items()):
            kwargs = {}
            for argument in arguments:
                key = f"{name}.{argument}"
                if key in values:
                    kwargs[argument] = values[key]
                elif argument in values:
                    kwargs[argument] = values[argument]
                else:
                    raise MissingArgument(
                        f"The route {name!r} takes {argument!r}: give the guards a real value "
                        f"in tests/guards/conftest.py (values[{argument!r}] or values[{key!r}])."
                    )
            url = reverse(name, kwargs=kwargs) + QUERIES.get(name, "")
            result.append(Route(name, url, module, AUDIENCES.get(name, "staff"), kwargs))
    return result


def page_routes(pages: dict) -> list[Route]:
    """One live page of each type: {type name: (page, audience)}."""
    return [
        Route(f"page:{kind}", page.url, type(page).__module__, audience)
        for kind, (page, audience) in sorted(pages.items())
    ]
