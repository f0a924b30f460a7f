"""The learner's side: save a draft, hand it in, add and remove files; the lesson's completion.

Every action re-reads the learner's latest attempt under a row lock, so two tabs or a double
click store one submission. Dates are the learner's own (`selectors.learner.Deadlines`: an
extension moves the due date and, when later, the cut-off).
"""

import logging

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.activity.models import LearningObject, LearningVerb
from courses.activity.services import learning_event_record
from courses.assignments.dates import moment_in_words
from courses.assignments.models import (
    Assignment,
    CompletionRule,
    Grade,
    Submission,
    SubmissionFile,
    SubmissionStatus,
)
from courses.assignments.selectors.learner import (
    WINDOW_CLOSED,
    WINDOW_NOT_OPEN,
    Deadlines,
    learner_deadlines,
    word_count,
)
from courses.progress.services import lesson_complete
from lms.outbox.services import outbox_send
from lms.uploads import ERROR_SIZE, CheckedFile, file_extension

logger = logging.getLogger(__name__)

NOT_OPEN = _("This assignment opens %(when)s: you can hand in work from then.")
CLOSED = _(
    "The cut-off was %(when)s: work is no longer accepted. Ask your trainer for an extension "
    "if you need one."
)
ALREADY_SUBMITTED = _("Your work has been handed in and can no longer change.")
ALREADY_GRADED = _("Your work has been graded and can no longer change.")
NOTHING_TO_SUBMIT = _("Write your answer or add a file before you submit.")
WORD_LIMIT = _("Your text has %(count)s words; the limit is %(limit)s.")
TOO_MANY_FILES = _("You can hand in at most %(count)s files: remove one first.")
FILE_TYPE = _("“%(name)s” is not one of the accepted types (%(types)s).")


def _window_check(*, deadlines: Deadlines, now) -> None:
    window = deadlines.window(now)
    if window == WINDOW_NOT_OPEN:
        raise ValidationError(
            NOT_OPEN, code="not_open", params={"when": moment_in_words(deadlines.opens_at)}
        )
    if window == WINDOW_CLOSED:
        raise ValidationError(
            CLOSED, code="closed", params={"when": moment_in_words(deadlines.cutoff_at)}
        )


def _latest_locked(*, assignment: Assignment, user) -> Submission | None:
    return (
        Submission.objects.select_for_update()
        .filter(assignment=assignment, user=user, is_latest=True)
        .first()
    )


def _latest_or_new(*, assignment: Assignment, user, language: str) -> Submission:
    """The attempt the learner works on, created (attempt 1) on their first save; a parallel
    first save finds the other's row through the unique constraint."""
    submission = _latest_locked(assignment=assignment, user=user)
    if submission is not None:
        return submission
    try:
        with transaction.atomic():
            return Submission.objects.create(
                assignment=assignment,
                user=user,
                course_key=assignment.course_key,
                attempt_number=1,
                language=language,
            )
    except IntegrityError:
        return _latest_locked(assignment=assignment, user=user)


def _has_grade(submission: Submission) -> bool:
    return Grade.objects.filter(submission=submission).exists()


def _word_limit_check(*, assignment: Assignment, text: str) -> None:
    count = word_count(text)
    if assignment.word_limit and count > assignment.word_limit:
        raise ValidationError(
            WORD_LIMIT, code="word_limit", params={"count": count, "limit": assignment.word_limit}
        )


def _file_check(*, assignment: Assignment, checked: CheckedFile) -> None:
    """The form checked the content; the service still holds the assignment's own limits."""
    if file_extension(checked.name) not in assignment.allowed_extensions:
        raise ValidationError(
            FILE_TYPE,
            code="file_type",
            params={"name": checked.name, "types": ", ".join(assignment.allowed_extensions)},
        )
    if checked.size > assignment.max_file_mb * 2**20:
        raise ValidationError(
            ERROR_SIZE,
            code="file_size",
            params={"name": checked.name, "limit": assignment.max_file_mb},
        )


