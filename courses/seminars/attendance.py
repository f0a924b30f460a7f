"""Attendance marks: who may take them, the sheet's rows, and saving marks (docs/seminars.md).

Saving is idempotent and partial: only the people whose mark is in the posted form change, so a
form re-posted over a flaky connection, or a stale form from another phone, never wipes marks
made since for people it does not name.
"""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, Q
from django.http import Http404

from courses.seminars.models import (
    ATTENDED_MARKS,
    Attendance,
    AttendanceMark,
    Registration,
    RegistrationStatus,
    Seminar,
    SeminarSession,
)
from courses.seminars.selectors import can_manage_seminar, seminar_for_trainer

seminar_for_staff = seminar_for_trainer


def session_for_staff(user, session_id: int) -> SeminarSession:
    """The session if `user` may take its attendance; 404 otherwise."""
    session = SeminarSession.objects.select_related("seminar").filter(pk=session_id).first()
    if session is None or not can_manage_seminar(user, session.seminar):
        raise Http404
    return session


def sheet_registrations(seminar: Seminar):
    """Everyone on the sheet: confirmed registrations (accounts and walk-ins), by name."""
    return (
        Registration.objects.filter(seminar=seminar, status=RegistrationStatus.CONFIRMED)
        .select_related("user", "user__municipality", "municipality")
        .order_by("pk")
    )


@dataclass
class SheetRow:
    registration: Registration
    mark: str

    @property
    def name(self) -> str:
        return registration_name(self.registration)

    @property
    def municipality(self):
        return registration_municipality(self.registration)

    @property
    def position(self) -> str:
        return registration_position(self.registration)


def registration_name(registration: Registration) -> str:
    user = registration.user
    if user is not None:
        return user.full_name or user.email
    return registration.full_name


def registration_municipality(registration: Registration):
    user = registration.user
    if user is not None and user.municipality_id:
        return user.municipality
    return registration.municipality


def registration_position(registration: Registration) -> str:
    user = registration.user
    return user.position if user is not None else registration.position


def registration_gender(registration: Registration) -> str:
    user = registration.user
    return user.gender if user is not None else registration.gender


def registration_email(registration: Registration) -> str:
    user = registration.user
    return user.email if user is not None else registration.email


def sheet_rows(session: SeminarSession) -> list[SheetRow]:
    """The sheet of one session: each person and their current mark ("" when unmarked); two
    queries whatever the number of people."""
    registrations = list(sheet_registrations(session.seminar))
    marks = dict(Attendance.objects.filter(session=session).values_list("registration_id", "mark"))
    rows = [
        SheetRow(registration, marks.get(registration.pk, "")) for registration in registrations
    ]
    rows.sort(key=lambda row: row.name.lower())
    return rows


def marks_save(*, session: SeminarSession, marks: dict[int, str], by) -> list[int]:
    """Set the marks named in `marks` (registration id → mark); others are left alone.

    Unknown marks and people not confirmed at this seminar are ignored. Returns the ids of the
    registrations whose mark changed. Blended courses are re-checked for those now attended.
    """
    marks = {int(pk): mark for pk, mark in marks.items() if mark in AttendanceMark.values}
    if not marks:
        return []
    changed: list[int] = []
    with transaction.atomic():
        allowed = set(
            Registration.objects.filter(
                seminar_id=session.seminar_id,
                status=RegistrationStatus.CONFIRMED,
                pk__in=marks,
            ).values_list("pk", flat=True)
        )
        existing = {
            row.registration_id: row
            for row in Attendance.objects.select_for_update().filter(
                session=session, registration_id__in=allowed
            )
        }
        for registration_id in sorted(allowed):
            mark = marks[registration_id]
            row = existing.get(registration_id)
            if row is None:
                Attendance.objects.create(
                    session=session, registration_id=registration_id, mark=mark, marked_by=by
                )
            elif row.mark != mark:
                row.mark = mark
                row.marked_by = by
                row.save(update_fields=["mark", "marked_by", "marked_at"])
            else:
                continue
            changed.append(registration_id)
        attended = [pk for pk in changed if marks[pk] in ATTENDED_MARKS]
        if attended:
            for registration in Registration.objects.filter(pk__in=attended, user__isnull=False):
                completion_recheck(registration)
    return changed


def completion_recheck(registration: Registration) -> None:
    """Blended courses: the course may be complete now that its seminar is attended (s1's
    `completion.recheck_course_completion`; skipped while that module is absent)."""
    try:
        from courses.seminars.completion import recheck_course_completion
    except ImportError:  # pragma: no cover - the registration half not installed yet
        return
    recheck_course_completion(registration)


def attendance_counts(seminar: Seminar):
    """Registration id → sessions attended (present or late), for the confirmed people."""
    return dict(
        Registration.objects.filter(seminar=seminar, status=RegistrationStatus.CONFIRMED)
        .annotate(attended=Count("attendance", filter=Q(attendance__mark__in=ATTENDED_MARKS)))
        .values_list("pk", "attended")
    )


def session_summary(session: SeminarSession) -> dict[str, int]:
    """Mark → how many people have it at this session."""
    counts = dict(
        Attendance.objects.filter(session=session)
        .values_list("mark")
        .annotate(n=Count("pk"))
        .values_list("mark", "n")
    )
    return {mark: counts.get(mark, 0) for mark in AttendanceMark.values}
