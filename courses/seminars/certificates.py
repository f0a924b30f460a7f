"""Certificates of attendance: who earned one, and issuing them through the certificates app.

A person earns one when present or late at `seminar.certificate_share` % of the seminar's
sessions or more. Issuing is idempotent (one valid certificate per person and seminar, a
database constraint in courses.certificates); walk-ins without an account get none until they
are matched to one. The files are rendered and mailed by the certificates' own task, sent
through the outbox.
"""

import math
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from courses.certificates.models import Certificate, CertificateKind, CertificateStatus
from courses.certificates.services import seminar_certificate_issue
from courses.certificates.tasks import certificate_deliver
from courses.seminars.attendance import attendance_counts
from courses.seminars.models import Registration, RegistrationStatus, Seminar
from courses.seminars.selectors import seminar_text
from lms.outbox.services import outbox_send


def seminar_subject_key(seminar: Seminar) -> str:
    return f"seminar:{seminar.pk}"


def sessions_needed(seminar: Seminar, session_count: int) -> int:
    """Sessions attended for a certificate: the share of the sessions, rounded up, at least 1."""
    share = min(max(seminar.certificate_share, 0), 100)
    return max(1, math.ceil(session_count * share / 100))


@dataclass
class Eligibility:
    sessions: int = 0
    needed: int = 0
    earned: list[Registration] = field(default_factory=list)  # with an account
    walk_ins: int = 0  # earned, but no account yet
    already: int = 0  # of `earned`, holding a valid certificate


def certificate_eligibility(seminar: Seminar) -> Eligibility:
    """Who earned a certificate of this seminar, in a fixed number of queries."""
    sessions = seminar.sessions.count()
    result = Eligibility(sessions=sessions, needed=sessions_needed(seminar, sessions))
    if not sessions:
        return result
    counts = attendance_counts(seminar)
    earned_ids = [pk for pk, attended in counts.items() if attended >= result.needed]
    registrations = Registration.objects.filter(
        pk__in=earned_ids, status=RegistrationStatus.CONFIRMED
    ).select_related("user")
    holders = set(
        Certificate.objects.filter(
            kind=CertificateKind.SEMINAR,
            subject_key=seminar_subject_key(seminar),
            status=CertificateStatus.VALID,
        ).values_list("user_id", flat=True)
    )
    for registration in registrations.order_by("pk"):
        if registration.user_id is None:
            result.walk_ins += 1
            continue
        result.earned.append(registration)
        if registration.user_id in holders:
            result.already += 1
    return result


def seminar_certificates_issue(*, seminar: Seminar, by=None) -> tuple[int, Eligibility]:
    """Issue the certificates earned and not yet issued; returns (issued now, eligibility).
    Running it again issues nothing new."""
    eligibility = certificate_eligibility(seminar)
    if not eligibility.earned:
        return 0, eligibility
    sessions = list(
        seminar.sessions.select_related("municipality", "district").order_by("starts_at")
    )
    first = timezone.localdate(sessions[0].starts_at)
    last = timezone.localdate(sessions[-1].starts_at)
    trainers = ", ".join(sorted(t.full_name or t.email for t in seminar.trainers.all()))
    issued = 0
    with transaction.atomic():
        for registration in eligibility.earned:
            user = registration.user
            language = user.preferred_language or "ky"
            venue = _venue(sessions, language)
            certificate = seminar_certificate_issue(
                user=user,
                subject_key=seminar_subject_key(seminar),
                title=seminar_text(seminar, "title", language) or seminar.title,
                language=language,
                held_from=first,
                held_to=last,
                venue=venue,
                trainer_names=trainers,
            )
            if certificate is not None:
                issued += 1
                outbox_send(certificate_deliver, certificate.pk)
    eligibility.already += issued
    return issued, eligibility


def _venue(sessions, language: str) -> str:
    """The places the seminar met, as printed: "Venue, Municipality" once each."""
    seen: list[str] = []
    for session in sessions:
        place = session.municipality or session.district
        name = ""
        if place is not None:
            name = getattr(place, f"name_{language}", "") or getattr(place, "name_ky", "")
        text = ", ".join(part for part in (session.venue, name) if part)
        if text and text not in seen:
            seen.append(text)
    return "; ".join(seen)