@transaction.atomic
def submission_save(
    *,
    assignment: Assignment,
    user,
    text: str | None = None,
    files: list[CheckedFile] = (),
    remove_file_ids=(),
    language: str = "",
    now=None,
) -> Submission:
    """Save the learner's work as it stands (text, new files, files taken away).

    A draft stays a draft until `submission_submit`; when the assignment needs no "Submit"
    (`require_submit` off), saving hands the work in, and the learner may still change it until
    it is graded or the cut-off passes.
    """
    now = now or timezone.now()
    deadlines = learner_deadlines(assignment=assignment, user=user)
    _window_check(deadlines=deadlines, now=now)
    submission = _latest_or_new(assignment=assignment, user=user, language=language)
    if submission.status == SubmissionStatus.SUBMITTED:
        if _has_grade(submission):
            raise ValidationError(ALREADY_GRADED, code="graded")
        if assignment.require_submit:
            raise ValidationError(ALREADY_SUBMITTED, code="submitted")
    if text is not None and assignment.accepts_text:
        _word_limit_check(assignment=assignment, text=text)
        submission.text = text
    removed = list(submission.files.filter(pk__in=[int(i) for i in remove_file_ids]))
    kept = submission.files.exclude(pk__in=[f.pk for f in removed]).count()
    if files and not assignment.accepts_files:
        files = ()
    if kept + len(files) > assignment.max_files:
        raise ValidationError(
            TOO_MANY_FILES, code="too_many_files", params={"count": assignment.max_files}
        )
    for checked in files:
        _file_check(assignment=assignment, checked=checked)
    for old in removed:
        _file_delete_on_commit(old)
    for checked in files:
        stored = SubmissionFile(
            submission=submission,
            original_name=checked.name[:255],
            content_type=checked.content_type,
            size=checked.size,
        )
        stored.file.save(checked.name, ContentFile(checked.content), save=False)
        stored.save()
    if language:
        submission.language = language
    submission.save()
    if not assignment.require_submit:
        if _has_content(submission):
            _hand_in(submission=submission, deadlines=deadlines, now=now)
        elif submission.status == SubmissionStatus.SUBMITTED:
            # Everything was taken away: nothing is handed in any more.
            submission.status, submission.submitted_at, submission.late = (
                SubmissionStatus.DRAFT,
                None,
                False,
            )
            submission.save(update_fields=["status", "submitted_at", "late", "updated_at"])
    return submission


def _file_delete_on_commit(stored: SubmissionFile) -> None:
    """Drop the row now and the stored file once the transaction holds (a rollback keeps it)."""
    storage, name = stored.file.storage, stored.file.name
    stored.delete()
    transaction.on_commit(lambda: storage.delete(name))


def _has_content(submission: Submission) -> bool:
    return bool(submission.text.strip()) or submission.files.exists()


@transaction.atomic
def submission_submit(
    *, assignment: Assignment, user, language: str = "", now=None
) -> tuple[Submission, bool]:
    """Hand the learner's draft in for grading; (submission, True), or (it, False) when it was
    already handed in (a double click, a second tab): nothing changes then."""
    now = now or timezone.now()
    submission = _latest_locked(assignment=assignment, user=user)
    if submission is not None and submission.status == SubmissionStatus.SUBMITTED:
        return submission, False
    deadlines = learner_deadlines(assignment=assignment, user=user)
    _window_check(deadlines=deadlines, now=now)
    if submission is None or not _has_content(submission):
        raise ValidationError(NOTHING_TO_SUBMIT, code="empty")
    _word_limit_check(assignment=assignment, text=submission.text)
    if language:
        submission.language = language
    _hand_in(submission=submission, deadlines=deadlines, now=now)
    return submission, True


def _hand_in(*, submission: Submission, deadlines: Deadlines, now) -> None:
    """Mark the work handed in (late against the learner's own due date). The first hand-in of
    an attempt is recorded, acknowledged by mail and may complete the lesson; re-saving work
    that needs no "Submit" only updates the time and lateness."""
    first = submission.status != SubmissionStatus.SUBMITTED
    submission.status = SubmissionStatus.SUBMITTED
    submission.submitted_at = now
    submission.late = deadlines.is_late(now)
    submission.save()
    if not first:
        return
    assignment = submission.assignment
    learning_event_record(
        actor=submission.user,
        verb=LearningVerb.ATTEMPTED,
        object_type=LearningObject.ASSIGNMENT,
        object_key=assignment.lesson_key,
        course_key=assignment.course_key,
        language=submission.language or None,
        context={"attempt": submission.attempt_number, "late": submission.late},
    )
    from courses.assignments.tasks.learner import submission_receipt_send

    outbox_send(submission_receipt_send, submission.pk)
    if assignment.completion == CompletionRule.SUBMIT:
        try:
            assignment_lesson_complete(submission=submission)
        except ValidationError as error:
            # The work is handed in whatever happens to the lesson (left the course, an earlier
            # lesson of a sequential course still open): a refusal is only logged.
            logger.info(
                "Assignment %s submitted by user %s; lesson not completed: %s",
                assignment.pk,
                submission.user_id,
                "; ".join(error.messages),
            )


def assignment_lesson_complete(*, submission: Submission):
    """Complete the assignment's lesson for the learner (on submission, or on a pass grade,
    as the assignment says); (completion, created). Raises ValidationError when progress
    refuses (not enrolled, an earlier lesson of a sequential course still open)."""
    assignment = submission.assignment
    return lesson_complete(user=submission.user, lesson=assignment.lesson, source="assignment")
