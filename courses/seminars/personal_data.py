"""What seminars hold about a person: their registrations and attendance marks; as a trainer,
the seminars they run, whom they registered and whose attendance they marked.

Deletion keeps each registration row (the reports count seminars' participants by place,
position and gender) but anonymises it: no account, the name becomes "Former participant", the
e-mail is cleared; municipality, position and gender stay for the aggregate figures. A
trainer's name is removed from seminars' trainer lists and from "registered by"/"marked by".
"""

from collections.abc import Iterator

from django.utils.translation import gettext_lazy, ngettext

from courses.activity.personal_data import iso
from courses.seminars.models import Attendance, Registration
from lms.privacy.providers import PersonalDataProvider

# Stored in the row (not translated at display): the reports and lists show it as a name.
FORMER_PARTICIPANT = "Former participant"


def seminar_records(user) -> Iterator[dict]:
    registrations = (
        Registration.objects.filter(user=user)
        .select_related("seminar")
        .prefetch_related("attendance__session")
        .order_by("created_at", "pk")
    )
    for registration in registrations:
        yield {
            "seminar": registration.seminar.title,
            "status": registration.status,
            "source": registration.source,
            "registered_at": iso(registration.created_at),
            "confirmed_at": iso(registration.confirmed_at),
            "waiting_since": iso(registration.waiting_since),
            "cancelled_at": iso(registration.cancelled_at),
            "attendance": [
                {"session_starts_at": iso(mark.session.starts_at), "mark": mark.mark}
                for mark in registration.attendance.all()
            ],
        }


def seminar_describe(user) -> str | None:
    count = Registration.objects.filter(user=user).count()
    if not count:
        return None
    return ngettext(
        "%(count)d seminar registration: kept for the counts without name or e-mail",
        "%(count)d seminar registrations: kept for the counts without names or e-mail",
        count,
    ) % {"count": count}


def seminar_erase(user) -> int:
    """Anonymise the person's registrations (kept for the counts); drop them as a trainer."""
    changed = 0
    for registration in Registration.objects.filter(user=user).select_related("user"):
        # Keep the place, position and gender the reports group by, from the account if the
        # row had none of its own.
        registration.municipality_id = registration.municipality_id or user.municipality_id
        registration.position = registration.position or (user.position or "")
        registration.gender = registration.gender or (user.gender or "")
        registration.user = None
        registration.full_name = FORMER_PARTICIPANT
        registration.email = ""
        registration.save(
            update_fields=["user", "full_name", "email", "municipality", "position", "gender"]
        )
        changed += 1
    changed += Registration.objects.filter(registered_by=user).update(registered_by=None)
    changed += Attendance.objects.filter(marked_by=user).update(marked_by=None)
    for seminar in user.seminars_trained.all():
        seminar.trainers.remove(user)
        changed += 1
    return changed


def seminars_personal_data() -> PersonalDataProvider:
    return PersonalDataProvider(
        key="seminars",
        title=gettext_lazy("Seminars"),
        models=("seminars.Registration", "seminars.Attendance", "seminars.Seminar"),
        records=seminar_records,
        describe=seminar_describe,
        erase=seminar_erase,
    )
