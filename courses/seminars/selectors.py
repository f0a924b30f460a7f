"""Reads about seminars: who may manage one, the public listing, a person's place, counts."""

from dataclasses import dataclass

from django.db.models import Count, Min, Prefetch, Q
from django.http import Http404
from django.utils import timezone, translation

from courses.seminars.models import (
    Registration,
    RegistrationStatus,
    Seminar,
    SeminarMaterial,
    SeminarSession,
    SeminarStatus,
)
from lms.accounts.access_cache import user_group_names
from lms.accounts.roles import MANAGER

DEFAULT_LANGUAGE = "ky"


def is_seminar_manager(user) -> bool:
    """Managers and administrators act on every seminar."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or MANAGER in user_group_names(user)


def can_manage_seminar(user, seminar: Seminar) -> bool:
    """A manager, an administrator, or one of the seminar's trainers."""
    if is_seminar_manager(user):
        return True
    if not user.is_authenticated or not user.is_active:
        return False
    return seminar.trainers.filter(pk=user.pk).exists()


def seminar_for_trainer(user, seminar_id: int) -> Seminar:
    """The seminar `user` may manage; 404 for anyone else (no hint it exists)."""
    seminar = Seminar.objects.filter(pk=seminar_id).first()
    if seminar is None or not can_manage_seminar(user, seminar):
        raise Http404
    return seminar


def seminars_managed(*, user):
    """The seminars `user` may manage (all for managers), with their counts and first date."""
    seminars = Seminar.objects.all()
    if not is_seminar_manager(user):
        seminars = seminars.filter(trainers=user)
    return seminars.annotate(
        confirmed_count=Count(
            "registrations",
            filter=Q(registrations__status=RegistrationStatus.CONFIRMED),
            distinct=True,
        ),
        waiting_count=Count(
            "registrations",
            filter=Q(registrations__status=RegistrationStatus.WAITING),
            distinct=True,
        ),
        first_start=Min("sessions__starts_at"),
    ).order_by("-first_start", "-pk")


def seminar_text(seminar: Seminar, field: str, language: str | None = None) -> str:
    """A translated field (title, description) in `language`, falling back to Kyrgyz."""
    language = language or translation.get_language() or DEFAULT_LANGUAGE
    if language != DEFAULT_LANGUAGE:
        value = getattr(seminar, f"{field}_{language}", "")
        if value:
            return value
    return getattr(seminar, field)


def seminar_capacity(*, seminar: Seminar, sessions=None) -> int | None:
    """The smallest session's places (None without sessions)."""
    sessions = list(seminar.sessions.all()) if sessions is None else sessions
    return min((session.capacity for session in sessions), default=None)


def seminar_first_start(*, seminar: Seminar, sessions=None):
    sessions = list(seminar.sessions.all()) if sessions is None else sessions
    return min((session.starts_at for session in sessions), default=None)


def confirmed_count(*, seminar: Seminar) -> int:
    return seminar.registrations.filter(status=RegistrationStatus.CONFIRMED).count()


def _sessions_prefetch():
    return Prefetch(
        "sessions",
        queryset=SeminarSession.objects.select_related("municipality", "district").order_by(
            "starts_at", "pk"
        ),
    )


def seminars_upcoming(*, now=None):
    """Published seminars whose first session is still ahead, soonest first, with sessions,
    topic and places taken: three queries whatever their number."""
    now = now or timezone.now()
    return (
        Seminar.objects.filter(status=SeminarStatus.PUBLISHED)
        .annotate(
            first_start=Min("sessions__starts_at"),
            capacity=Min("sessions__capacity"),
        )
        .filter(first_start__gt=now)
        .annotate(
            confirmed_count=Count(
                "registrations",
                filter=Q(registrations__status=RegistrationStatus.CONFIRMED),
                distinct=True,
            )
        )
        .select_related("topic")
        .prefetch_related(_sessions_prefetch())
        .order_by("first_start", "pk")
    )


def seminar_public(*, seminar_id: int) -> Seminar:
    """A published (or cancelled, to say so) seminar with its sessions and materials; 404 for
    drafts."""
    seminar = (
        Seminar.objects.exclude(status=SeminarStatus.DRAFT)
        .select_related("topic")
        .prefetch_related(
            _sessions_prefetch(),
            Prefetch(
                "materials",
                queryset=SeminarMaterial.objects.select_related("document").order_by(
                    "sort_order", "pk"
                ),
            ),
        )
        .filter(pk=seminar_id)
        .first()
    )
    if seminar is None:
        raise Http404
    return seminar


def registration_of(*, user, seminar: Seminar) -> Registration | None:
    if not user.is_authenticated:
        return None
    return Registration.objects.filter(user=user, seminar=seminar).first()


def registrations_of_user(*, user, seminar_ids) -> dict:
    """{seminar id: registration} of `user` among `seminar_ids`: one query."""
    if not user.is_authenticated:
        return {}
    return {
        registration.seminar_id: registration
        for registration in Registration.objects.filter(user=user, seminar_id__in=seminar_ids)
    }


def waiting_position(*, registration: Registration) -> int | None:
    """1 for the first person on the waiting list; None when not waiting."""
    if registration.status != RegistrationStatus.WAITING:
        return None
    ahead = Registration.objects.filter(
        seminar_id=registration.seminar_id, status=RegistrationStatus.WAITING
    ).filter(
        Q(waiting_since__lt=registration.waiting_since)
        | Q(waiting_since=registration.waiting_since, pk__lt=registration.pk)
    )
    return ahead.count() + 1


def seminar_registrations(*, seminar: Seminar):
    """Everyone on the seminar's lists (confirmed, waiting in order, cancelled), with their
    accounts and places: one query."""
    return (
        Registration.objects.filter(seminar=seminar)
        .select_related("user", "user__municipality", "municipality")
        .order_by("status", "waiting_since", "pk")
    )


@dataclass(frozen=True)
class SeminarLists:
    confirmed: list
    waiting: list
    cancelled: list


def seminar_lists(*, seminar: Seminar) -> SeminarLists:
    rows = list(seminar_registrations(seminar=seminar))
    by = {status: [] for status in RegistrationStatus.values}
    for row in rows:
        by[row.status].append(row)
    by[RegistrationStatus.WAITING].sort(key=lambda r: (r.waiting_since or r.created_at, r.pk))
    return SeminarLists(
        confirmed=by[RegistrationStatus.CONFIRMED],
        waiting=by[RegistrationStatus.WAITING],
        cancelled=by[RegistrationStatus.CANCELLED],
    )


def user_sessions(*, user, start, end):
    """Sessions of seminars `user` holds a place at (or waits for), in [start, end)."""
    return (
        SeminarSession.objects.filter(
            seminar__registrations__user=user,
            seminar__registrations__status__in=(
                RegistrationStatus.CONFIRMED,
                RegistrationStatus.WAITING,
            ),
            starts_at__gte=start,
            starts_at__lt=end,
        )
        .exclude(seminar__status=SeminarStatus.DRAFT)
        .select_related("seminar")
        .order_by("starts_at")
    )
