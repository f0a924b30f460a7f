"""A few notifications for the demo learner and trainer, so the bell and the list show
something on a fresh `make run`; the other apps' demos add real ones through their services.

Sent through `notify` with dedupe keys: a rerun writes nothing twice.
"""

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from lms.notifications.models import Notification
from lms.notifications.services import notify

LEARNER = "learner@example.org"
TRAINER = "trainer@example.org"


def _demo(person, key: str, kind: str, title: str, body: str, url_name: str) -> list:
    # The texts are marked with gettext_noop where they are written, translated here.
    return notify(
        [person],
        kind,
        render=lambda: (_(title), _(body)),
        url=lambda language: reverse(url_name),
        dedupe_key=f"demo:{key}",
    )


def demo_notifications_create() -> int:
    """Write the demo notifications (one of the learner's already read); how many are new."""
    User = get_user_model()
    people = {user.email: user for user in User.objects.filter(email__in=[LEARNER, TRAINER])}
    written = []
    learner, trainer = people.get(LEARNER), people.get(TRAINER)
    if learner is not None:
        written += _demo(
            learner,
            "enrolled",
            "enrolment",
            gettext_noop("You are enrolled in a course"),
            gettext_noop("Your place is confirmed. Continue where you left off in My learning."),
            "progress:my",
        )
        written += _demo(
            learner,
            "due-soon",
            "deadline",
            gettext_noop("An assignment is due soon"),
            gettext_noop("Hand in your work before the due date: it is listed in My learning."),
            "progress:my",
        )
        written += _demo(
            learner,
            "graded",
            "grade",
            gettext_noop("A grade is released"),
            gettext_noop("Your trainer graded your work. Open it to read the feedback."),
            "progress:my",
        )
        Notification.objects.filter(
            recipient=learner, dedupe_key="demo:enrolled", read_at__isnull=True
        ).update(read_at=timezone.now())
    if trainer is not None:
        written += _demo(
            trainer,
            "question",
            "question",
            gettext_noop("A learner asked a question under a lesson"),
            gettext_noop("Answer it from the lesson page; the learner is told when you reply."),
            "progress:teach",
        )
        written += _demo(
            trainer,
            "join-request",
            "enrolment",
            gettext_noop("A learner asked to join your course"),
            gettext_noop("Accept or decline the request on the course's participants page."),
            "progress:teach",
        )
    return len(written)
