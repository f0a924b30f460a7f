"""Seminar figures of the reports (docs/reports.md, Seminars): seminars, sessions and the unique
people who attended (present or late), by place, position and gender.

A person is an account, or a walk-in not matched to one (its registration). Their place,
position and gender are the account's (the profile), or what the trainer typed for a walk-in.
The report's filters apply: the period (sessions starting in it, Asia/Bishkek), the place
(oblast, district, municipality of the person), position and gender, the course and topic (of
the seminar: its blended course, its topic). The cluster filter does not apply to seminars.
Trainers see the seminars they train; managers every seminar. A fixed number of queries.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from courses.reports.selectors.figures import (
    Column,
    ReportFilters,
    Table,
    report_course_keys,
    report_period_bounds,
)
from courses.seminars.models import ATTENDED_MARKS, Attendance
from courses.seminars.selectors import is_seminar_manager
from lms.accounts.models import Gender, Position
from lms.places.models import District, Municipality, Oblast

SEMINAR_TABLES = ("seminar_places", "seminar_positions", "seminar_genders", "seminar_list")
SEMINAR_TABLE_TITLES = {
    "seminar_places": gettext_lazy("Seminar participants by place"),
    "seminar_positions": gettext_lazy("Seminar participants by position"),
    "seminar_genders": gettext_lazy("Seminar participants by gender"),
    "seminar_list": gettext_lazy("Seminars"),
}


@dataclass(frozen=True)
class Person:
    key: tuple
    municipality_id: int | None
    district_id: int | None
    oblast_id: int | None
    position: str
    gender: str


@dataclass
class SeminarData:
    people: dict  # key → Person
    seminars: dict  # seminar id → (title, set of session ids, set of person keys)
    sessions: set


@dataclass(frozen=True)
class SeminarFigures:
    seminars: int
    sessions: int
    participants: int
    women: int
    men: int


def _rows(*, user, filters: ReportFilters):
    start, end = report_period_bounds(filters)
    rows = Attendance.objects.filter(
        mark__in=ATTENDED_MARKS,
        session__starts_at__gte=start,
        session__starts_at__lt=end,
    )
    if not is_seminar_manager(user):
        rows = rows.filter(session__seminar__trainers=user)
    keys = report_course_keys(user=user) if filters.course_keys else None
    if filters.course_keys:
        wanted = set(filters.course_keys)
        if keys is not None:
            wanted &= set(keys)
        rows = rows.filter(session__seminar__course_key__in=wanted)
    if filters.topic:
        rows = rows.filter(session__seminar__topic_id=filters.topic)
    return rows.values_list(
        "session_id",
        "session__seminar_id",
        "session__seminar__title",
        "registration_id",
        "registration__user_id",
        "registration__user__municipality_id",
        "registration__user__position",
        "registration__user__gender",
        "registration__municipality_id",
        "registration__position",
        "registration__gender",
    )


def seminar_data(*, user, filters: ReportFilters) -> SeminarData:
    """Who attended what in the period, filtered by the person's place, position and gender:
    two queries (the marks, the places of the people found)."""
    raw = list(_rows(user=user, filters=filters))
    places = {
        pk: (district, oblast)
        for pk, district, oblast in Municipality.objects.filter(
            pk__in={r[5] if r[4] else r[8] for r in raw} - {None}
        ).values_list("pk", "district_id", "district__oblast_id")
    }
    data = SeminarData(people={}, seminars={}, sessions=set())
    for (
        session_id,
        seminar_id,
        title,
        registration_id,
        user_id,
        user_place,
        user_position,
        user_gender,
        reg_place,
        reg_position,
        reg_gender,
    ) in raw:
        if user_id:
            key, place, position, gender = ("u", user_id), user_place, user_position, user_gender
        else:
            key, place = ("w", registration_id), reg_place
            position, gender = reg_position, reg_gender
        district, oblast = places.get(place, (None, None))
        person = Person(key, place, district, oblast, position or "", gender or "")
        if filters.municipality and place != filters.municipality:
            continue
        if filters.district and district != filters.district:
            continue
        if filters.oblast and oblast != filters.oblast:
            continue
        if filters.position and person.position != filters.position:
            continue
        if filters.gender and person.gender != filters.gender:
            continue
        data.people[key] = person
        data.sessions.add(session_id)
        entry = data.seminars.setdefault(seminar_id, [title, set(), set()])
        entry[1].add(session_id)
        entry[2].add(key)
    return data


def seminar_figures(data: SeminarData) -> SeminarFigures:
    genders = [person.gender for person in data.people.values()]
    return SeminarFigures(
        seminars=len(data.seminars),
        sessions=len(data.sessions),
        participants=len(data.people),
        women=genders.count(Gender.FEMALE),
        men=genders.count(Gender.MALE),
    )


def _count_table(name: str, first: str, counts: dict, labels: dict, order) -> Table:
    rows = [(str(labels.get(value, value)), counts[value]) for value in order if counts.get(value)]
    return Table(
        key=name,
        title=str(SEMINAR_TABLE_TITLES[name]),
        columns=(
            Column("label", first, "text"),
            Column("participants", _("Participants"), "people"),
        ),
        rows=tuple(rows),
    )


def seminar_table(*, data: SeminarData, filters: ReportFilters, name: str) -> Table:
    """One of SEMINAR_TABLES; raises KeyError for another name."""
    people = list(data.people.values())
    if name == "seminar_genders":
        counts = _tally(person.gender or Gender.NOT_STATED for person in people)
        return _count_table(name, _("Gender"), counts, dict(Gender.choices), Gender.values)
    if name == "seminar_positions":
        counts = _tally(person.position or Position.OTHER for person in people)
        return _count_table(name, _("Position"), counts, dict(Position.choices), Position.values)
    if name == "seminar_places":
        if filters.district or filters.municipality:
            model, attr, first = Municipality, "municipality_id", _("Municipality")
        elif filters.oblast:
            model, attr, first = District, "district_id", _("District")
        else:
            model, attr, first = Oblast, "oblast_id", _("Oblast")
        counts = _tally(getattr(person, attr) for person in people)
        names = {
            place.pk: place.name for place in model.objects.filter(pk__in=counts.keys() - {None})
        }
        order = sorted(names, key=lambda pk: names[pk].lower())
        if counts.get(None):
            names[None] = _("Place not stated")
            order.append(None)
        return _count_table(name, first, counts, names, order)
    if name == "seminar_list":
        rows = sorted(
            ((title, len(sessions), len(keys)) for title, sessions, keys in data.seminars.values()),
            key=lambda row: row[0].lower(),
        )
        return Table(
            key=name,
            title=str(SEMINAR_TABLE_TITLES[name]),
            columns=(
                Column("seminar", _("Seminar"), "text"),
                Column("sessions", _("Sessions"), "count"),
                Column("participants", _("Participants"), "people"),
            ),
            rows=tuple(rows),
        )
    raise KeyError(name)


def _tally(values) -> dict:
    counts: dict = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return counts
