"""Report aggregates on the REST API (/api/v1/reports/): the report pages' figures as JSON.

The filters go through the report page's own form (ReportFilterForm: the same defaults, ranges,
drill-down checks and course scope), the figures come from the same selectors (report_headline,
report_table) and `publication=true` applies the exports' "<5" rule (publication_row). Who may
call is what the pages check (report_user_allowed); trainers see only their courses, as there.
Mounted through lms.api's API_ROUTERS hook (courses/reports/wagtail_hooks.py), since lms may not
import reports.
"""

import datetime
import uuid
from typing import Literal

from django.core.exceptions import PermissionDenied
from django.http import QueryDict
from django.utils import translation

from ninja import Field, Path, Query, Router, Schema

from courses.reports.forms import ReportFilterForm
from courses.reports.selectors.exports import publication_row
from courses.reports.selectors.figures import (
    REPORT_TABLES,
    Column,
    ReportFilters,
    report_headline,
    report_table,
    report_user_allowed,
)
from lms.accounts.models import Gender, Position
from lms.api.errors import ApiProblem
from lms.api.pagination import MAX_ID
from lms.api.schemas import LANG_DESCRIPTION

router = Router(tags=["reports"])

NOT_ALLOWED = "Only managers and the trainers of a course may read reports."
TableName = Literal[REPORT_TABLES]  # type: ignore[valid-type]
Cell = int | float | str | None
Count = int | Literal["<5"]
Rate = float | Literal["<5"] | None
TABLE_NAME = Path(..., description="The table: " + ", ".join(REPORT_TABLES) + ".")

# The headline's figures as table columns, so the "<5" rule is the exports' own function:
# people counts hide 1 to 4, rates hide when the enrolled base is small.
HEADLINE_COLUMNS = (
    Column("registered", "", "people"),
    Column("enrolled", "", "people"),
    Column("active", "", "people"),
    Column("completed", "", "people"),
    Column("certificates", "", "people"),  # each certificate is one person's
    Column("completion_rate", "", "percent"),
    Column("average_progress", "", "percent"),
    Column("average_score", "", "score"),
)


class ReportQuery(Schema):
    """The report page's filters (its GET parameters), plus the language and publication."""

    date_from: datetime.date | None = Field(
        None, description="First day counted (Asia/Bishkek); default: a year before `date_to`."
    )
    date_to: datetime.date | None = Field(
        None, description="Last day counted (Asia/Bishkek); default: today. At most ten years."
    )
    course: list[uuid.UUID] = Field(
        [],
        max_length=100,
        description="Course keys (repeatable); default: every course you may report on. "
        "A course outside your scope is a 422.",
    )
    topic: int | None = Field(None, ge=1, le=MAX_ID, description="A topic's id.")
    oblast: int | None = Field(None, ge=1, le=MAX_ID, description="An oblast's id.")
    district: int | None = Field(
        None, ge=1, le=MAX_ID, description="A district's id (in `oblast`, when both are given)."
    )
    municipality: int | None = Field(
        None,
        ge=1,
        le=MAX_ID,
        description="A municipality's id (in `district`, when both are given).",
    )
    cluster: int | None = Field(None, ge=1, le=MAX_ID, description="A cluster's id.")
    position: Position | None = Field(None, description="Learners in this position only.")
    gender: Gender | None = Field(None, description="Learners of this gender only.")
    publication: bool = Field(
        False,
        description='For publication: counts of 1 to 4 people become "<5", and rates of a row '
        "whose base is under 5 (or whose counts were hidden) too, as in the exports.",
    )
    lang: Literal["ky", "ru", "en"] = Field("ky", description=LANG_DESCRIPTION)


class PeriodOut(Schema):
    date_from: datetime.date = Field(..., description="First day counted (Asia/Bishkek).")
    date_to: datetime.date = Field(..., description="Last day counted (Asia/Bishkek).")
    publication: bool = Field(..., description='Whether the "<5" rule was applied.')


class HeadlineFigures(Schema):
    registered: Count = Field(..., description="Learner accounts created in the period.")
    enrolled: Count = Field(..., description="People who enrolled in a course in the period.")
    active: Count = Field(
        ..., description="Learners with learning activity in the 30 days up to `date_to`."
    )
    completed: Count = Field(..., description="Course completions in the period.")
    certificates: Count = Field(..., description="Valid certificates issued in the period.")
    completion_rate: Rate = Field(
        ...,
        description="Percent of the period's enrolments completed by its end; null when "
        "nobody enrolled.",
    )
    average_progress: Rate = Field(
        ..., description="Mean progress (percent) of the period's enrolments; null without any."
    )
    average_score: Rate = Field(
        ..., description="Mean of each learner's best quiz score in the period (percent)."
    )


