"""LTI actions: accept a launch (person, enrolment, launch record), build the deep-linking
answer, and post a score to the platform's gradebook. Each change is one transaction."""

from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pylti1p3.assignments_grades import AssignmentsGradesService
from pylti1p3.deep_link import DeepLink
from pylti1p3.deep_link_resource import DeepLinkResource
from pylti1p3.grade import Grade
from pylti1p3.lineitem import LineItem
from pylti1p3.service_connector import ServiceConnector

from courses.catalogue.models import CoursePage
from courses.catalogue.selectors import course_trainer_check
from courses.enrolment.services import enrollment_staff_create
from courses.lti import claims as c
from courses.lti.models import LtiLaunchContext, LtiPlatform
from courses.lti.selectors import launch_score, launch_target
from courses.lti.tool_config import registration_of
from lms.accounts.models import User
from lms.accounts.roles import LEARNER, MANAGER
from lms.outbox.services import outbox_send

NO_EMAIL = _(
    "The platform did not send your e-mail address, which this site needs to find your "
    "account. Ask the platform's administrator to share it with this tool."
)
NO_CONTENT = _("The link does not name a course or lesson published on this site.")
ACCOUNT_REFUSED = _(
    "This account cannot be opened from another platform. Sign in on this site directly."
)


class LaunchRefused(Exception):
    """A valid launch we still cannot accept; the message is shown to the person."""


@dataclass
class LaunchResult:
    user: User
    course: CoursePage
    page: object  # the course or lesson page to open, in the launch's language
    trainer: bool  # opened as a trainer of the course (not enrolled)


def _person(claims: dict, language: str) -> User:
    """The account with the launch's e-mail address, or a new Learner from the claims.

    Superusers and Managers are never signed in by another platform: a platform's word on an
    e-mail address is trusted for learners and trainers only (docs/lti.md)."""
    email = User.objects.normalize_email(str(claims.get("email") or "").strip()).lower()
    if not email:
        raise LaunchRefused(NO_EMAIL)
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        user = User(
            email=email,
            full_name=c.full_name(claims) or email.split("@")[0],
            preferred_language=language,
            # The platform vouches for the address it sends: the person signs in through it.
            email_confirmed_at=timezone.now(),
        )
        user.set_unusable_password()
        user.save()
        user.groups.add(Group.objects.get(name=LEARNER))
        return user
    if not user.is_active or user.is_superuser or user.groups.filter(name=MANAGER).exists():
        raise LaunchRefused(ACCOUNT_REFUSED)
    return user


@transaction.atomic
def launch_accept(*, platform: LtiPlatform, claims: dict, language: str) -> LaunchResult:
    """Match or create the person, enrol them (unless they open it as its trainer) and record
    the launch with its gradebook line item; the views then sign them in."""
    course_key, lesson_key = c.content_keys(claims)
    course, page = launch_target(course_key=course_key, lesson_key=lesson_key, language=language)
    if course is None:
        raise LaunchRefused(NO_CONTENT)
    user = _person(claims, language)
    # Instructor on the platform counts here only for the course's own trainers.
    trainer = c.is_instructor(claims) and course_trainer_check(user=user, page=course)
    if not trainer:
        # The platform's registration is the managers' decision to admit its learners: any
        # enrolment method, like a trainer enrolling someone (docs/lti.md).
        enrollment_staff_create(user=user, course=course, by=None)
    ags = claims.get(c.AGS_ENDPOINT) or {}
    lesson = page if page is not course else None
    context, _created = LtiLaunchContext.objects.update_or_create(
        platform=platform,
        resource_link_id=str((claims.get(c.RESOURCE_LINK) or {}).get("id", ""))[:255],
        sub=str(claims.get("sub", ""))[:255],
        defaults={
            "user": user,
            "deployment_id": str(claims.get(c.DEPLOYMENT_ID, ""))[:255],
            "course_key": course.translation_key,
            "lesson_key": lesson.translation_key if lesson else None,
            "lineitem_url": str(ags.get("lineitem") or "")[:1000],
            "scopes": list(ags.get("scope") or []),
            "launched_at": timezone.now(),
        },
    )
    if context.lineitem_url and not trainer:
        score_queue(context_ids=[context.pk])
    return LaunchResult(user=user, course=course, page=page, trainer=trainer)


def score_queue(*, context_ids) -> None:
    """Send the current score of each launch through the outbox (after the caller commits)."""
    from courses.lti.tasks import lti_score_send

    for pk in context_ids:
        outbox_send(lti_score_send, pk)


def deep_link_jwt(*, platform: LtiPlatform, claims: dict, item: dict, launch_url: str) -> str:
    """The signed LtiDeepLinkingResponse naming one ltiResourceLink: our launch URL with the
    course or lesson key as custom parameters (and in the URL, for platforms that drop them)."""
    kind, key, title = item["kind"], item["key"], item["title"]
    resource = (
        DeepLinkResource()
        .set_url(f"{launch_url}?{kind}={key}")
        .set_custom_params({kind: str(key)})
        .set_title(title)
    )
    # A gradebook column per link; our scores are a fraction the platform scales to it.
    resource.set_lineitem(LineItem().set_score_maximum(100).set_label(title))
    deep_link = DeepLink(
        registration_of(platform),
        str(claims.get(c.DEPLOYMENT_ID, "")),
        claims.get(c.DEEP_LINKING_SETTINGS) or {},
    )
    return deep_link.get_response_jwt([resource])


def score_send(*, context_id: int) -> bool:
    """Post the launch's current score to its line item; True when posted.

    Idempotent: the same score (timestamp aside) as last posted is not posted again, and a
    failure raises so that the task retries."""
    context = (
        LtiLaunchContext.objects.select_related("platform", "user").filter(pk=context_id).first()
    )
    if context is None or not context.lineitem_url or not context.platform.active:
        return False
    if c.SCORE_SCOPE not in (context.scopes or []):
        return False
    score = launch_score(context=context)
    if score is None or score == context.score_sent:
        return False
    grade = (
        Grade()
        .set_score_given(score["scoreGiven"])
        .set_score_maximum(score["scoreMaximum"])
        .set_activity_progress(score["activityProgress"])
        .set_grading_progress(score["gradingProgress"])
        .set_user_id(score["userId"])
        .set_timestamp(timezone.now().isoformat(timespec="milliseconds"))
    )
    connector = ServiceConnector(registration_of(context.platform))
    service = AssignmentsGradesService(
        connector, {"scope": context.scopes, "lineitem": context.lineitem_url}
    )
    service.put_grade(grade)
    LtiLaunchContext.objects.filter(pk=context.pk).update(
        score_sent=score, score_sent_at=timezone.now()
    )
    return True
