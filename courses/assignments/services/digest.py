"""The trainers' digest: one mail per trainer listing the work handed in since the last one.

A periodic task marks the new submissions (`Submission.trainers_notified_at`) and queues one
outbox message per trainer in the same transaction, so a rerun finds nothing new and a
rollback queues nothing; a trainer of several courses gets one mail for all of them. The mail
is written in the trainer's language when it is sent.
"""

from collections import defaultdict

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail.models import Locale

from courses.assignments.models import Submission, SubmissionStatus
from courses.catalogue.models import CoursePage
from courses.catalogue.selectors import course_group_name
from lms.accounts.emails import message_send, platform_name
from lms.accounts.models import User
from lms.outbox.services import outbox_send

# Per assignment, the mail names this many learners and counts the rest.
NAMES_LISTED = 15
# At most this many submissions are marked by one run (the next run takes the rest).
BATCH = 5000


@transaction.atomic
def trainers_digest_queue(*, now=None) -> int:
    """Mark the submissions handed in since the last digest and queue one mail per trainer of
    their courses; how many mails were queued. Running it again queues nothing new."""
    now = now or timezone.now()
    new = list(
        Submission.objects.select_for_update(skip_locked=True)
        .filter(
            status=SubmissionStatus.SUBMITTED,
            trainers_notified_at__isnull=True,
            submitted_at__isnull=False,
        )
        .order_by("submitted_at", "pk")
        .values_list("pk", "course_key")[:BATCH]
    )
    if not new:
        return 0
    by_group = defaultdict(list)
    for pk, course_key in new:
        by_group[course_group_name(course_key)].append(pk)
    per_trainer = defaultdict(set)
    trainers = User.objects.filter(groups__name__in=list(by_group), is_active=True).values_list(
        "pk", "groups__name"
    )
    for user_id, group_name in trainers:
        per_trainer[user_id].update(by_group[group_name])
    # Work in a course without trainers is marked too: nobody is waiting for that mail.
    Submission.objects.filter(pk__in=[pk for pk, _key in new]).update(trainers_notified_at=now)
    from courses.assignments.tasks.bulk import trainers_digest_email_send

    for user_id, submission_ids in sorted(per_trainer.items()):
        outbox_send(trainers_digest_email_send, user_id, sorted(submission_ids))
    return len(per_trainer)


def _course_titles(course_keys, language: str) -> dict:
    """Course titles in `language`, else in the default language."""
    default = Locale.get_default().language_code
    titles: dict = {}
    courses = CoursePage.objects.filter(translation_key__in=course_keys).select_related("locale")
    for course in courses:
        code = course.locale.language_code
        if code == language or (code == default and course.translation_key not in titles):
            titles[course.translation_key] = course.title
    return titles


def _grading_link(assignment) -> str:
    """The grading table, showing the work that waits for a grade."""
    path = reverse("assignments:teach_table", args=[assignment.pk])
    return f"{settings.SITE_URL}{path}?show=needs_grading"


def trainers_digest_message_send(*, user_id: int, submission_ids: list[int]) -> bool:
    """Send one trainer's digest; False when they are gone or no longer grade any of it."""
    from courses.assignments.selectors.access import assignment_grading_allowed

    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return False
    submissions = [
        submission
        for submission in Submission.objects.filter(pk__in=submission_ids)
        .select_related("assignment", "user")
        .order_by("assignment_id", "submitted_at", "pk")
        if assignment_grading_allowed(user=user, course_key=submission.course_key)
    ]
    if not submissions:
        return False
    by_assignment = defaultdict(list)
    for submission in submissions:
        by_assignment[submission.assignment].append(submission)
    with translation.override(user.preferred_language):
        titles = _course_titles({s.course_key for s in submissions}, user.preferred_language)
        subject = ngettext(
            "%(count)d new submission to grade",
            "%(count)d new submissions to grade",
            len(submissions),
        ) % {"count": len(submissions)}
        lines = [_("Learners handed in work in your courses since the last digest."), ""]
        for assignment, handed_in in by_assignment.items():
            lines.append(
                _("%(course)s: %(assignment)s")
                % {
                    "course": titles.get(assignment.course_key, ""),
                    "assignment": assignment.display_title,
                }
            )
            for submission in handed_in[:NAMES_LISTED]:
                when = date_format(timezone.localtime(submission.submitted_at), "DATETIME_FORMAT")
                late = " " + _("(late)") if submission.late else ""
                name = submission.user.full_name or submission.user.email
                lines.append(f"  - {name}, {when}{late}")
            more = len(handed_in) - NAMES_LISTED
            if more > 0:
                lines.append(
                    "  - " + ngettext("and %(n)d more", "and %(n)d more", more) % {"n": more}
                )
            lines.append("  " + _grading_link(assignment))
            lines.append("")
        signature = _("%(platform)s. You get this digest because you teach these courses.")
        body = "\n".join(lines) + f"\n-- \n{signature % {'platform': platform_name()}}\n"
    message_send(
        subject=subject, body=body, recipients=[user.email], language=user.preferred_language
    )
    return True
