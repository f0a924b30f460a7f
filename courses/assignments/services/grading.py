"""The trainer's actions on handed-in work: grade (points or rubric, with a version check),
release grades, reopen for a new attempt, give an extension.

Every action checks that the person may grade the course (`assignment_grading_allowed`), so a
view, the offline worksheet and a shell all get the same rule. A grade reaches the learner when
it is released: at once, or when the trainer releases the assignment's grades together. What a
release sets off (the mail, the lesson completed on a pass, the next attempt on a fail when the
assignment reopens until passed) happens in the releasing transaction, through the outbox.
"""

import logging
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.assignments.models import (
    Assignment,
    AttemptsReopen,
    CompletionRule,
    CriterionScore,
    Extension,
    FeedbackFile,
    Grade,
    GradingType,
    Submission,
    SubmissionStatus,
)
from courses.assignments.selectors.access import assignment_grading_allowed
from courses.assignments.selectors.grading import rubric_max_points, rubric_with_levels
from courses.enrolment.models import ENROLLED_STATUSES, Enrollment
from lms.uploads import uploads_check

logger = logging.getLogger(__name__)

# Feedback files: what a trainer typically returns (the annotated work, a model answer, a
# table), all types whose content lms.uploads can check.
FEEDBACK_EXTENSIONS = ("pdf", "docx", "xlsx", "pptx", "odt", "ods", "jpg", "jpeg", "png")
FEEDBACK_MAX_FILES = 5
FEEDBACK_MAX_BYTES = 10 * 1024 * 1024
FEEDBACK_MAX_CHARS = 20_000
HUNDRED = Decimal(100)
CENT = Decimal("0.01")

NOT_ALLOWED = _("Only the course's trainers and managers may grade this work.")
GRADE_STALE = _(
    "Someone saved a newer grade for this work while you were editing it. The newer grade is "
    "shown; your input is kept in the form: check it and save again to replace the newer grade."
)
NOT_SUBMITTED = _("This work has not been submitted for grading yet.")
NOT_LATEST = _("The learner has started a newer attempt: grade that one.")
POINTS_REQUIRED = _("Enter the points.")
POINTS_RANGE = _("The points must be between 0 and %(max)s.")
NO_RUBRIC = _("This assignment is graded with a rubric, but it has none. Choose one in the admin.")
LEVEL_MISSING = _("Choose a level for every criterion of the rubric.")
LEVEL_FOREIGN = _("A chosen level does not belong to this assignment's rubric.")
FEEDBACK_TOO_LONG = _("The feedback is longer than %(limit)s characters.")
FEEDBACK_TOO_MANY = _("A grade can carry at most %(count)s feedback files.")
REOPEN_NEVER = _("This assignment allows one attempt only.")
REOPEN_OPEN = _("The learner's current attempt is still open: there is nothing to reopen.")
REOPEN_NOT_LATEST = _("Only the learner's latest attempt can be reopened.")
REOPEN_LIMIT = _("The learner has used all %(count)s attempts.")
EXTENSION_NOT_ENROLLED = _("Only learners enrolled in the course can be given an extension.")
EXTENSION_PAST = _("The extension must end in the future.")
EXTENSION_BEFORE_DUE = _("The extension must end after the due date.")


def _grader_check(*, user, assignment: Assignment) -> None:
    if not assignment_grading_allowed(user=user, course_key=assignment.course_key):
        raise PermissionDenied(NOT_ALLOWED)


