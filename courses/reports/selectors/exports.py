"""What the report exports contain: the report tables as spreadsheet rows (with the "<5" rule
for publication) and the learner records, one row per enrolment.

Publication rule (issue 8, part 5), applied to exports with "for publication" ticked:
- a "people" cell counting 1 to 4 becomes "<5"; 0 stays 0 (nobody is no one to identify);
- rates and averages ("percent", "score") of a row become "<5" when the row's base (its
  "enrolled" column, else its first people column) is under 5, or when any people cell of the row
  was suppressed: a rate next to a known total gives the hidden count back, and we do not know
  which of the row's counts a rate was computed from;
- "count" and "text" cells are never suppressed. Totals elsewhere may still allow subtracting a
  hidden cell (no secondary suppression): publish the tables as they are, not recombined.
Learner records name people: they are never exported for publication.
"""

import datetime
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from urllib.parse import urlencode

from django.db.models import OuterRef, Subquery
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from courses.certificates.models import Certificate, CertificateStatus, certificate_code_display
from courses.enrolment.models import EnrollmentStatus
from courses.reports.selectors import figures as reports
from courses.reports.selectors.export_names import (
    export_file_stem,
    export_filter_values,
    export_preface,
)
from courses.reports.selectors.figures import REPORT_TABLES, ReportFilters, report_table

LEARNER_RECORDS = "learners"
# Tables built in a Celery task when they are large; the aggregate ones are always small.
BACKGROUND_TABLES = (LEARNER_RECORDS,)
EXPORT_TABLES = (*REPORT_TABLES, LEARNER_RECORDS)
LEARNER_RECORDS_TITLE = gettext_lazy("Learner records")
PUBLICATION_MIN = 5
SUPPRESSED = "<5"
RATE_KINDS = ("percent", "score")


@dataclass(frozen=True)
class ExportSheet:
    """A file to write: its name (no extension), sheet title, number of data rows, rows (header
    first) and the preface that says what the file covers (export_names)."""

    name: str
    title: str
    total: int
    rows: Iterator
    preface: list


def _described(*, user, table_name: str, title: str, filters: ReportFilters, publication: bool):
    """(file name, preface) of an export of `table_name` with `filters`."""
    values = export_filter_values(user=user, filters=filters)
    name = export_file_stem(
        table_name=table_name, filters=filters, values=values, publication=publication
    )
    preface = export_preface(title=title, filters=filters, values=values, publication=publication)
    return name, preface


def _small(value) -> bool:
    return isinstance(value, int) and 0 < value < PUBLICATION_MIN


def publication_row(columns, values) -> list:
    """One table row with the "<5" rule applied (see the module docstring)."""
    people = [i for i, column in enumerate(columns) if column.kind == "people"]
    base = next((i for i in people if columns[i].key == "enrolled"), people[0] if people else None)
    hide_rates = any(_small(values[i]) for i in people) or (
        base is not None and isinstance(values[base], int) and values[base] < PUBLICATION_MIN
    )
    row = []
    for column, value in zip(columns, values, strict=True):
        small_count = column.kind == "people" and _small(value)
        revealing_rate = column.kind in RATE_KINDS and hide_rates and value is not None
        row.append(SUPPRESSED if small_count or revealing_rate else value)
    return row


def table_sheet(*, user, table, filters: ReportFilters, publication: bool) -> ExportSheet:
    """A report table as it is on the page (publication: with small counts hidden)."""
    header = [str(column.label) for column in table.columns]
    body = [publication_row(table.columns, row) if publication else row for row in table.rows]
    body = [["" if value is None else value for value in row] for row in body]
    name, preface = _described(
        user=user,
        table_name=table.key,
        title=str(table.title),
        filters=filters,
        publication=publication,
    )
    return ExportSheet(
        name=name,
        title=str(table.title),
        total=len(body),
        rows=iter([header, *body]),
        preface=preface,
    )


# ---- filters kept with a background job ----------------------------------------------------

# ReportFilters field -> the report form's GET parameter, where they differ.
PARAM_NAMES = {"course_keys": "course"}


def filters_to_json(filters: ReportFilters) -> dict:
    """The filters as JSON, to store with a job; empty ones left out, so equal filters compare
    equal (a double submit finds the running job)."""
    data = {}
    for key, value in asdict(filters).items():
        if value in (None, "", ()):
            continue
        if isinstance(value, datetime.date):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = sorted(str(item) for item in value)
        data[key] = value
    return data


def filters_from_json(data: dict) -> ReportFilters:
    """ReportFilters back from filters_to_json (the selectors intersect them with the scope)."""
    values = dict(data)
    for key in ("date_from", "date_to"):
        values[key] = datetime.date.fromisoformat(values[key])
    values["course_keys"] = tuple(uuid.UUID(key) for key in values.get("course_keys", ()))
    return ReportFilters(**values)


