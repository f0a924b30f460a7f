"""Read queries for the reports area: headline figures and breakdown tables counted in SQL.

Every figure is one aggregate query (GROUP BY for the tables), so the numbers shown, charted and
exported come from the same place. docs/reports.md defines each figure in words.

Scope: managers and superusers see every course; trainers the courses whose trainer list names
them (having created a course's pages counts for nothing). `report_course_keys` returns that
scope and every selector intersects the filters with it, so a filter naming someone else's
course yields nothing, whatever the form let through.
"""

import datetime
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import (
    Avg,
    Case,
    Count,
    Exists,
    FloatField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce, Least, TruncMonth, TruncWeek
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import Locale

from courses.activity.models import LearningEvent
from courses.activity.selectors import folded_months_between
from courses.catalogue.models import CoursePage, LessonPage
from courses.catalogue.selectors import (
    course_keys_from_group_names,
    course_staff_check,
    staff_group_names,
)
from courses.certificates.models import Certificate, CertificateStatus
from courses.enrolment.models import Enrollment, EnrollmentStatus
from courses.progress.models import LessonCompletion
from courses.quizzes.models import Attempt, AttemptState
from lms.accounts.models import Gender, Position
from lms.accounts.roles import MANAGER, REVIEWER, TRAINER
from lms.places.models import District, Municipality, Oblast

# Enrolments that gave the learner the course's lessons; pending and declined requests never did.
REPORTED_STATUSES = (
    EnrollmentStatus.ACTIVE,
    EnrollmentStatus.COMPLETED,
    EnrollmentStatus.WITHDRAWN,
)
ACTIVE_DAYS = 30
STAFF_ROLES = (TRAINER, REVIEWER, MANAGER)

# Table names for report_table, in the order of the tabs; R2's export view offers the same.
REPORT_TABLES = (
    "places",
    "positions",
    "genders",
    "courses",
    "series_week",
    "series_month",
)
TABLE_TITLES = {
    "places": gettext_lazy("By place"),
    "positions": gettext_lazy("By position"),
    "genders": gettext_lazy("By gender"),
    "courses": gettext_lazy("By course"),
    "series_week": gettext_lazy("Enrolments and completions by week"),
    "series_month": gettext_lazy("Enrolments and completions by month"),
}

COLUMN_KINDS = ("text", "people", "percent", "score", "count")


@dataclass(frozen=True)
class ReportFilters:
    """What a report counts: a date range, a course scope and the learners' profile."""

    date_from: datetime.date
    date_to: datetime.date
    course_keys: tuple = ()  # of uuid.UUID; empty means every course in the user's scope
    topic: int | None = None
    oblast: int | None = None
    district: int | None = None
    municipality: int | None = None
    cluster: int | None = None
    position: str | None = None
    gender: str | None = None


@dataclass(frozen=True)
class Column:
    """A table column; `kind` tells exports and charts how to treat the values.

    text: a label; people: a number of people (publication suppresses values under 5);
    percent: 0-100; score: a mean quiz score 0-100; count: a number of things, not people.
    """

    key: str
    label: str
    kind: str


@dataclass(frozen=True)
class Drill:
    """How a table's rows narrow the report: set GET parameter `param` to the row's value."""

    param: str
    values: tuple  # one per row, None where the row cannot be opened


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    columns: tuple
    rows: tuple  # tuples of plain values in column order
    drill: Drill | None = None


@dataclass(frozen=True)
class ReportHeadline:
    registered: int
    enrolled: int
    active: int
    completed: int
    certificates: int
    completion_rate: float | None  # percent; None when nobody enrolled in the range
    average_progress: float | None  # percent
    average_score: float | None  # percent


def report_user_allowed(user) -> bool:
    """Managers and trainers (by role or by a course assignment) may open reports."""
    return course_staff_check(user)


def report_course_keys(*, user) -> frozenset | None:
    """Translation keys of the courses `user` may report on; None means every course.

    Remembered on the user object for the request: every selector asks.
    """
    if user.is_superuser:
        return None
    if hasattr(user, "_report_course_keys"):
        return user._report_course_keys
    names = staff_group_names(user)
    # The trainer lists only, never page ownership.
    keys = None if MANAGER in names else course_keys_from_group_names(names)
    user._report_course_keys = keys
    return keys


def report_courses(*, user, locale: Locale | None = None) -> list:
    """(translation_key, title) of the courses in scope, titled in `locale` or the default one."""
    locale = locale or Locale.get_active()
    keys = report_course_keys(user=user)
    pages = CoursePage.objects.filter(locale_id__in={locale.pk, Locale.get_default().pk})
    if keys is not None:
        pages = pages.filter(translation_key__in=keys)
    titles: dict = {}
    for key, locale_id, title in pages.values_list("translation_key", "locale_id", "title"):
        if key not in titles or locale_id == locale.pk:
            titles[key] = title
    return sorted(titles.items(), key=lambda pair: pair[1].lower())


# --- building blocks -------------------------------------------------------------------------


def report_period_bounds(filters: ReportFilters) -> tuple:
    """The range as aware datetimes: from the start of date_from to the end of date_to."""
    tz = timezone.get_current_timezone()
    start = datetime.datetime.combine(filters.date_from, datetime.time.min, tzinfo=tz)
    end = datetime.datetime.combine(
        filters.date_to + datetime.timedelta(days=1), datetime.time.min, tzinfo=tz
    )
    return start, end


def _scope_keys(*, user, filters: ReportFilters) -> frozenset | None:
    """The course keys counted: the user's scope narrowed by the course filter (None: all)."""
    keys = report_course_keys(user=user)
    if filters.course_keys:
        chosen = frozenset(filters.course_keys)
        keys = chosen if keys is None else keys & chosen
    return keys


def _course_q(*, user, filters: ReportFilters, field: str = "course_key") -> Q:
    """Rows of the courses in scope and of the chosen topic."""
    q = Q()
    keys = _scope_keys(user=user, filters=filters)
    if keys is not None:
        q &= Q(**{f"{field}__in": keys})
    if filters.topic:
        topic_keys = CoursePage.objects.filter(topic_id=filters.topic).values("translation_key")
        q &= Q(**{f"{field}__in": topic_keys})
    return q


def _course_scoped(user, filters: ReportFilters) -> bool:
    """Whether only some courses count (a trainer, or a course or topic filter)."""
    return bool(report_course_keys(user=user) is not None or filters.course_keys or filters.topic)


def _people_q(filters: ReportFilters, prefix: str = "user__") -> Q:
    """Learners matching the place, position and gender filters; `prefix` leads to the user."""
    q = Q()
    if filters.municipality:
        q &= Q(**{f"{prefix}municipality_id": filters.municipality})
    if filters.district:
        q &= Q(**{f"{prefix}municipality__district_id": filters.district})
    if filters.oblast:
        q &= Q(**{f"{prefix}municipality__district__oblast_id": filters.oblast})
    if filters.cluster:
        q &= Q(**{f"{prefix}municipality__clusters": filters.cluster})
    if filters.position:
        q &= Q(**{f"{prefix}position": filters.position})
    if filters.gender:
        q &= Q(**{f"{prefix}gender": filters.gender})
    return q


def _registered(*, user, filters: ReportFilters) -> QuerySet:
    """Learner accounts created in the range (for a course scope: enrolled in one of them)."""
    start, end = report_period_bounds(filters)
    staff = get_user_model().groups.through.objects.filter(
        user_id=OuterRef("pk"), group__name__in=STAFF_ROLES
    )
    users = (
        get_user_model()
        .objects.filter(
            _people_q(filters, prefix=""),
            # An account anonymised at its owner's request still counts (lms.privacy).
            Q(is_active=True) | Q(anonymisation__isnull=False),
            is_superuser=False,
            date_joined__gte=start,
            date_joined__lt=end,
        )
        .filter(~Exists(staff))
    )
    if _course_scoped(user, filters):
        enrolled = Enrollment.objects.filter(
            _course_q(user=user, filters=filters),
            user_id=OuterRef("pk"),
            status__in=REPORTED_STATUSES,
        )
        users = users.filter(Exists(enrolled))
    return users


def required_lessons() -> dict:
    """{course key: {required lesson keys}} over live lessons in any language (two queries)."""
    courses = sorted(
        CoursePage.objects.values_list("path", "translation_key"), key=lambda pair: pair[0]
    )
    by_path = dict(courses)
    lessons = LessonPage.objects.live()
    marked: dict = {}
    every: dict = {}
    for path, key, required in lessons.values_list(
        "path", "translation_key", "required_for_completion"
    ):
        # A lesson's course is the ancestor course page: the longest course path prefixing it.
        for depth in range(len(path) - 4, 0, -4):
            course_key = by_path.get(path[:depth])
            if course_key is not None:
                every.setdefault(course_key, set()).add(key)
                if required:
                    marked.setdefault(course_key, set()).add(key)
                break
    # A course with no lesson marked required requires every lesson (docs/progress.md).
    return {course_key: marked.get(course_key) or keys for course_key, keys in every.items()}


def report_progress_expression(required: dict):
    """Per enrolment: 100 when completed, else required lessons done / required, in percent."""
    lesson_keys = set().union(*required.values()) if required else set()
    done = (
        LessonCompletion.objects.filter(
            user_id=OuterRef("user_id"),
            course_key=OuterRef("course_key"),
            lesson_key__in=lesson_keys,
        )
        .order_by()
        .values("user_id")
        .annotate(n=Count("lesson_key"))
        .values("n")
    )
    counts = Case(
        *[When(course_key=key, then=Value(len(keys))) for key, keys in required.items() if keys],
        default=Value(None),
    )
    return Case(
        When(status=EnrollmentStatus.COMPLETED, then=Value(100.0)),
        default=Least(
            Value(100.0),
            Cast(Coalesce(Subquery(done[:1]), Value(0)), FloatField())
            * Value(100.0)
            / Cast(counts, FloatField()),
        ),
        output_field=FloatField(),
    )


def report_enrolments(*, user, filters: ReportFilters) -> QuerySet:
    """Enrolments in scope of matching learners created or completed in the range."""
    start, end = report_period_bounds(filters)
    return Enrollment.objects.filter(
        _course_q(user=user, filters=filters),
        _people_q(filters),
        Q(created_at__gte=start, created_at__lt=end)
        | Q(completed_at__gte=start, completed_at__lt=end),
        status__in=REPORTED_STATUSES,
    )


def _enrolment_aggregates(filters: ReportFilters, required: dict) -> dict:
    """Aggregates over report_enrolments(): learners, completions, cohort rate, progress."""
    start, end = report_period_bounds(filters)
    in_cohort = Q(created_at__gte=start, created_at__lt=end)
    completed_in_range = Q(
        status=EnrollmentStatus.COMPLETED, completed_at__gte=start, completed_at__lt=end
    )
    cohort_completed = in_cohort & Q(status=EnrollmentStatus.COMPLETED, completed_at__lt=end)
    return {
        "enrolled": Count("user_id", filter=in_cohort, distinct=True),
        "enrolments": Count("pk", filter=in_cohort),
        "completed": Count("pk", filter=completed_in_range),
        "cohort_completed": Count("pk", filter=cohort_completed),
        "progress": Avg(report_progress_expression(required), filter=in_cohort),
    }


def _best_attempts(*, user, filters: ReportFilters) -> QuerySet:
    """Each learner's best submitted attempt per quiz in the range (ties: the earliest)."""
    start, end = report_period_bounds(filters)
    window = Q(state=AttemptState.SUBMITTED, submitted_at__gte=start, submitted_at__lt=end)
    better = Attempt.objects.filter(
        window,
        user_id=OuterRef("user_id"),
        lesson_key=OuterRef("lesson_key"),
    ).filter(
        Q(score__gt=OuterRef("score")) | Q(score=OuterRef("score"), number__lt=OuterRef("number"))
    )
    return Attempt.objects.filter(
        window, _course_q(user=user, filters=filters), _people_q(filters)
    ).filter(~Exists(better))


def _rate(part, whole) -> float | None:
    return round(100.0 * part / whole, 1) if whole else None


def _round(value) -> float | None:
    return None if value is None else round(float(value), 1)


def _active_learners(*, user, filters: ReportFilters, end) -> int:
    """Learners with an event in the ACTIVE_DAYS up to `end`: raw events and, where they were
    folded (retention), the months' rows with an event on one of those days (one query)."""
    active_from = end - datetime.timedelta(days=ACTIVE_DAYS)
    raw = (
        LearningEvent.objects.filter(
            _people_q(filters, prefix="actor__"), created_at__gte=active_from, created_at__lt=end
        )
        .filter(_course_q(user=user, filters=filters))
        .values("actor_id")
    )
    folded = (
        folded_months_between(active_from, end)
        .filter(_people_q(filters, prefix="actor__"), _course_q(user=user, filters=filters))
        .values("actor_id")
    )
    # UNION keeps each learner once, whichever table (or both) holds their activity.
    return raw.union(folded).count()


# --- headline --------------------------------------------------------------------------------


def report_headline(*, user, filters: ReportFilters) -> ReportHeadline:
    """The dashboard's eight figures: a fixed number of queries whatever the data."""
    start, end = report_period_bounds(filters)
    required = required_lessons()
    figures = report_enrolments(user=user, filters=filters).aggregate(
        **_enrolment_aggregates(filters, required)
    )
    active = _active_learners(user=user, filters=filters, end=end)
    certificates = Certificate.objects.filter(
        _course_q(user=user, filters=filters),
        _people_q(filters),
        status=CertificateStatus.VALID,
        kind="course",  # seminar attendance certificates are counted in the seminar figures
        issued_at__gte=start,
        issued_at__lt=end,
    ).count()
    score = _best_attempts(user=user, filters=filters).aggregate(mean=Avg("score"))["mean"]
    return ReportHeadline(
        registered=_registered(user=user, filters=filters).count(),
        enrolled=figures["enrolled"],
        active=active,
        completed=figures["completed"],
        certificates=certificates,
        completion_rate=_rate(figures["cohort_completed"], figures["enrolments"]),
        average_progress=_round(figures["progress"]),
        average_score=_round(score),
    )


# --- tables ----------------------------------------------------------------------------------


def _breakdown_columns(first: str, *, registered: bool) -> tuple:
    columns = [Column("name", first, "text")]
    if registered:
        columns.append(Column("registered", _("Registered"), "people"))
    columns += [
        Column("enrolled", _("Enrolled"), "people"),
        Column("completed", _("Completed"), "people"),
        Column("completion_rate", _("Completion rate, %"), "percent"),
        Column("average_progress", _("Average progress, %"), "percent"),
        Column("average_score", _("Average quiz score, %"), "score"),
    ]
    return tuple(columns)


def _grouped(*, user, filters: ReportFilters, group: str, registered: bool) -> dict:
    """{group value: figures} for one dimension of the learner or enrolment: three queries.

    `group` is a path from an enrolment (e.g. "user__position"); the same path without "user__"
    groups accounts.
    """
    required = required_lessons()
    result: dict = {}

    def slot(value):
        return result.setdefault(
            value,
            {
                "registered": 0,
                "enrolled": 0,
                "completed": 0,
                "rate": None,
                "progress": None,
                "score": None,
            },
        )

    rows = (
        report_enrolments(user=user, filters=filters)
        .values(group)
        .annotate(**_enrolment_aggregates(filters, required))
        .order_by()
    )
    for row in rows:
        figures = slot(row[group])
        figures["enrolled"] = row["enrolled"]
        figures["completed"] = row["completed"]
        figures["rate"] = _rate(row["cohort_completed"], row["enrolments"])
        figures["progress"] = _round(row["progress"])
    scores = (
        _best_attempts(user=user, filters=filters)
        .values(group)
        .annotate(mean=Avg("score"))
        .order_by()
    )
    for row in scores:
        slot(row[group])["score"] = _round(row["mean"])
    if registered:
        account_group = group.removeprefix("user__")
        accounts = (
            _registered(user=user, filters=filters)
            .values(account_group)
            .annotate(n=Count("pk", distinct=True))
            .order_by()
        )
        for row in accounts:
            slot(row[account_group])["registered"] = row["n"]
    return result


def _row(name, figures: dict | None, *, registered: bool) -> tuple:
    figures = figures or {}
    values = [name]
    if registered:
        values.append(figures.get("registered", 0))
    values += [
        figures.get("enrolled", 0),
        figures.get("completed", 0),
        figures.get("rate"),
        figures.get("progress"),
        figures.get("score"),
    ]
    return tuple(values)


def _places_table(*, user, filters: ReportFilters) -> Table:
    """Oblasts; the districts of the chosen oblast; or the municipalities of the chosen district.

    The level follows the filters: drilling down sets the oblast, then the district filter.
    """
    if filters.district:
        places = Municipality.objects.filter(district_id=filters.district)
        group, param, first = "user__municipality_id", "municipality", _("Municipality")
    elif filters.oblast:
        places = District.objects.filter(oblast_id=filters.oblast)
        group, param, first = "user__municipality__district_id", "district", _("District")
    else:
        places = Oblast.objects.all()
        group, param, first = "user__municipality__district__oblast_id", "oblast", _("Oblast")
    figures = _grouped(user=user, filters=filters, group=group, registered=True)
    places = sorted(places, key=lambda place: place.name.lower())
    rows = [_row(place.name, figures.get(place.pk), registered=True) for place in places]
    values = [place.pk if param != "municipality" else None for place in places]
    if None in figures:
        rows.append(_row(_("Place not stated"), figures[None], registered=True))
        values.append(None)
    return Table(
        key="places",
        title=str(TABLE_TITLES["places"]),
        columns=_breakdown_columns(first, registered=True),
        rows=tuple(rows),
        drill=Drill(param=param, values=tuple(values)) if param != "municipality" else None,
    )


def _choices_table(*, user, filters: ReportFilters, name: str) -> Table:
    """Positions or genders, in the order of their choices, every choice shown."""
    choices, field, first = {
        "positions": (Position.choices, "user__position", _("Position")),
        "genders": (Gender.choices, "user__gender", _("Gender")),
    }[name]
    figures = _grouped(user=user, filters=filters, group=field, registered=True)
    rows = tuple(_row(str(label), figures.get(value), registered=True) for value, label in choices)
    return Table(
        key=name,
        title=str(TABLE_TITLES[name]),
        columns=_breakdown_columns(first, registered=True),
        rows=rows,
    )


def _courses_table(*, user, filters: ReportFilters) -> Table:
    """Every course in scope (narrowed by the course and topic filters), by title."""
    figures = _grouped(user=user, filters=filters, group="course_key", registered=False)
    courses = report_courses(user=user)
    if filters.course_keys:
        courses = [pair for pair in courses if pair[0] in filters.course_keys]
    if filters.topic:
        keys = set(
            CoursePage.objects.filter(topic_id=filters.topic).values_list(
                "translation_key", flat=True
            )
        )
        courses = [pair for pair in courses if pair[0] in keys]
    rows = tuple(_row(title, figures.get(key), registered=False) for key, title in courses)
    return Table(
        key="courses",
        title=str(TABLE_TITLES["courses"]),
        columns=_breakdown_columns(_("Course"), registered=False),
        rows=rows,
        drill=Drill(param="course", values=tuple(str(key) for key, _title in courses)),
    )


def _periods(start: datetime.date, end: datetime.date, interval: str) -> list:
    """The first day of every week (Monday) or month from `start` to `end`."""
    if interval == "week":
        day = start - datetime.timedelta(days=start.weekday())
        step = datetime.timedelta(days=7)
        periods = []
        while day <= end:
            periods.append(day)
            day += step
        return periods
    day = start.replace(day=1)
    periods = []
    while day <= end:
        periods.append(day)
        day = (day + datetime.timedelta(days=32)).replace(day=1)
    return periods


def _series_table(*, user, filters: ReportFilters, interval: str) -> Table:
    """Enrolments started and completed per week or month: two GROUP BY queries."""
    start, end = report_period_bounds(filters)
    trunc = TruncWeek if interval == "week" else TruncMonth
    tz = timezone.get_current_timezone()
    base = Enrollment.objects.filter(
        _course_q(user=user, filters=filters), _people_q(filters), status__in=REPORTED_STATUSES
    )
    started = (
        base.filter(created_at__gte=start, created_at__lt=end)
        .annotate(period=trunc("created_at", tzinfo=tz))
        .values("period")
        .annotate(n=Count("pk"))
        .order_by()
    )
    finished = (
        base.filter(
            status=EnrollmentStatus.COMPLETED, completed_at__gte=start, completed_at__lt=end
        )
        .annotate(period=trunc("completed_at", tzinfo=tz))
        .values("period")
        .annotate(n=Count("pk"))
        .order_by()
    )

    def as_date(value):
        if isinstance(value, datetime.datetime):
            return timezone.localtime(value, tz).date()
        return value

    started_by = {as_date(row["period"]): row["n"] for row in started}
    finished_by = {as_date(row["period"]): row["n"] for row in finished}
    periods = _periods(filters.date_from, filters.date_to, interval)
    label = _("Week starting") if interval == "week" else _("Month")
    rows = tuple(
        (
            day.isoformat() if interval == "week" else day.strftime("%Y-%m"),
            started_by.get(day, 0),
            finished_by.get(day, 0),
        )
        for day in periods
    )
    return Table(
        key=f"series_{interval}",
        title=str(TABLE_TITLES[f"series_{interval}"]),
        columns=(
            Column("period", label, "text"),
            Column("enrolments", _("Enrolments"), "people"),
            Column("completions", _("Completions"), "people"),
        ),
        rows=rows,
    )


def report_table(*, user, filters: ReportFilters, name: str) -> Table:
    """One of REPORT_TABLES for `user` and `filters`; raises KeyError for an unknown name.

    "places" shows oblasts, or the districts of filters.oblast, or the municipalities of
    filters.district: drilling down is adding that filter, so every other filter is kept.
    """
    if name not in REPORT_TABLES:
        raise KeyError(name)
    if name == "places":
        return _places_table(user=user, filters=filters)
    if name in ("positions", "genders"):
        return _choices_table(user=user, filters=filters, name=name)
    if name == "courses":
        return _courses_table(user=user, filters=filters)
    return _series_table(user=user, filters=filters, interval=name.removeprefix("series_"))
