"""Sending reminders: each is logged and notified in one transaction, and the log's unique
occasion (`period`) makes a second run, a second beat process or a second submit send nothing.

Texts are rendered by `lms.notifications.services.notify` in each learner's own language.
"""

import datetime as dt
import uuid
from collections.abc import Callable

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from courses.assignments.dates import moment_text, relative_day
from courses.catalogue.models import LessonPage
from courses.catalogue.selectors import course_for_page
from courses.reminders.models import ReminderKind, ReminderLog, ReminderTarget
from courses.reminders.selectors import (
    CourseCopies,
    assignment_due_enrollments,
    assignments_due,
    due_slot,
    inactive_enrollments,
    lesson_due_enrollments,
    lessons_due,
    live_courses,
    live_pages_by_language,
    required_keys,
)
from lms.i18n import text_in_language
from lms.notifications.services import notify

# Learners read per query while a task walks a course's enrolments.
BATCH_SIZE = 500
# What a trainer may write in a nudge.
NUDGE_MESSAGE_MAX = 500


def _language() -> str:
    return (get_language() or "ky")[:2]


@transaction.atomic
def reminder_send(
    *,
    user,
    course_key: uuid.UUID,
    kind: str,
    period: str,
    notification_kind: str,
    render: Callable[[], tuple[str, str]],
    url: Callable[[str], str],
    target: str = ReminderTarget.COURSE,
    target_key: str = "",
    due_at: dt.datetime | None = None,
    message: str = "",
    sent_by=None,
) -> bool:
    """Log one reminder and notify the learner; False (nothing sent) when this occasion was
    logged already."""
    try:
        with transaction.atomic():
            ReminderLog.objects.create(
                user=user,
                course_key=course_key,
                kind=kind,
                target=target,
                target_key=target_key,
                period=period,
                due_at=due_at,
                message=message,
                sent_by=sent_by,
            )
    except IntegrityError:
        return False
    notify(
        [user],
        notification_kind,
        render=render,
        url=url,
        dedupe_key=f"reminders:{kind}:{course_key}:{target_key}:{period}"[:200],
    )
    return True


def _batches(rows):
    """The rows of an ordered-by-pk queryset, BATCH_SIZE per query (keyset: never all at once,
    and no cursor held open while reminders are written)."""
    last = 0
    while True:
        batch = list(rows.filter(pk__gt=last)[:BATCH_SIZE])
        yield from batch
        if len(batch) < BATCH_SIZE:
            return
        last = batch[-1].pk


# ---- inactivity --------------------------------------------------------------------------------


def _course_url(copies: CourseCopies) -> Callable[[str], str]:
    return lambda language: copies.shown(language).get_url() or ""


def inactivity_render(*, copies: CourseCopies, days: int, done: int, total: int):
    """The inactivity reminder's (title, body), in the active language."""

    def render():
        title = copies.shown(_language()).title
        body = ngettext(
            "You have not opened “%(course)s” for %(days)d day; you have completed %(done)d of "
            "%(total)d lessons.",
            "You have not opened “%(course)s” for %(days)d days; you have completed %(done)d of "
            "%(total)d lessons.",
            days,
        ) % {"course": title, "days": days, "done": done, "total": total}
        return _("Continue “%(course)s”") % {"course": title}, body

    return render


def inactivity_reminders_send(*, now: dt.datetime | None = None) -> int:
    """Remind active learners who have not opened a live course for its number of days (at
    most once in 14 days); returns how many were sent."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    sent = 0
    for key, copies in live_courses().items():
        course = copies.main
        days = course.inactivity_reminder_days
        if not days or (course.ends_at and course.ends_at < now):
            continue
        keys = required_keys(course)
        rows = inactive_enrollments(course_key=key, days=days, lesson_keys=keys, now=now)
        for enrollment in _batches(rows):
            away = (today - timezone.localdate(enrollment.since)).days
            sent += reminder_send(
                user=enrollment.user,
                course_key=key,
                kind=ReminderKind.INACTIVITY,
                period=today.isoformat(),
                notification_kind="reminder",
                render=inactivity_render(
                    copies=copies, days=away, done=min(enrollment.done, len(keys)), total=len(keys)
                ),
                url=_course_url(copies),
            )
    return sent


# ---- due dates ---------------------------------------------------------------------------------


def due_render(*, title: Callable[[], str], copies: CourseCopies, due_at: dt.datetime):
    """A due reminder's (title, body), in the active language: "“X” is due tomorrow"."""

    def render():
        when = relative_day(due_at)
        course = copies.shown(_language()).title
        return (
            _("“%(title)s” is due %(when)s") % {"title": title(), "when": when},
            _("Course: “%(course)s”. Due: %(moment)s (Bishkek time).")
            % {"course": course, "moment": moment_text(due_at)},
        )

    return render


