"""The programme summary: headline figures and reach (people, places, courses) for a period."""

from dataclasses import dataclass

from django.db.models import Count, Q

from courses.reports.selectors import figures as reports
from courses.reports.selectors.figures import ReportFilters, ReportHeadline
from lms.accounts.models import Gender

TOP = 5


@dataclass(frozen=True)
class ProgrammeSummary:
    filters: ReportFilters
    headline: ReportHeadline
    learners: int  # people who enrolled in the period
    municipalities: int  # their municipalities
    oblasts: int  # and oblasts
    courses: int  # courses they enrolled in
    completers: int  # people who completed a course in the period
    completers_women: int
    top_places: tuple  # report table rows ("places"), most learners first
    top_courses: tuple  # report table rows ("courses"), most learners first
    places_columns: tuple
    courses_columns: tuple


def programme_summary(*, user, filters: ReportFilters) -> ProgrammeSummary:
    """Everything the one-pager says, from the same selectors as the report pages."""
    start, end = reports.report_period_bounds(filters)
    in_cohort = Q(created_at__gte=start, created_at__lt=end)
    completed = Q(status="completed", completed_at__gte=start, completed_at__lt=end)
    reach = reports.report_enrolments(user=user, filters=filters).aggregate(
        learners=Count("user_id", filter=in_cohort, distinct=True),
        municipalities=Count("user__municipality_id", filter=in_cohort, distinct=True),
        oblasts=Count("user__municipality__district__oblast_id", filter=in_cohort, distinct=True),
        courses=Count("course_key", filter=in_cohort, distinct=True),
        completers=Count("user_id", filter=completed, distinct=True),
        completers_women=Count(
            "user_id", filter=completed & Q(user__gender=Gender.FEMALE), distinct=True
        ),
    )
    places = reports.report_table(user=user, filters=filters, name="places")
    courses = reports.report_table(user=user, filters=filters, name="courses")
    return ProgrammeSummary(
        filters=filters,
        headline=reports.report_headline(user=user, filters=filters),
        top_places=_top(places),
        top_courses=_top(courses),
        places_columns=places.columns,
        courses_columns=courses.columns,
        **reach,
    )


def _top(table) -> tuple:
    """The TOP rows with most people enrolled (rows nobody enrolled in are left out)."""
    index = [column.key for column in table.columns].index("enrolled")
    rows = [row for row in table.rows if row[index]]
    return tuple(sorted(rows, key=lambda row: -row[index])[:TOP])
