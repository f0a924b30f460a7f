"""Reads of the jury, the manager's screens and the results (docs/competitions.md).

A juror sees a call's submitted applications only after declaring conflicts, and never one from
their own municipality, a cluster containing it, or anything declared. Nobody on the jury sees
another juror's scores until the manager closes scoring.
"""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.contrib.contenttypes.models import ContentType
from django.db.models import Prefetch, Q

from wagtail.models import ModelLogEntry

from courses.competitions.models import (
    Application,
    ApplicationStatus,
    Call,
    CallStatus,
    Conflict,
    Criterion,
    Outcome,
    Scoresheet,
)
from lms.places.models import Cluster, Municipality

# The Wagtail log action recording a juror's declaration of conflicts (or of none) for a call.
DECLARATION_ACTION = "competitions.jury_declare"
# Calls a juror may open: scoring, then read-only once closed or published.
JURY_STATUSES = (CallStatus.SCORING, CallStatus.SCORING_CLOSED, CallStatus.RESULTS)
HUNDRED = Decimal(100)
CENT = Decimal("0.01")


def manager_is(user) -> bool:
    """Managers (and superusers) run the jury, decide and publish."""
    from courses.competitions.selectors import is_competition_manager

    return is_competition_manager(user)


def scoring_closed(call: Call) -> bool:
    """After closing, sheets are read-only and jurors may read each other's scores."""
    return call.status in (CallStatus.SCORING_CLOSED, CallStatus.RESULTS)


def juror_calls(*, user):
    """The calls `user` sits on that have reached the jury (not drafts or open calls)."""
    if not user.is_authenticated:
        return Call.objects.none()
    return Call.objects.filter(jurors=user, status__in=JURY_STATUSES).order_by("-deadline_at")


def juror_call_get(*, user, slug: str) -> Call | None:
    return juror_calls(user=user).filter(slug=slug).first()


def declaration_made(*, call: Call, juror) -> bool:
    """Whether the juror has declared their conflicts (or none) for this call."""
    return ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Call),
        object_id=str(call.pk),
        action=DECLARATION_ACTION,
        user_id=juror.pk,
    ).exists()


@dataclass(frozen=True)
class Exclusions:
    """Municipalities and clusters a juror must not see."""

    municipality_ids: frozenset = field(default_factory=frozenset)
    cluster_ids: frozenset = field(default_factory=frozenset)


def juror_exclusions(*, call: Call, juror) -> Exclusions:
    """Own municipality, declared ones, declared clusters, every cluster containing an excluded
    municipality and every member of an excluded cluster (two or three queries)."""
    municipalities = set()
    clusters = set()
    if juror.municipality_id:
        municipalities.add(juror.municipality_id)
    for m_id, c_id in Conflict.objects.filter(call=call, juror=juror).values_list(
        "municipality_id", "cluster_id"
    ):
        if m_id:
            municipalities.add(m_id)
        if c_id:
            clusters.add(c_id)
    if municipalities:
        clusters |= set(
            Cluster.municipalities.through.objects.filter(
                municipality_id__in=municipalities
            ).values_list("cluster_id", flat=True)
        )
    if clusters:
        municipalities |= set(
            Cluster.municipalities.through.objects.filter(cluster_id__in=clusters).values_list(
                "municipality_id", flat=True
            )
        )
    return Exclusions(frozenset(municipalities), frozenset(clusters))


def juror_applications(*, call: Call, juror):
    """The submitted applications this juror may see, or none before the declaration."""
    if not call.jurors.filter(pk=juror.pk).exists() or call.status not in JURY_STATUSES:
        return Application.objects.none()
    if not declaration_made(call=call, juror=juror):
        return Application.objects.none()
    excluded = juror_exclusions(call=call, juror=juror)
    return (
        Application.objects.filter(call=call, status=ApplicationStatus.SUBMITTED)
        .exclude(municipality_id__in=excluded.municipality_ids)
        .exclude(cluster_id__in=excluded.cluster_ids)
        .select_related("municipality", "cluster", "call")
        .order_by("pk")
    )


