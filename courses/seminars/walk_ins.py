"""Walk-ins: people at a session without an account, and joining them to an account later.

A walk-in is a `Registration` with no user and the name, place, position and gender the trainer
typed. When its e-mail belongs to an account (now, or when that person signs up), the walk-in is
joined to the account; if the account already has a registration for the seminar, the walk-in's
marks are merged into it and the walk-in is removed.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from courses.seminars.models import (
    ATTENDED_MARKS,
    Attendance,
    Registration,
    RegistrationSource,
    RegistrationStatus,
    Seminar,
)


def _name_key(name: str) -> str:
    return " ".join((name or "").split()).casefold()


def walk_in_find(*, seminar: Seminar, full_name: str, email: str = "") -> Registration | None:
    """A registration of this seminar that is this person: by e-mail (an account's or a
    walk-in's), else a walk-in of the same name (case and spaces ignored)."""
    email = (email or "").strip().lower()
    registrations = Registration.objects.filter(seminar=seminar).exclude(
        status=RegistrationStatus.CANCELLED
    )
    if email:
        found = (
            registrations.filter(user__email__iexact=email).first()
            or registrations.filter(user__isnull=True, email__iexact=email).first()
        )
        if found is not None:
            return found
    key = _name_key(full_name)
    for registration in registrations.filter(
        user__isnull=True, full_name__iexact=full_name.strip()
    ):
        if _name_key(registration.full_name) == key:
            return registration
    return None


def walk_in_add(
    *,
    seminar: Seminar,
    full_name: str,
    municipality=None,
    position: str = "",
    gender: str = "",
    email: str = "",
    by=None,
    source: str = RegistrationSource.WALK_IN,
) -> tuple[Registration, bool]:
    """The walk-in (created, or the same person found again: adding twice adds once), joined to
    an account at once when the e-mail is one's. Returns (registration, created)."""
    full_name = " ".join((full_name or "").split())
    email = (email or "").strip().lower()
    with transaction.atomic():
        found = walk_in_find(seminar=seminar, full_name=full_name, email=email)
        if found is not None:
            return found, False
        registration = Registration.objects.create(
            seminar=seminar,
            user=None,
            status=RegistrationStatus.CONFIRMED,
            source=source,
            full_name=full_name[:200],
            email=email,
            municipality=municipality,
            position=position or "",
            gender=gender or "",
            registered_by=by,
            confirmed_at=timezone.now(),
        )
        if email:
            walk_ins_match(seminar=seminar, email=email)
            registration = Registration.objects.filter(pk=registration.pk).first() or registration
    return registration, True


@dataclass
class MatchResult:
    joined: int = 0
    merged: int = 0


def _merge(walk_in: Registration, into: Registration) -> None:
    """Move the walk-in's marks to `into` (an attended mark wins over any other), then remove
    the walk-in."""
    theirs = {row.session_id: row for row in Attendance.objects.filter(registration=into)}
    for row in Attendance.objects.filter(registration=walk_in):
        existing = theirs.get(row.session_id)
        if existing is None:
            Attendance.objects.create(
                session_id=row.session_id,
                registration=into,
                mark=row.mark,
                marked_by_id=row.marked_by_id,
            )
        elif row.mark in ATTENDED_MARKS and existing.mark not in ATTENDED_MARKS:
            existing.mark = row.mark
            existing.save(update_fields=["mark", "marked_at"])
    if (
        into.status != RegistrationStatus.CONFIRMED
        and Attendance.objects.filter(registration=into, mark__in=ATTENDED_MARKS).exists()
    ):
        # They were there: a place is theirs whatever the list said.
        into.status = RegistrationStatus.CONFIRMED
        into.confirmed_at = into.confirmed_at or timezone.now()
        into.save(update_fields=["status", "confirmed_at"])
    walk_in.delete()


def walk_ins_match(*, seminar: Seminar | None = None, email: str = "", user=None) -> MatchResult:
    """Join walk-ins whose e-mail is an account's (of one seminar, one address or one user)."""
    from courses.seminars.attendance import completion_recheck

    result = MatchResult()
    walk_ins = Registration.objects.filter(user__isnull=True).exclude(email="")
    if seminar is not None:
        walk_ins = walk_ins.filter(seminar=seminar)
    if user is not None:
        email = user.email
    if email:
        walk_ins = walk_ins.filter(email__iexact=email)
    User = get_user_model()
    with transaction.atomic():
        for walk_in in walk_ins.select_for_update().order_by("pk"):
            account = user or User.objects.filter(email__iexact=walk_in.email).first()
            if account is None:
                continue
            existing = Registration.objects.filter(seminar_id=walk_in.seminar_id, user=account)
            into = existing.select_for_update().first()
            if into is None:
                walk_in.user = account
                walk_in.save(update_fields=["user"])
                result.joined += 1
                target = walk_in
            else:
                _merge(walk_in, into)
                result.merged += 1
                target = into
            if Attendance.objects.filter(registration=target, mark__in=ATTENDED_MARKS).exists():
                completion_recheck(target)
    return result


def walk_ins_on_signup(sender, instance, created, raw=False, **kwargs):
    """`post_save` of a user (connected in apps.py): walk-ins with the new address join it."""
    if created and not raw and instance.email:
        walk_ins_match(user=instance)


def walk_ins_unmatched(seminar: Seminar):
    return Registration.objects.filter(seminar=seminar, user__isnull=True).exclude(
        status=RegistrationStatus.CANCELLED
    )