def filters_query(data: dict) -> list:
    """[(GET parameter, value)] of stored filters, for links back to the report pages."""
    pairs = []
    for key, value in data.items():
        for item in value if isinstance(value, list) else [value]:
            pairs.append((PARAM_NAMES.get(key, key), item))
    return pairs


def learner_records_access(data: dict, file_format: str, *, background: bool = False) -> dict:
    """The access log's course and detail for a learner-records file with the stored filters
    `data` (the course only when the file is about one)."""
    keys = data.get("course_keys") or []
    detail = f"{LEARNER_RECORDS}.{file_format}{' (background)' if background else ''}"
    return {
        "course_key": uuid.UUID(keys[0]) if len(keys) == 1 else None,
        "detail": f"{detail} {urlencode(filters_query(data))}"[:200],
    }


def reports_url(*, data: dict) -> str:
    """The reports dashboard with the stored filters."""
    return f"{reverse('reports:dashboard')}?{urlencode(filters_query(data))}"


# ---- learner records -----------------------------------------------------------------------


def learner_records(*, user, filters: ReportFilters):
    """The report's enrolments with learner, place, progress and certificate: one query."""
    code = Certificate.objects.filter(
        enrollment_id=OuterRef("pk"), status=CertificateStatus.VALID
    ).values("code")[:1]
    return (
        reports.report_enrolments(user=user, filters=filters)
        .select_related("user__municipality__district__oblast")
        .annotate(
            progress=reports.report_progress_expression(reports.required_lessons()),
            certificate_code=Subquery(code),
        )
        .order_by("user__full_name", "user__email", "course_key", "pk")
    )


def learner_record_header() -> list:
    return [
        _("Learner"),
        _("E-mail address"),
        _("Municipality"),
        _("District"),
        _("Oblast"),
        _("Course"),
        _("Status"),
        _("Progress, %"),
        _("Enrolled"),
        _("Completed"),
        _("Certificate code"),
    ]


def _date(value) -> str:
    return date_format(localtime(value), "Y-m-d") if value else ""


def _learner_rows(*, queryset, titles: dict, seen: set | None = None) -> Iterator:
    """Rows of learner_records; no gender and no position: those appear only in aggregates.
    The learners written go into `seen`, when given (the access log)."""
    statuses = dict(EnrollmentStatus.choices)
    yield learner_record_header()
    for enrollment in queryset.iterator(chunk_size=1000):
        learner = enrollment.user
        if seen is not None:
            seen.add(learner.pk)
        municipality = learner.municipality
        district = municipality.district if municipality else None
        yield [
            learner.full_name,
            learner.email,
            municipality.name if municipality else "",
            district.name if district else "",
            district.oblast.name if district else "",
            titles.get(enrollment.course_key, ""),
            str(statuses.get(enrollment.status, enrollment.status)),
            "" if enrollment.progress is None else round(enrollment.progress, 1),
            _date(enrollment.created_at),
            _date(enrollment.completed_at),
            certificate_code_display(enrollment.certificate_code)
            if enrollment.certificate_code
            else "",
        ]


def learner_records_count(*, user, filters: ReportFilters) -> int:
    return reports.report_enrolments(user=user, filters=filters).count()


def learner_sheet(*, user, filters: ReportFilters, seen: set | None = None) -> ExportSheet:
    """Learner records for `user`'s scope and `filters` (3 queries plus one per 1000 rows)."""
    titles = dict(reports.report_courses(user=user))
    name, preface = _described(
        user=user,
        table_name=LEARNER_RECORDS,
        title=str(LEARNER_RECORDS_TITLE),
        filters=filters,
        publication=False,
    )
    return ExportSheet(
        name=name,
        title=str(LEARNER_RECORDS_TITLE),
        total=learner_records_count(user=user, filters=filters),
        rows=_learner_rows(
            queryset=learner_records(user=user, filters=filters), titles=titles, seen=seen
        ),
        preface=preface,
    )


def export_sheet(
    *, user, table_name: str, filters: ReportFilters, publication: bool, seen: set | None = None
) -> ExportSheet:
    """The sheet of one export: a report table, or the learner records (whose learners go
    into `seen`, when given)."""
    if table_name == LEARNER_RECORDS:
        return learner_sheet(user=user, filters=filters, seen=seen)
    table = report_table(user=user, filters=filters, name=table_name)
    return table_sheet(user=user, table=table, filters=filters, publication=publication)


def export_file_name(*, user, table_name: str, filters: ReportFilters, publication: bool) -> str:
    """The download name of an export (without the extension), in the active language's
    course titles; the background download asks for it in the job's language."""
    values = export_filter_values(user=user, filters=filters)
    return export_file_stem(
        table_name=table_name, filters=filters, values=values, publication=publication
    )
