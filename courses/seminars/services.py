"""Seminar registration: places, the waiting list, cancelling, trainers' registrations, walk-ins
and the day-before reminders.

Every change that counts places locks the seminar's row first (`select_for_update`), so two
people asking for the last place at the same moment on PostgreSQL get one place and one
waiting-list spot. Notifications are written in the same transaction (lms.notifications).
"""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop

from courses.seminars.models import (
    Registration,
    RegistrationSource,
    RegistrationStatus,
    Seminar,
    SeminarSession,
    SeminarStatus,
)
from courses.seminars.selectors import seminar_text
from lms.notifications.services import notify

KIND = "seminar"

NOT_OPEN = gettext_lazy("This seminar is not open for registration.")
NO_SELF_REGISTRATION = gettext_lazy(
    "Learners cannot register themselves for this seminar: ask its trainer to register you."
)
STARTED = gettext_lazy("Registration is closed: the seminar has already started.")
NOT_AUDIENCE_PLACE = gettext_lazy(
    "This seminar is for staff of other oblasts or districts. Check the municipality in your "
    "profile, or ask the trainer."
)
NOT_AUDIENCE_POSITION = gettext_lazy(
    "This seminar is for other positions. Check the position in your profile, or ask the trainer."
)
CUTOFF_PASSED = gettext_lazy(
    "Cancelling closed %(hours)s hours before the first session. Please tell the trainer."
)
NOT_REGISTERED = gettext_lazy("You are not registered for this seminar.")

# Subject and text of each message (English msgids, translated in the recipient's language).
TEXTS = {
    "confirmed": (
        gettext_noop("Your place at “%(title)s” is confirmed"),
        gettext_noop("You are registered for the seminar “%(title)s”. First session: %(when)s."),
    ),
    "waiting": (
        gettext_noop("You are on the waiting list of “%(title)s”"),
        gettext_noop(
            "The seminar “%(title)s” is full. You are on its waiting list and will be told "
            "at once if a place becomes free."
        ),
    ),
    "promoted": (
        gettext_noop("A place at “%(title)s” is yours"),
        gettext_noop(
            "A place became free and you moved up from the waiting list: you are registered "
            "for “%(title)s”. First session: %(when)s."
        ),
    ),
    "cancelled": (
        gettext_noop("Your registration for “%(title)s” is cancelled"),
        gettext_noop("Your registration for the seminar “%(title)s” was cancelled."),
    ),
    "reminder": (
        gettext_noop("Tomorrow: “%(title)s”"),
        gettext_noop("The seminar “%(title)s” meets tomorrow, %(when)s, at %(venue)s."),
    ),
}


def _when(moment) -> str:
    if moment is None:
        return ""
    return timezone.localtime(moment).strftime("%d.%m.%Y %H:%M")


def _seminar_url(seminar_id: int):
    def url(language: str) -> str:
        with translation.override(language):
            return reverse("seminars:detail", args=[seminar_id])

    return url


def _first_session(seminar: Seminar) -> SeminarSession | None:
    return seminar.sessions.order_by("starts_at", "pk").first()


def registration_notify(*, registrations, event: str, session: SeminarSession | None = None):
    """Tell the people of `registrations` (with accounts) about `event`, each in their language."""
    registrations = [r for r in registrations if r.user_id]
    if not registrations:
        return []
    seminar = registrations[0].seminar
    session = session or _first_session(seminar)
    subject, body = TEXTS[event]
    params = {
        "when": _when(session.starts_at) if session else "",
        "venue": session.venue if session else "",
    }
    dedupe = f"seminar-reminder-{session.pk}" if event == "reminder" and session else ""

    def render():
        values = {**params, "title": seminar_text(seminar, "title")}
        return _(subject) % values, _(body) % values

    return notify(
        [r.user for r in registrations],
        KIND,
        render=render,
        url=_seminar_url(seminar.pk),
        dedupe_key=dedupe,
    )


def _lock(seminar: Seminar) -> Seminar:
    """The seminar's row, locked until the transaction ends: places are counted under it."""
    return Seminar.objects.select_for_update().get(pk=seminar.pk)


def _places_left(seminar: Seminar) -> int | None:
    capacity = min(seminar.sessions.values_list("capacity", flat=True), default=None)
    if capacity is None:
        return None
    taken = seminar.registrations.filter(status=RegistrationStatus.CONFIRMED).count()
    return max(capacity - taken, 0)


def audience_refusal(*, seminar: Seminar, user) -> str | None:
    """Why `user` is outside the seminar's audience, or None (an empty audience is everyone)."""
    oblast_ids = {o.pk for o in seminar.audience_oblasts.all()}
    district_ids = {d.pk for d in seminar.audience_districts.all()}
    if oblast_ids or district_ids:
        municipality = user.municipality
        if municipality is None:
            return str(NOT_AUDIENCE_PLACE)
        district = municipality.district
        if district.pk not in district_ids and district.oblast_id not in oblast_ids:
            return str(NOT_AUDIENCE_PLACE)
    if seminar.audience_positions and user.position not in seminar.audience_positions:
        return str(NOT_AUDIENCE_POSITION)
    return None


def registration_refusal(*, seminar: Seminar, user, now=None) -> str | None:
    """Why `user` may not register themselves, or None."""
    now = now or timezone.now()
    if seminar.status != SeminarStatus.PUBLISHED:
        return str(NOT_OPEN)
    if not seminar.self_registration:
        return str(NO_SELF_REGISTRATION)
    first = _first_session(seminar)
    if first is None:
        return str(NOT_OPEN)
    if first.starts_at <= now:
        return str(STARTED)
    return audience_refusal(seminar=seminar, user=user)


