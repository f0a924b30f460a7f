"""The mail telling a learner their grade is released, in their language; sent by
`courses.assignments.tasks.grade_released_email_send`. It quotes no feedback: the learner reads
that on the lesson page, signed in."""

from django.utils import formats, translation
from django.utils.translation import gettext as _

from courses.assignments.emails_learner import lesson_link
from courses.assignments.models import Grade, Submission, SubmissionStatus
from lms.accounts.emails import message_send, platform_name


def _number(value) -> str:
    """80.00 → "80", 72.50 → "72.5" (with the language's decimal mark)."""
    if value == value.to_integral():
        return formats.number_format(int(value))
    return formats.number_format(value.normalize())


def grade_released_message_send(*, assignment_id: int, user_id: int) -> bool:
    """Mail the learner's newest released grade of the assignment; False when there is none or
    the account is inactive."""
    grade = (
        Grade.objects.filter(
            submission__assignment_id=assignment_id,
            submission__user_id=user_id,
            released_at__isnull=False,
        )
        .select_related("submission__assignment", "submission__user")
        .order_by("-submission__attempt_number")
        .first()
    )
    if grade is None or not grade.submission.user.is_active:
        return False
    submission = grade.submission
    assignment, user = submission.assignment, submission.user
    reopened = Submission.objects.filter(
        assignment_id=assignment_id,
        user_id=user_id,
        is_latest=True,
        status=SubmissionStatus.DRAFT,
        attempt_number__gt=submission.attempt_number,
    ).exists()
    with translation.override(user.preferred_language):
        title = assignment.display_title
        subject = _("Your grade for “%(title)s”") % {"title": title}
        lines = [
            _(
                "Your work on “%(title)s” has been graded: "
                "%(points)s of %(max)s points (%(score)s%%)."
            )
            % {
                "title": title,
                "points": _number(grade.points),
                "max": _number(grade.max_points),
                "score": _number(grade.score),
            }
        ]
        if grade.passed:
            lines.append(
                _("You passed: the pass mark is %(mark)s%%.") % {"mark": assignment.pass_mark}
            )
        else:
            lines.append(
                _("This is below the pass mark of %(mark)s%%.") % {"mark": assignment.pass_mark}
            )
        if reopened:
            lines.append(_("You can hand in a new attempt."))
        lines.append(_("Read the trainer's feedback on the lesson page:"))
        url = lesson_link(lesson_key=assignment.lesson_key, language=user.preferred_language)
        body = "\n\n".join([" ".join(lines[:-1]), lines[-1] + (f"\n{url}" if url else "")])
        body = f"{body}\n\n-- \n{platform_name()}\n"
    message_send(
        subject=subject, body=body, recipients=[user.email], language=user.preferred_language
    )
    return True