def juror_application_get(*, user, pk: int) -> Application | None:
    """The application if this juror may see it now; None (404) otherwise."""
    if not user.is_authenticated:
        return None
    application = (
        Application.objects.filter(pk=pk, call__jurors=user).select_related("call").first()
    )
    if application is None:
        return None
    return juror_applications(call=application.call, juror=user).filter(pk=pk).first()


def juror_sheets(*, call: Call, juror) -> dict[int, Scoresheet]:
    """The juror's own sheets of the call by application id."""
    return {
        sheet.application_id: sheet
        for sheet in Scoresheet.objects.filter(application__call=call, juror=juror)
    }


def rubric(*, call: Call) -> list[Criterion]:
    """The criteria with their levels in order (two queries)."""
    return list(
        Criterion.objects.filter(call=call).order_by("sort_order", "pk").prefetch_related("levels")
    )


def sheet_with_scores(*, application: Application, juror) -> Scoresheet | None:
    return (
        Scoresheet.objects.filter(application=application, juror=juror)
        .prefetch_related("scores")
        .first()
    )


def other_sheets(*, application: Application, juror):
    """The other jurors' submitted sheets: only once scoring is closed (independence)."""
    if not scoring_closed(application.call):
        return Scoresheet.objects.none()
    return (
        Scoresheet.objects.filter(application=application, submitted_at__isnull=False)
        .exclude(juror=juror)
        .select_related("juror")
        .prefetch_related("scores__criterion", "scores__level")
        .order_by("pk")
    )


def sheet_total(*, criteria: list[Criterion], levels_by_criterion: dict[int, object]) -> Decimal:
    """Weighted average of each level's points as a share of its criterion's best level, 0–100.

    `levels_by_criterion` maps criterion id to the chosen level; criteria whose best level is
    worth nothing, or weigh nothing, do not count."""
    weighted = Decimal(0)
    weights = Decimal(0)
    for criterion in criteria:
        best = max((level.points for level in criterion.levels.all()), default=Decimal(0))
        if best <= 0 or criterion.weight <= 0:
            continue
        level = levels_by_criterion.get(criterion.pk)
        points = level.points if level is not None else Decimal(0)
        weighted += criterion.weight * (points / best)
        weights += criterion.weight
    if not weights:
        return Decimal(0)
    return (weighted / weights * HUNDRED).quantize(CENT, rounding=ROUND_HALF_UP)


# -- The manager's screens ---------------------------------------------------------------------


def managed_calls():
    """Every call but drafts, newest first, with their application counts."""
    from django.db.models import Count

    return (
        Call.objects.exclude(status=CallStatus.DRAFT)
        .annotate(
            submitted_count=Count(
                "applications", filter=Q(applications__status=ApplicationStatus.SUBMITTED)
            )
        )
        .order_by("-deadline_at", "-pk")
    )


def managed_call_get(*, slug: str) -> Call | None:
    return Call.objects.filter(slug=slug).exclude(status=CallStatus.DRAFT).first()


@dataclass
class RankedApplication:
    application: Application
    totals: list[Decimal]
    average: Decimal | None
    spread: Decimal | None
    flagged: bool
    sheets_submitted: int
    rank: int | None = None


@dataclass
class JurorProgress:
    juror: object
    submitted: int
    drafts: int
    declared: bool


@dataclass
class CallOverview:
    call: Call
    ranking: list[RankedApplication]
    jurors: list[JurorProgress]
    winners_allowed: int
    winners_decided: int


