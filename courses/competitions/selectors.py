"""Reads for calls and applying: who may apply, the public calls, a person's applications.

The jury's reads live in selectors_jury.py.
"""

from dataclasses import dataclass

from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone

from courses.competitions.models import (
    Answer,
    ApplicantKind,
    Application,
    ApplicationStatus,
    Call,
    CallField,
    CallStatus,
    Criterion,
    JuryQuestion,
)
from lms.accounts.access_cache import user_group_names
from lms.accounts.roles import MANAGER
from lms.places.models import Cluster, Municipality

# Calls the public sees: everything but drafts.
PUBLIC_STATUSES = (
    CallStatus.OPEN,
    CallStatus.SCORING,
    CallStatus.SCORING_CLOSED,
    CallStatus.RESULTS,
)


def is_competition_manager(user) -> bool:
    """Managers (and administrators) run competitions: calls, decisions, results."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or MANAGER in user_group_names(user)


def call_public(slug: str) -> Call | None:
    """The call at `slug` if the public may see it (not a draft), else None."""
    return Call.objects.filter(slug=slug, status__in=PUBLIC_STATUSES).first()


def call_is_accepting(call: Call, *, now=None) -> bool:
    """Whether applications may be submitted now: open, after opening, before the deadline."""
    now = now or timezone.now()
    return call.status == CallStatus.OPEN and call.opens_at <= now < call.deadline_at


def _place_filter(call: Call, municipality_prefix: str) -> Q | None:
    """Q on municipalities (under `municipality_prefix`) in the call's oblasts or districts;
    None when the call names no place (open to the whole country)."""
    oblast_ids = [o.pk for o in call.eligible_oblasts.all()]
    district_ids = [d.pk for d in call.eligible_districts.all()]
    if not oblast_ids and not district_ids:
        return None
    condition = Q()
    if oblast_ids:
        condition |= Q(**{f"{municipality_prefix}district__oblast_id__in": oblast_ids})
    if district_ids:
        condition |= Q(**{f"{municipality_prefix}district_id__in": district_ids})
    return condition


def municipality_eligible(call: Call, municipality: Municipality) -> bool:
    """Whether `municipality` lies in the call's eligible oblasts or districts (any, if none)."""
    oblast_ids = {o.pk for o in call.eligible_oblasts.all()}
    district_ids = {d.pk for d in call.eligible_districts.all()}
    if not oblast_ids and not district_ids:
        return True
    district = municipality.district
    return district.pk in district_ids or district.oblast_id in oblast_ids


def eligible_applicants(user, call: Call) -> list[Municipality | Cluster]:
    """What `user` may apply for in `call`: their municipality, or the clusters containing it,
    limited to the call's eligible oblasts/districts. Empty for visitors and people without a
    municipality.

    A cluster is eligible when at least one of its municipalities lies in the eligible places
    (a cluster may cross a district border).
    """
    if not user.is_authenticated or not user.municipality_id:
        return []
    if call.applicant_kind == ApplicantKind.MUNICIPALITY:
        municipality = Municipality.objects.select_related("district").get(pk=user.municipality_id)
        return [municipality] if municipality_eligible(call, municipality) else []
    clusters = Cluster.objects.filter(municipalities=user.municipality_id)
    condition = _place_filter(call, "municipalities__")
    if condition is not None:
        clusters = clusters.filter(pk__in=Cluster.objects.filter(condition).values("pk"))
    return list(clusters.order_by("name_ky", "pk"))


def application_for(call: Call, applicant) -> Application | None:
    """The existing application of `applicant` (a municipality or a cluster) to `call`."""
    if isinstance(applicant, Cluster):
        return Application.objects.filter(call=call, cluster=applicant).first()
    return Application.objects.filter(call=call, municipality=applicant).first()


def applicant_staff_filter(user) -> Q:
    """Applications whose staff `user` is: of their municipality, or of a cluster containing it."""
    if not user.is_authenticated or not user.municipality_id:
        return Q(pk__in=[])
    return Q(municipality_id=user.municipality_id) | Q(cluster__municipalities=user.municipality_id)