class HeadlineOut(PeriodOut):
    figures: HeadlineFigures = Field(..., description="The dashboard's headline figures.")


class ColumnOut(Schema):
    key: str = Field(..., description="The column's key, stable across languages.")
    label: str = Field(..., description="The column's heading in the requested language.")
    kind: str = Field(
        ...,
        description="text (a label), people (a number of people), percent (0-100), score "
        "(a mean quiz score 0-100) or count (a number of things).",
    )


class DrillOut(Schema):
    param: str = Field(..., description="The filter parameter that narrows the report to this row.")
    value: str = Field(..., description="Its value for this row.")


class RowOut(Schema):
    cells: list[Cell] = Field(
        ..., description='The row\'s values in column order; null for no value, "<5" suppressed.'
    )
    drill: DrillOut | None = Field(
        None, description="The filter to add to see this row in detail; null where there is none."
    )


class TableOut(PeriodOut):
    key: str = Field(..., description="The table's name.")
    title: str = Field(..., description="The table's title in the requested language.")
    columns: list[ColumnOut] = Field(..., description="The columns, first the row's label.")
    rows: list[RowOut] = Field(..., description="The rows, in the report page's order.")


def _filters(request, query: ReportQuery) -> ReportFilters:
    """The page's form bound to the same parameters: its errors are a 422."""
    if not report_user_allowed(request.user):
        raise PermissionDenied(NOT_ALLOWED)
    data = QueryDict(mutable=True)
    for name, value in query.dict(exclude={"publication", "lang", "course"}).items():
        if value is not None:
            data[name] = value.isoformat() if isinstance(value, datetime.date) else str(value)
    data.setlist("course", [str(key) for key in query.course])
    form = ReportFilterForm(data, user=request.user)
    if not form.is_valid():
        errors = [
            {"loc": ["query", field], "msg": str(message), "type": "invalid"}
            for field, messages in form.errors.items()
            for message in messages
        ]
        raise ApiProblem(422, "Some filters are not valid.", errors=errors)
    return form.filters()


def _period(filters: ReportFilters, publication: bool) -> dict:
    return {
        "date_from": filters.date_from,
        "date_to": filters.date_to,
        "publication": publication,
    }


@router.get(
    "/headline/",
    response=HeadlineOut,
    summary="Headline figures",
    description="The report dashboard's figures for the filters. Managers and trainers "
    "(their courses only); 403 for anyone else.",
)
def headline(request, query: Query[ReportQuery]):
    with translation.override(query.lang):
        filters = _filters(request, query)
        figures = report_headline(user=request.user, filters=filters)
    values = [getattr(figures, column.key) for column in HEADLINE_COLUMNS]
    if query.publication:
        values = publication_row(HEADLINE_COLUMNS, values)
    return {
        **_period(filters, query.publication),
        "figures": dict(zip((c.key for c in HEADLINE_COLUMNS), values, strict=True)),
    }


@router.get(
    "/tables/{name}/",
    response=TableOut,
    summary="A breakdown table",
    description="One of the report pages' tables for the filters: places (oblasts; the "
    "districts of `oblast`; the municipalities of `district`), positions, genders, courses, "
    "or enrolments and completions by week or month. Managers and trainers (their courses "
    "only); 403 for anyone else.",
)
def table(
    request,
    query: Query[ReportQuery],
    name: TableName = TABLE_NAME,
):
    with translation.override(query.lang):
        filters = _filters(request, query)
        found = report_table(user=request.user, filters=filters, name=name)
        columns = [{"key": c.key, "label": str(c.label), "kind": c.kind} for c in found.columns]
        title = str(found.title)
    drill = found.drill
    rows = []
    for index, values in enumerate(found.rows):
        cells = publication_row(found.columns, values) if query.publication else list(values)
        value = drill.values[index] if drill else None
        rows.append(
            {
                "cells": cells,
                "drill": None if value is None else {"param": drill.param, "value": str(value)},
            }
        )
    return {
        **_period(filters, query.publication),
        "key": found.key,
        "title": title,
        "columns": columns,
        "rows": rows,
    }
