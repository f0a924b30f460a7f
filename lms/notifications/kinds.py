"""The kinds of notification and how each may be delivered by e-mail (docs/notifications.md).

Kinds are plain strings so that any app may send one without the foundation importing it; a new
kind is added here with its label, default delivery and whether people may turn its mail off.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _


class Delivery(models.TextChoices):
    NOW = "now", _("At once")
    DIGEST = "digest", _("Daily digest")
    NEVER = "never", _("Never")


@dataclass(frozen=True)
class Kind:
    code: str
    label: str
    default: str = Delivery.NOW
    # Announcements and security mail cannot be turned off (a digest is still allowed for
    # announcements; security mail always goes at once).
    may_turn_off: bool = True
    may_digest: bool = True


KINDS: dict[str, Kind] = {
    kind.code: kind
    for kind in (
        Kind("reply", _("Replies to my topics, posts and lesson questions")),
        Kind("announcement", _("Course announcements"), may_turn_off=False),
        Kind("question", _("New lesson questions and discussion topics in my courses (trainers)")),
        Kind("post_report", _("Reported posts in my courses (trainers)")),
        Kind("moderation", _("My posts hidden by a trainer")),
        Kind("enrolment", _("Enrolment requests and decisions")),
        Kind("grade", _("Grades released")),
        Kind("certificate", _("Certificates issued")),
        Kind("deadline", _("Due dates approaching"), default=Delivery.DIGEST),
        Kind("reminder", _("Reminders to continue a course")),
        Kind("seminar", _("Seminar registrations and reminders")),
        Kind("nudge", _("Messages from my trainers")),
        Kind("case", _("New cases in portal themes I follow"), default=Delivery.DIGEST),
        Kind("review", _("Review requests (reviewers)")),
        Kind("competition", _("Competitions: applications, jury questions, outcomes")),
        Kind("security", _("Account security"), may_turn_off=False, may_digest=False),
    )
}


# How the preferences page groups the kinds (every kind in exactly one group).
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (_("Courses and discussions"), ("announcement", "reply", "question", "moderation", "nudge")),
    (
        _("Enrolment, progress and results"),
        ("enrolment", "deadline", "reminder", "grade", "certificate", "seminar"),
    ),
    (_("Trainers and reviewers"), ("post_report", "review")),
    (_("Portal"), ("case",)),
    (_("Competitions"), ("competition",)),
    (_("Account"), ("security",)),
)
# The unsubscribe link of a digest names no one kind: it stops every kind mailed by digest.
DIGEST_ALL = "digest"


def kind_get(code: str) -> Kind:
    """The kind named `code`; KeyError for an unknown one, so a typo fails in tests."""
    return KINDS[code]


def deliveries_allowed(kind: Kind) -> list[str]:
    """The e-mail choices a person has for `kind`, in the order the preferences page shows."""
    allowed = [Delivery.NOW]
    if kind.may_digest:
        allowed.append(Delivery.DIGEST)
    if kind.may_turn_off:
        allowed.append(Delivery.NEVER)
    return allowed