def is_applicant_staff(user, application: Application) -> bool:
    """Whether `user` works for the applicant: its municipality, or one of the cluster's."""
    if not user.is_authenticated or not user.is_active or not user.municipality_id:
        return False
    if application.municipality_id:
        return application.municipality_id == user.municipality_id
    return application.cluster.municipalities.filter(pk=user.municipality_id).exists()


def my_applications(user) -> QuerySet[Application]:
    """Applications of the user's municipality and of the clusters containing it (2 queries
    with the call and applicant)."""
    return (
        Application.objects.filter(applicant_staff_filter(user))
        .distinct()
        .select_related("call", "municipality", "cluster")
        .order_by("-call__opens_at", "-pk")
    )


def application_detail(application_id: int) -> Application | None:
    """One application with what its page shows."""
    return (
        Application.objects.select_related(
            "call", "municipality__district__oblast", "cluster", "submitted_by"
        )
        .filter(pk=application_id)
        .first()
    )


def call_form_fields(call: Call) -> list[CallField]:
    return list(call.fields.order_by("sort_order", "pk"))


def answers_by_field(application: Application) -> dict[int, Answer]:
    return {a.field_id: a for a in application.answers.all()}


def jury_questions(application: Application) -> list[JuryQuestion]:
    return list(application.jury_questions.order_by("asked_at", "pk"))


@dataclass(frozen=True)
class PublicCalls:
    open: list[Call]
    upcoming: list[Call]
    closed: list[Call]


def public_calls(*, now=None) -> PublicCalls:
    """The public list: open now, opening later, closed (deadline passed or past open)."""
    now = now or timezone.now()
    calls = list(Call.objects.filter(status__in=PUBLIC_STATUSES).order_by("-opens_at", "-pk"))
    open_, upcoming, closed = [], [], []
    for call in calls:
        if call.status == CallStatus.OPEN and call.opens_at > now:
            upcoming.append(call)
        elif call_is_accepting(call, now=now):
            open_.append(call)
        else:
            closed.append(call)
    upcoming.sort(key=lambda c: c.opens_at)
    open_.sort(key=lambda c: c.deadline_at)
    return PublicCalls(open=open_, upcoming=upcoming, closed=closed)


def call_page_data(call: Call) -> Call:
    """The call with its prizes, form fields, criteria and places prefetched."""
    return (
        Call.objects.filter(pk=call.pk)
        .prefetch_related(
            "prizes",
            Prefetch("fields", queryset=CallField.objects.order_by("sort_order", "pk")),
            Prefetch(
                "criteria",
                queryset=Criterion.objects.order_by("sort_order", "pk"),
            ),
            "eligible_oblasts",
            "eligible_districts",
        )
        .get()
    )


def submitted_count(call: Call) -> int:
    return call.applications.filter(status=ApplicationStatus.SUBMITTED).count()


def juror_may_see(user, application: Application) -> bool:
    """The jury's own rule (selectors_jury): a juror of the call, declared, without a conflict
    (declared, or their own municipality in the applicant), and only submitted applications."""
    from courses.competitions.selectors_jury import juror_application_get

    if not user.is_authenticated:
        return False
    return juror_application_get(user=user, pk=application.pk) is not None


def application_viewer(user, application: Application) -> str:
    """How `user` may see `application`: "staff" (may edit while a draft), "manager",
    "juror" (files only, submitted applications), or "" (not at all)."""
    if not user.is_authenticated or not user.is_active:
        return ""
    if is_applicant_staff(user, application):
        return "staff"
    if is_competition_manager(user):
        return "manager"
    if juror_may_see(user, application):
        return "juror"
    return ""


def call_any(slug: str) -> Call | None:
    """The call at `slug` whatever its status (a manager's preview of a draft)."""
    return Call.objects.filter(slug=slug).first()