def _points(value) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        number = Decimal(str(value).strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def _int(value) -> int | None:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return None


def _rubric_scores(*, assignment: Assignment, levels: dict | None, comments: dict | None):
    """[(criterion, level, comment)], total and maximum; refuses a missing or foreign level."""
    criteria = rubric_with_levels(assignment=assignment)
    if not criteria:
        raise ValidationError(NO_RUBRIC, code="no_rubric")
    chosen = {_int(key): _int(value) for key, value in (levels or {}).items()}
    notes = {_int(key): str(value or "").strip() for key, value in (comments or {}).items()}
    known = {criterion.pk for criterion in criteria}
    if any(key not in known for key in chosen if chosen[key] is not None):
        raise ValidationError(LEVEL_FOREIGN, code="level_foreign")
    scores = []
    for criterion in criteria:
        level_id = chosen.get(criterion.pk)
        if level_id is None:
            raise ValidationError(LEVEL_MISSING, code="level_missing")
        level = next((item for item in criterion.levels.all() if item.pk == level_id), None)
        if level is None:
            raise ValidationError(LEVEL_FOREIGN, code="level_foreign")
        scores.append((criterion, level, notes.get(criterion.pk, "")[:FEEDBACK_MAX_CHARS]))
    total = sum((level.points for _criterion, level, _comment in scores), Decimal(0))
    return scores, total, rubric_max_points(criteria)


@transaction.atomic
def submission_grade_save(
    *,
    submission: Submission,
    grader,
    points=None,
    levels: dict | None = None,
    comments: dict | None = None,
    feedback: str = "",
    files=(),
    remove_file_ids=(),
    expected_version: int | None = None,
) -> Grade:
    """Grade the learner's latest submitted attempt, or change its grade; returns the grade.

    `expected_version` is the grade's version the trainer's page showed (0: no grade yet); a
    save over a newer one is refused (GRADE_STALE) so that two tabs never overwrite each other
    silently. Points for points grading (0..max); for a rubric, `levels` {criterion id: level
    id} for every criterion and `comments` {criterion id: text}, the total computed. Released
    at once when the assignment says so (the learner is told), else kept for the release.
    """
    submission = (
        Submission.objects.select_for_update()
        .select_related("assignment", "user")
        .get(pk=submission.pk)
    )
    assignment = submission.assignment
    _grader_check(user=grader, assignment=assignment)
    if submission.status != SubmissionStatus.SUBMITTED:
        raise ValidationError(NOT_SUBMITTED, code="not_submitted")
    if not submission.is_latest:
        raise ValidationError(NOT_LATEST, code="not_latest")
    grade = Grade.objects.filter(submission=submission).first()
    if expected_version is not None and int(expected_version) != (grade.version if grade else 0):
        raise ValidationError(GRADE_STALE, code="stale")

    scores = []
    if assignment.grading_type == GradingType.RUBRIC:
        scores, total, maximum = _rubric_scores(
            assignment=assignment, levels=levels, comments=comments
        )
    else:
        total, maximum = _points(points), assignment.max_points
        if total is None:
            raise ValidationError(POINTS_REQUIRED, code="points_required")
        if not Decimal(0) <= total <= maximum:
            raise ValidationError(
                POINTS_RANGE, code="points_range", params={"max": f"{maximum.normalize():f}"}
            )
        total = total.quantize(CENT, rounding=ROUND_HALF_UP)
    feedback = (feedback or "").strip()
    if len(feedback) > FEEDBACK_MAX_CHARS:
        raise ValidationError(
            FEEDBACK_TOO_LONG, code="feedback_too_long", params={"limit": FEEDBACK_MAX_CHARS}
        )
    # Every feedback file checked by content, all bad ones reported together.
    checked = uploads_check(
        files,
        extensions=FEEDBACK_EXTENSIONS,
        max_bytes=FEEDBACK_MAX_BYTES,
        max_count=FEEDBACK_MAX_FILES,
    )
    remove = {_int(pk) for pk in remove_file_ids} - {None}
    kept = 0
    if grade is not None:
        kept = grade.feedback_files.exclude(pk__in=remove).count()
    if kept + len(checked) > FEEDBACK_MAX_FILES:
        raise ValidationError(
            FEEDBACK_TOO_MANY, code="too_many_files", params={"count": FEEDBACK_MAX_FILES}
        )

    now = timezone.now()
    if grade is None:
        grade = Grade(submission=submission, version=1)
    else:
        grade.version += 1
    grade.grader = grader
    grade.points = total
    grade.max_points = maximum
    grade.score = (
        (total * HUNDRED / maximum).quantize(CENT, rounding=ROUND_HALF_UP)
        if maximum
        else Decimal(0)
    )
    grade.passed = grade.score >= assignment.pass_mark
    grade.feedback = feedback
    grade.graded_at = now
    released_now = grade.released_at is None and assignment.release_at_once
    if released_now:
        grade.released_at = now
    grade.save()

    # The rubric's choices are replaced whole: a criterion left out is impossible, and a
    # change from rubric to points leaves no stale levels behind.
    CriterionScore.objects.filter(grade=grade).delete()
    CriterionScore.objects.bulk_create(
        CriterionScore(grade=grade, criterion=criterion, level=level, comment=comment)
        for criterion, level, comment in scores
    )
    if remove:
        gone = list(grade.feedback_files.filter(pk__in=remove))
        FeedbackFile.objects.filter(pk__in=[item.pk for item in gone]).delete()
        for item in gone:
            transaction.on_commit(
                lambda name=item.file.name, storage=item.file.storage: storage.delete(name)
            )
    for item in checked:
        FeedbackFile.objects.create(
            grade=grade,
            file=ContentFile(item.content, name=item.name),
            original_name=item.name[:255],
            content_type=item.content_type,
            size=item.size,
        )
    if released_now:
        _after_release(grades=[grade], by=grader)
    elif grade.released_at and grade.passed and assignment.completion == CompletionRule.PASS:
        # A released grade raised to a pass completes the lesson too (a repeat changes nothing).
        _lesson_complete(submission=submission)
    return grade


def _after_release(*, grades: list[Grade], by) -> None:
    """What a release sets off, for grades whose `released_at` was just set: the learner told
    (once per learner), the lesson completed on a pass (completion rule "pass"), the next
    attempt opened on a fail when the assignment reopens until passed."""
    told = {}
    for grade in grades:
        submission = grade.submission
        assignment = submission.assignment
        told[(assignment.pk, submission.user_id)] = True
        if grade.passed and assignment.completion == CompletionRule.PASS:
            _lesson_complete(submission=submission)
        elif (
            not grade.passed
            and assignment.attempts_reopen == AttemptsReopen.UNTIL_PASS
            and submission.is_latest
            and _attempts_left(assignment=assignment, submission=submission)
        ):
            _reopen(submission=submission)
    # After the loop, so that the text says when a new attempt was opened.
    from courses.assignments.emails_grading import grade_released_notify

    for assignment_id, user_id in told:
        grade_released_notify(assignment_id=assignment_id, user_id=user_id)


def _lesson_complete(*, submission: Submission) -> None:
    """Complete the lesson for a pass; a refusal (the learner left the course, an earlier
    lesson of a sequential course still open) must not undo the grade, so it is only logged."""
    from courses.assignments.services.submissions import assignment_lesson_complete

    try:
        assignment_lesson_complete(submission=submission)
    except ValidationError as error:
        logger.info(
            "Assignment %s passed by user %s; lesson not completed: %s",
            submission.assignment_id,
            submission.user_id,
            "; ".join(error.messages),
        )


@transaction.atomic
def grades_release(*, assignment: Assignment, by) -> int:
    """Release every grade of the assignment not yet released; how many were. Each learner is
    told once; a second release finds nothing to do."""
    _grader_check(user=by, assignment=assignment)
    assignment = Assignment.objects.select_for_update().get(pk=assignment.pk)
    grades = list(
        Grade.objects.select_for_update()
        .filter(submission__assignment=assignment, released_at__isnull=True)
        .select_related("submission__assignment")
        .order_by("submission__user_id", "submission__attempt_number")
    )
    now = timezone.now()
    Grade.objects.filter(pk__in=[grade.pk for grade in grades]).update(released_at=now)
    for grade in grades:
        grade.released_at = now
    assignment.grades_released_at = now
    assignment.save(update_fields=["grades_released_at"])
    _after_release(grades=grades, by=by)
    return len(grades)


def _attempts_left(*, assignment: Assignment, submission: Submission) -> bool:
    return not assignment.max_attempts or submission.attempt_number < assignment.max_attempts


def _reopen(*, submission: Submission) -> Submission:
    """The next attempt: an empty draft; the earlier one keeps its work and grade."""
    submission = (
        Submission.objects.select_for_update().select_related("assignment").get(pk=submission.pk)
    )
    assignment = submission.assignment
    if assignment.attempts_reopen == AttemptsReopen.NEVER:
        raise ValidationError(REOPEN_NEVER, code="reopen_never")
    if not submission.is_latest:
        raise ValidationError(REOPEN_NOT_LATEST, code="reopen_not_latest")
    if submission.status != SubmissionStatus.SUBMITTED:
        raise ValidationError(REOPEN_OPEN, code="reopen_open")
    if not _attempts_left(assignment=assignment, submission=submission):
        raise ValidationError(
            REOPEN_LIMIT, code="reopen_limit", params={"count": assignment.max_attempts}
        )
    Submission.objects.filter(pk=submission.pk).update(is_latest=False)
    return Submission.objects.create(
        assignment=assignment,
        user_id=submission.user_id,
        course_key=submission.course_key,
        attempt_number=submission.attempt_number + 1,
        is_latest=True,
        status=SubmissionStatus.DRAFT,
        language=submission.language,
    )


@transaction.atomic
def submission_reopen(*, submission: Submission, by) -> Submission:
    """Give the learner another attempt (within the assignment's maximum); returns the new
    draft. Refused when the assignment allows one attempt only."""
    _grader_check(user=by, assignment=submission.assignment)
    return _reopen(submission=submission)


@transaction.atomic
def extension_grant(*, assignment: Assignment, user, due_at, reason: str = "", by) -> Extension:
    """Give one learner a later due date (which is also their cut-off); a second grant moves
    the same extension."""
    _grader_check(user=by, assignment=assignment)
    enrolled = Enrollment.objects.filter(
        user=user, course_key=assignment.course_key, status__in=ENROLLED_STATUSES
    ).exists()
    if not enrolled:
        raise ValidationError(EXTENSION_NOT_ENROLLED, code="not_enrolled")
    if due_at <= timezone.now():
        raise ValidationError(EXTENSION_PAST, code="past")
    if assignment.due_at and due_at <= assignment.due_at:
        raise ValidationError(EXTENSION_BEFORE_DUE, code="before_due")
    extension, _created = Extension.objects.update_or_create(
        assignment=assignment,
        user=user,
        defaults={"due_at": due_at, "reason": (reason or "").strip()[:300], "granted_by": by},
    )
    return extension
