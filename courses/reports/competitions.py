"""Competition figures of the reports (docs/reports.md, Competitions): calls, applications,
winners and grants (som) by oblast and by cluster.

A call counts when its deadline falls in the period; its submitted applications count. Winners
and grants count only once a call's results are published (before that the decisions are the
managers' working notes): a winner, or a conditional winner whose tasks are confirmed. The place
filters (oblast, district, municipality, cluster) keep the applications whose municipality, or
one of whose cluster's municipalities, matches; position, gender, course and topic do not apply
to competitions. A cluster whose members lie in two oblasts counts once in each. Three queries
whatever the number of calls and applications.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from courses.competitions.models import Application, ApplicationStatus, CallStatus, Outcome
from courses.reports.selectors.figures import Column, ReportFilters, Table, report_period_bounds
from lms.i18n import text_in_language
from lms.places.models import Cluster, Oblast

COMPETITION_TABLES = ("competition_oblasts", "competition_clusters", "competition_calls")
COMPETITION_TABLE_TITLES = {
    "competition_oblasts": gettext_lazy("Competitions by oblast"),
    "competition_clusters": gettext_lazy("Competitions by cluster"),
    "competition_calls": gettext_lazy("Competitions"),
}


@dataclass(frozen=True)
class Entry:
    """One submitted application with what the report needs of it."""

    call_id: int
    call_title: str
    cluster_id: int | None
    oblast_ids: frozenset
    won: bool
    conditional: bool
    grant: Decimal


@dataclass
class CompetitionData:
    calls: dict  # call id → title
    entries: list


@dataclass(frozen=True)
class CompetitionFigures:
    calls: int
    applications: int
    winners: int
    conditional: int
    granted: Decimal


def _won(application: Application) -> bool:
    if application.call.status != CallStatus.RESULTS:
        return False
    return application.outcome == Outcome.WINNER or (
        application.outcome == Outcome.CONDITIONAL
        and application.conditions_confirmed_at is not None
    )


def competition_data(*, filters: ReportFilters) -> CompetitionData:
    """The submitted applications of the calls closing in the period, place filters applied."""
    start, end = report_period_bounds(filters)
    applications = list(
        Application.objects.filter(
            status=ApplicationStatus.SUBMITTED,
            call__deadline_at__gte=start,
            call__deadline_at__lt=end,
        )
        .exclude(call__status=CallStatus.DRAFT)
        .select_related("call", "municipality__district")
        .order_by("call_id", "pk")
    )
    members: dict = {}
    cluster_ids = {a.cluster_id for a in applications if a.cluster_id}
    if cluster_ids:
        for (
            cluster_id,
            municipality_id,
            district_id,
            oblast_id,
        ) in Cluster.municipalities.through.objects.filter(cluster_id__in=cluster_ids).values_list(
            "cluster_id",
            "municipality_id",
            "municipality__district_id",
            "municipality__district__oblast_id",
        ):
            members.setdefault(cluster_id, []).append((municipality_id, district_id, oblast_id))
    calls = {}
    entries = []
    for application in applications:
        if application.municipality_id:
            district = application.municipality.district
            places = [(application.municipality_id, district.pk, district.oblast_id)]
        else:
            places = members.get(application.cluster_id, [])
        if not _matches(filters, application, places):
            continue
        title = text_in_language(application.call, "title")
        calls[application.call_id] = title
        won = _won(application)
        entries.append(
            Entry(
                call_id=application.call_id,
                call_title=title,
                cluster_id=application.cluster_id,
                oblast_ids=frozenset(place[2] for place in places),
                won=won,
                conditional=(
                    application.call.status == CallStatus.RESULTS
                    and application.outcome == Outcome.CONDITIONAL
                    and not won
                ),
                grant=(application.grant_amount or Decimal(0)) if won else Decimal(0),
            )
        )
    return CompetitionData(calls=calls, entries=entries)


def _matches(filters: ReportFilters, application: Application, places: list) -> bool:
    if filters.cluster:
        if application.cluster_id:
            if application.cluster_id != filters.cluster:
                return False
        elif not Cluster.municipalities.through.objects.filter(
            cluster_id=filters.cluster, municipality_id=application.municipality_id
        ).exists():
            return False
    if filters.municipality and not any(p[0] == filters.municipality for p in places):
        return False
    if filters.district and not any(p[1] == filters.district for p in places):
        return False
    return not (filters.oblast and not any(p[2] == filters.oblast for p in places))


def competition_figures(data: CompetitionData) -> CompetitionFigures:
    return CompetitionFigures(
        calls=len(data.calls),
        applications=len(data.entries),
        winners=sum(1 for e in data.entries if e.won),
        conditional=sum(1 for e in data.entries if e.conditional),
        granted=sum((e.grant for e in data.entries), Decimal(0)),
    )


def _columns(first: str) -> tuple:
    return (
        Column("label", first, "text"),
        Column("applications", _("Applications"), "count"),
        Column("winners", _("Winners"), "count"),
        Column("conditional", _("Conditional winners"), "count"),
        Column("granted", _("Grants (som)"), "count"),
    )


def _row(label: str, entries: list) -> tuple:
    return (
        label,
        len(entries),
        sum(1 for e in entries if e.won),
        sum(1 for e in entries if e.conditional),
        int(sum((e.grant for e in entries), Decimal(0))),
    )


def competition_table(*, data: CompetitionData, name: str) -> Table:
    """One of COMPETITION_TABLES; raises KeyError for another name."""
    title = str(COMPETITION_TABLE_TITLES[name])
    if name == "competition_oblasts":
        oblast_ids = set().union(*(e.oblast_ids for e in data.entries)) if data.entries else set()
        names = {o.pk: o.name for o in Oblast.objects.filter(pk__in=oblast_ids - {None})}
        rows = [
            _row(names[pk], [e for e in data.entries if pk in e.oblast_ids])
            for pk in sorted(names, key=lambda pk: names[pk].lower())
        ]
        return Table(key=name, title=title, columns=_columns(_("Oblast")), rows=tuple(rows))
    if name == "competition_clusters":
        ids = {e.cluster_id for e in data.entries if e.cluster_id}
        names = {c.pk: c.name for c in Cluster.objects.filter(pk__in=ids)}
        rows = [
            _row(names[pk], [e for e in data.entries if e.cluster_id == pk])
            for pk in sorted(names, key=lambda pk: names[pk].lower())
        ]
        return Table(key=name, title=title, columns=_columns(_("Cluster")), rows=tuple(rows))
    if name == "competition_calls":
        rows = [
            _row(call_title, [e for e in data.entries if e.call_id == call_id])
            for call_id, call_title in sorted(data.calls.items(), key=lambda kv: kv[1].lower())
        ]
        return Table(key=name, title=title, columns=_columns(_("Competition")), rows=tuple(rows))
    raise KeyError(name)
