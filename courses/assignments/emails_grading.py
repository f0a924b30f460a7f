"""Telling a learner their grade is released, in their language: a notification (kind "grade",
written in the release's transaction, mailed by the learner's preference); the direct mail is
kept only for outbox messages queued before. It quotes no feedback: the learner reads that on
the lesson page, signed in."""

from django.utils import formats, translation
from django.utils.translation import gettext as _

from courses.assignments.emails_learner import lesson_link, lesson_path
from courses.assignments.models import Grade, Submission, SubmissionStatus
from lms.accounts.emails import message_send, platform_name


def _number(value) -> str:
    """80.00 → "80", 72.50 → "72.5" (with the language's decimal mark)."""
    if value == value.to_integral():
        return formats.number_format(int(value))
    return formats.number_format(value.normalize())


def _newest_released(*, assignment_id: int, user_id: int) -> Grade | None:
    return (
        Grade.objects.filter(
            submission__assignment_id=assignment_id,
            submission__user_id=user_id,
            released_at__isnull=False,
        )
        .select_related("submission__assignment", "submission__user")
        .order_by("-submission__attempt_number")
        .first()
    )


def grade_released_texts(*, grade: Grade) -> tuple[str, str]:
    """The subject and text telling a learner their grade, in the active language (no link)."""
    submission = grade.submission
    assignment = submission.assignment
    reopened = Submission.objects.filter(
        assignment_id=assignment.pk,
        user_id=submission.user_id,
        is_latest=True,
        status=SubmissionStatus.DRAFT,
        attempt_number__gt=submission.attempt_number,
    ).exists()
    title = assignment.display_title
    subject = _("Your grade for “%(title)s”") % {"title": title}
    lines = [
        _("Your work on “%(title)s” has been graded: %(points)s of %(max)s points (%(score)s%%).")
        % {
            "title": title,
            "points": _number(grade.points),
            "max": _number(grade.max_points),
            "score": _number(grade.score),
        }
    ]
    if grade.passed:
        lines.append(_("You passed: the pass mark is %(mark)s%%.") % {"mark": assignment.pass_mark})
    else:
        lines.append(
            _("This is below the pass mark of %(mark)s%%.") % {"mark": assignment.pass_mark}
        )
    if reopened:
        lines.append(_("You can hand in a new attempt."))
    return subject, " ".join(lines) + "\n\n" + _("Read the trainer's feedback on the lesson page.")


def grade_released_notify(*, assignment_id: int, user_id: int) -> list:
    """Tell the learner (kind "grade") their newest released grade, with the lesson (where their
    work and the feedback are) in their language. Called in the release's transaction; the
    notification's e-mail, by the learner's preference, replaced the direct mail."""
    from lms.notifications.services import notify

    grade = _newest_released(assignment_id=assignment_id, user_id=user_id)
    if grade is None:
        return []
    lesson_key = grade.submission.assignment.lesson_key
    return notify(
        [grade.submission.user],
        "grade",
        render=lambda: grade_released_texts(grade=grade),
        url=lambda language: lesson_path(lesson_key=lesson_key, language=language),
    )


def grade_released_message_send(*, assignment_id: int, user_id: int) -> bool:
    """Mail the learner's newest released grade of the assignment (outbox messages queued
    before notifications replaced this mail); False when there is none or the account is
    inactive."""
    grade = _newest_released(assignment_id=assignment_id, user_id=user_id)
    if grade is None or not grade.submission.user.is_active:
        return False
    assignment, user = grade.submission.assignment, grade.submission.user
    with translation.override(user.preferred_language):
        subject, body = grade_released_texts(grade=grade)
        url = lesson_link(lesson_key=assignment.lesson_key, language=user.preferred_language)
        link = f"\n{url}" if url else ""
        body = f"{body}{link}\n\n-- \n{platform_name()}\n"
    message_send(
        subject=subject, body=body, recipients=[user.email], language=user.preferred_language
    )
    return True