def call_overview(*, call: Call) -> CallOverview:
    """Progress per juror and per application, spread and ranking by average total (five
    queries whatever the number of applications and jurors)."""
    applications = list(
        Application.objects.filter(call=call, status=ApplicationStatus.SUBMITTED)
        .select_related("municipality", "cluster")
        .prefetch_related(
            Prefetch(
                "scoresheets",
                queryset=Scoresheet.objects.order_by("pk"),
                to_attr="all_sheets",
            )
        )
    )
    jurors = list(call.jurors.order_by("full_name", "pk"))
    declared = set(
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Call),
            object_id=str(call.pk),
            action=DECLARATION_ACTION,
        ).values_list("user_id", flat=True)
    )
    per_juror = {juror.pk: JurorProgress(juror, 0, 0, juror.pk in declared) for juror in jurors}
    ranking = []
    margin = Decimal(call.disagreement_margin)
    for application in applications:
        totals = []
        for sheet in application.all_sheets:
            progress = per_juror.get(sheet.juror_id)
            if sheet.submitted_at and sheet.total is not None:
                totals.append(sheet.total)
                if progress:
                    progress.submitted += 1
            elif progress:
                progress.drafts += 1
        average = (
            (sum(totals) / len(totals)).quantize(CENT, rounding=ROUND_HALF_UP) if totals else None
        )
        spread = (max(totals) - min(totals)) if len(totals) > 1 else None
        ranking.append(
            RankedApplication(
                application=application,
                totals=totals,
                average=average,
                spread=spread,
                flagged=spread is not None and spread > margin,
                sheets_submitted=len(totals),
            )
        )
    ranking.sort(key=lambda row: (row.average is None, -(row.average or 0), row.application.pk))
    for n, row in enumerate(ranking, start=1):
        row.rank = n if row.average is not None else None
    return CallOverview(
        call=call,
        ranking=ranking,
        jurors=list(per_juror.values()),
        winners_allowed=prizes_total_count(call=call),
        winners_decided=sum(1 for row in ranking if row.application.outcome in WINNING_OUTCOMES),
    )


WINNING_OUTCOMES = (Outcome.WINNER, Outcome.CONDITIONAL)


def prizes_total_count(*, call: Call) -> int:
    return sum(prize.count for prize in call.prizes.all())


def default_grant(*, call: Call) -> Decimal | None:
    """The largest prize's amount: the grant a winner gets unless the manager says otherwise."""
    amounts = [prize.amount for prize in call.prizes.all() if prize.amount]
    return max(amounts) if amounts else None


def manager_application_get(*, pk: int) -> Application | None:
    return (
        Application.objects.filter(pk=pk, status=ApplicationStatus.SUBMITTED)
        .exclude(call__status=CallStatus.DRAFT)
        .select_related("call", "municipality", "cluster")
        .first()
    )


# -- The applicant's side and the results ------------------------------------------------------


def applicant_staff_is(*, user, application: Application) -> bool:
    """Staff of the applying municipality, or of a member of the applying cluster."""
    if not user.is_authenticated or not user.municipality_id:
        return False
    if application.municipality_id:
        return application.municipality_id == user.municipality_id
    return Cluster.municipalities.through.objects.filter(
        cluster_id=application.cluster_id, municipality_id=user.municipality_id
    ).exists()


def published_call_get(*, slug: str) -> Call | None:
    """A call whose results are published; None (404) before."""
    return Call.objects.filter(
        slug=slug, status=CallStatus.RESULTS, results_published_at__isnull=False
    ).first()


@dataclass
class PublishedResults:
    call: Call
    winners: list[Application]
    conditional: list[Application]
    granted_total: Decimal
    applications_count: int


def call_results(*, call: Call) -> PublishedResults:
    """Winners (a conditional winner whose tasks are confirmed counts as one) and conditional
    winners, with the total granted (one query)."""
    rows = list(
        Application.objects.filter(call=call, status=ApplicationStatus.SUBMITTED).select_related(
            "municipality", "cluster"
        )
    )
    winners = [a for a in rows if counts_as_winner(a)]
    conditional = [a for a in rows if a.outcome == Outcome.CONDITIONAL and not counts_as_winner(a)]
    granted = sum((a.grant_amount or Decimal(0)) for a in winners)
    return PublishedResults(
        call=call,
        winners=winners,
        conditional=conditional,
        granted_total=granted,
        applications_count=len(rows),
    )


def counts_as_winner(application: Application) -> bool:
    return application.outcome == Outcome.WINNER or (
        application.outcome == Outcome.CONDITIONAL
        and application.conditions_confirmed_at is not None
    )


def applicant_municipality_ids(application: Application) -> list[int]:
    if application.municipality_id:
        return [application.municipality_id]
    return list(
        Municipality.objects.filter(clusters=application.cluster_id).values_list("pk", flat=True)
    )