def _page_in_language(copies: dict, language: str):
    """A page's copy in `language`, else the default language's, else any."""
    page = copies.get(language) or copies.get(settings.LANGUAGE_CODE)
    return page or next(iter(copies.values()))


def _page_url(copies: dict) -> Callable[[str], str]:
    return lambda language: _page_in_language(copies, language).get_url() or ""


def _page_title(copies: dict) -> Callable[[], str]:
    return lambda: _page_in_language(copies, _language()).title


def due_reminders_send(*, now: dt.datetime | None = None) -> int:
    """Remind active learners of lessons (not completed) and assignments (not handed in; their
    extension counts) due in 3 days and tomorrow, each once; returns how many were sent."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    return _lessons_due_send(now=now, today=today) + _assignments_due_send(now=now, today=today)


def _lessons_due_send(*, now, today) -> int:
    lessons = lessons_due(now=now)
    if not lessons:
        return 0
    pages = live_pages_by_language(LessonPage, keys=[lesson.translation_key for lesson in lessons])
    sent = 0
    for lesson in lessons:
        course = course_for_page(lesson)
        copies = (
            live_courses(keys=[course.translation_key]).get(course.translation_key)
            if course
            else None
        )
        slot = due_slot(lesson.due_at, today=today)
        if copies is None or slot is None:
            continue
        period = f"{slot}d:{timezone.localdate(lesson.due_at).isoformat()}"
        lesson_pages = pages[lesson.translation_key]
        rows = lesson_due_enrollments(
            course_key=copies.key, lesson_key=lesson.translation_key, period=period
        )
        for enrollment in _batches(rows):
            sent += reminder_send(
                user=enrollment.user,
                course_key=copies.key,
                kind=ReminderKind.DUE,
                period=period,
                notification_kind="deadline",
                render=due_render(
                    title=_page_title(lesson_pages), copies=copies, due_at=lesson.due_at
                ),
                url=_page_url(lesson_pages),
                target=ReminderTarget.LESSON,
                target_key=str(lesson.translation_key),
                due_at=lesson.due_at,
            )
    return sent


def _assignments_due_send(*, now, today) -> int:
    sent = 0
    for assignment in assignments_due(now=now):
        copies = live_courses(keys=[assignment.course_key]).get(assignment.course_key)
        lesson_pages = live_pages_by_language(LessonPage, keys=[assignment.lesson_key]).get(
            assignment.lesson_key
        )
        if copies is None or not lesson_pages:
            continue
        rows = assignment_due_enrollments(assignment=assignment, now=now)
        for enrollment in _batches(rows):
            due_at = enrollment.effective_due
            slot = due_slot(due_at, today=today)
            if slot is None:
                continue
            sent += reminder_send(
                user=enrollment.user,
                course_key=copies.key,
                kind=ReminderKind.DUE,
                period=f"{slot}d:{timezone.localdate(due_at).isoformat()}",
                notification_kind="deadline",
                render=due_render(
                    title=lambda assignment=assignment: text_in_language(assignment, "title"),
                    copies=copies,
                    due_at=due_at,
                ),
                url=_page_url(lesson_pages),
                target=ReminderTarget.ASSIGNMENT,
                target_key=str(assignment.lesson_key),
                due_at=due_at,
            )
    return sent


# ---- nudges ------------------------------------------------------------------------------------


def nudge_render(*, copies: CourseCopies, message: str):
    """A nudge's (title, body), in the active language; the trainer's message as written."""

    def render():
        course = copies.shown(_language()).title
        body = message or _("Your trainer invites you to continue the course.")
        return _("A message from your trainer: “%(course)s”") % {"course": course}, body

    return render


def nudge_send(
    *, course_key: uuid.UUID, trainer, recipients: list, message: str, token: uuid.UUID
) -> int:
    """Send a trainer's nudge to the chosen learners, once per form (`token`): a double submit
    finds its rows and sends nothing. Returns how many were sent."""
    copies = live_courses(keys=[course_key]).get(course_key)
    if copies is None:
        return 0
    message = message.strip()[:NUDGE_MESSAGE_MAX]
    sent = 0
    with transaction.atomic():
        for user in recipients:
            sent += reminder_send(
                user=user,
                course_key=course_key,
                kind=ReminderKind.NUDGE,
                period=f"nudge:{token}",
                notification_kind="nudge",
                render=nudge_render(copies=copies, message=message),
                url=_course_url(copies),
                message=message,
                sent_by=trainer,
            )
    return sent