def _place_take(*, seminar: Seminar, user, source: str, by, now) -> tuple[Registration, str | None]:
    """Give `user` a place or a waiting-list spot (seminar locked by the caller); the event to
    tell them ("confirmed", "waiting") or None when they already held one."""
    registration = Registration.objects.filter(seminar=seminar, user=user).first()
    if registration is not None and registration.status != RegistrationStatus.CANCELLED:
        return registration, None
    left = _places_left(seminar)
    confirmed = left is None or left > 0
    status = RegistrationStatus.CONFIRMED if confirmed else RegistrationStatus.WAITING
    fields = {
        "status": status,
        "source": source,
        "registered_by": by,
        "confirmed_at": now if confirmed else None,
        "waiting_since": None if confirmed else now,
        "cancelled_at": None,
    }
    if registration is None:
        registration = Registration.objects.create(seminar=seminar, user=user, **fields)
    else:
        for name, value in fields.items():
            setattr(registration, name, value)
        registration.save(update_fields=[*fields])
    return registration, ("confirmed" if confirmed else "waiting")


@transaction.atomic
def registration_create(*, seminar: Seminar, user, now=None) -> Registration:
    """A learner registers themselves: a place, or the waiting list when full. A repeat (a
    double submit) changes nothing; refusals raise ValidationError saying why."""
    now = now or timezone.now()
    seminar = _lock(seminar)
    refusal = registration_refusal(seminar=seminar, user=user, now=now)
    if refusal:
        raise ValidationError(refusal, code="refused")
    registration, event = _place_take(
        seminar=seminar, user=user, source=RegistrationSource.SELF, by=user, now=now
    )
    if event:
        registration.seminar = seminar
        registration_notify(registrations=[registration], event=event)
    return registration


@transaction.atomic
def registrations_trainer_create(*, seminar: Seminar, users, by, now=None) -> dict:
    """A trainer registers people: places while they last, then the waiting list. Returns
    {"confirmed": n, "waiting": n, "already": n}; repeats change nothing."""
    now = now or timezone.now()
    seminar = _lock(seminar)
    counts = {"confirmed": 0, "waiting": 0, "already": 0}
    told = {"confirmed": [], "waiting": []}
    for user in users:
        registration, event = _place_take(
            seminar=seminar, user=user, source=RegistrationSource.TRAINER, by=by, now=now
        )
        if event is None:
            counts["already"] += 1
            continue
        registration.seminar = seminar
        counts[event] += 1
        told[event].append(registration)
    for event, registrations in told.items():
        registration_notify(registrations=registrations, event=event)
    return counts


def cancel_deadline(*, seminar: Seminar):
    """The last moment a learner may cancel themselves (None without sessions)."""
    first = _first_session(seminar)
    if first is None:
        return None
    return first.starts_at - timedelta(hours=seminar.cancel_cutoff_hours)


def _waiting_promote(*, seminar: Seminar, now) -> list[Registration]:
    """Move people up from the waiting list, first come first served, while places are free."""
    left = _places_left(seminar)
    waiting = Registration.objects.filter(seminar=seminar, status=RegistrationStatus.WAITING)
    if left is not None:
        waiting = waiting.order_by("waiting_since", "pk")[:left]
    promoted = list(waiting.select_related("user"))
    for registration in promoted:
        registration.status = RegistrationStatus.CONFIRMED
        registration.confirmed_at = now
        registration.save(update_fields=["status", "confirmed_at"])
        registration.seminar = seminar
    registration_notify(registrations=promoted, event="promoted")
    return promoted


@transaction.atomic
def registration_cancel(*, registration: Registration, by, now=None) -> list[Registration]:
    """Cancel a place or a waiting-list spot; a freed place goes to the first person waiting.
    The learner themselves may cancel until the cut-off; the seminar's trainers and managers at
    any time. Returns who moved up."""
    now = now or timezone.now()
    seminar = _lock(registration.seminar)
    registration = Registration.objects.select_related("user").get(pk=registration.pk)
    registration.seminar = seminar
    if registration.status == RegistrationStatus.CANCELLED:
        return []
    if by is not None and registration.user_id == by.pk:
        deadline = cancel_deadline(seminar=seminar)
        if deadline is not None and now > deadline:
            raise ValidationError(
                str(CUTOFF_PASSED) % {"hours": seminar.cancel_cutoff_hours}, code="cutoff"
            )
    was_confirmed = registration.status == RegistrationStatus.CONFIRMED
    registration.status = RegistrationStatus.CANCELLED
    registration.cancelled_at = now
    registration.save(update_fields=["status", "cancelled_at"])
    registration_notify(registrations=[registration], event="cancelled")
    if not was_confirmed:
        return []
    return _waiting_promote(seminar=seminar, now=now)


def session_reminders_send(*, now=None) -> int:
    """The day-before reminder: everyone with a place at a session that starts tomorrow
    (Bishkek's date) is told once (dedupe key per session). Returns notifications written."""
    now = now or timezone.now()
    tomorrow = timezone.localdate(now) + timedelta(days=1)
    sessions = (
        SeminarSession.objects.filter(
            starts_at__date=tomorrow, seminar__status=SeminarStatus.PUBLISHED
        )
        .select_related("seminar")
        .order_by("starts_at", "pk")
    )
    written = 0
    for session in sessions:
        with transaction.atomic():
            registrations = list(
                Registration.objects.filter(
                    seminar=session.seminar,
                    status=RegistrationStatus.CONFIRMED,
                    user__isnull=False,
                ).select_related("user", "seminar")
            )
            written += len(
                registration_notify(registrations=registrations, event="reminder", session=session)
            )
    return written
