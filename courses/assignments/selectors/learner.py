"""What a learner sees of an assignment: its dates for them (extension honoured), their
attempts with files, and grades once released. A fixed number of queries per page."""

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import F, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from courses.assignments.models import (
    Assignment,
    CriterionScore,
    Extension,
    Grade,
    RubricCriterion,
    RubricLevel,
    Submission,
    SubmissionStatus,
)
from courses.enrolment.models import ENROLLED_STATUSES, Enrollment, EnrollmentStatus
from lms.process_memo import remembered

# Why a learner cannot hand in work now.
WINDOW_NOT_OPEN = "not_open"
WINDOW_OPEN = "open"
WINDOW_LATE = "late"  # past the due date: accepted, marked late
WINDOW_CLOSED = "closed"  # past the cut-off (or the extension's date): refused

# What the learner's latest attempt is, in their words.
STATUS_NOT_STARTED = "not_started"
STATUS_DRAFT = "draft"
STATUS_SUBMITTED = "submitted"
STATUS_LATE = "late"
STATUS_GRADED = "graded"
STATUS_REOPENED = "reopened"


@dataclass(frozen=True)
class Deadlines:
    """An assignment's dates for one learner: an extension moves the due date, and the cut-off
    to the later of the two (Moodle's rule), so a late extension is honoured."""

    opens_at: dt.datetime | None
    due_at: dt.datetime | None
    cutoff_at: dt.datetime | None
    extension: Extension | None = None

    def window(self, now: dt.datetime | None = None) -> str:
        now = now or timezone.now()
        if self.opens_at and now < self.opens_at:
            return WINDOW_NOT_OPEN
        if self.cutoff_at and now > self.cutoff_at:
            return WINDOW_CLOSED
        if self.due_at and now > self.due_at:
            return WINDOW_LATE
        return WINDOW_OPEN

    def is_late(self, moment: dt.datetime) -> bool:
        return bool(self.due_at and moment > self.due_at)


def deadlines_for(*, assignment: Assignment, extension: Extension | None) -> Deadlines:
    if extension is None:
        return Deadlines(assignment.opens_at, assignment.due_at, assignment.cutoff_at)
    cutoff = assignment.cutoff_at
    if cutoff is not None:
        cutoff = max(cutoff, extension.due_at)
    return Deadlines(assignment.opens_at, extension.due_at, cutoff, extension)


def learner_deadlines(*, assignment: Assignment, user) -> Deadlines:
    """The learner's dates (one query: their extension)."""
    extension = Extension.objects.filter(assignment=assignment, user=user).first()
    return deadlines_for(assignment=assignment, extension=extension)


def assignment_for_lesson(*, lesson) -> Assignment | None:
    """The assignment of a lesson in any language (one query)."""
    return Assignment.objects.filter(lesson_key=lesson.translation_key).first()


def word_count(text: str) -> int:
    return len(text.split())


@dataclass(frozen=True)
class RubricRow:
    """One criterion of a released rubric grade: the level given among all the levels."""

    criterion: RubricCriterion
    level: RubricLevel
    levels: list[RubricLevel]
    comment: str

    @property
    def best(self):
        return max((level.points for level in self.levels), default=self.level.points)


@dataclass
class Attempt:
    """One attempt as the learner sees it: the grade only once released."""

    submission: Submission
    grade: Grade | None = None
    rubric_rows: list[RubricRow] = field(default_factory=list)

    @property
    def files(self) -> list:
        return list(self.submission.files.all())

    @property
    def words(self) -> int:
        return word_count(self.submission.text)


@dataclass
class LearnerAssignment:
    """Everything the lesson page shows one learner about an assignment."""

    assignment: Assignment
    deadlines: Deadlines
    attempts: list[Attempt]  # oldest first
    now: dt.datetime

    @property
    def current(self) -> Attempt | None:
        return self.attempts[-1] if self.attempts else None

    @property
    def previous(self) -> list[Attempt]:
        return list(reversed(self.attempts[:-1]))

    @property
    def window(self) -> str:
        return self.deadlines.window(self.now)

    @property
    def status(self) -> str:
        current = self.current
        if current is None:
            return STATUS_NOT_STARTED
        submission = current.submission
        if submission.status == SubmissionStatus.DRAFT:
            return STATUS_REOPENED if submission.attempt_number > 1 else STATUS_DRAFT
        if current.grade is not None:
            return STATUS_GRADED
        return STATUS_LATE if submission.late else STATUS_SUBMITTED

    @property
    def editable(self) -> bool:
        """May the learner change their work now? A draft while the window is open; handed-in
        work too when no "Submit" is required, until it is graded."""
        if self.window in (WINDOW_NOT_OPEN, WINDOW_CLOSED):
            return False
        current = self.current
        if current is None or current.submission.status == SubmissionStatus.DRAFT:
            return True
        return not self.assignment.require_submit and not _graded(current.submission)

    @property
    def can_submit(self) -> bool:
        """Is there a draft to hand in with "Submit for grading"?"""
        current = self.current
        return (
            self.assignment.require_submit
            and self.editable
            and current is not None
            and current.submission.status == SubmissionStatus.DRAFT
            and (bool(current.submission.text.strip()) or bool(current.files))
        )


def _graded(submission: Submission) -> bool:
    try:
        return submission.grade is not None
    except Grade.DoesNotExist:
        return False


def _released_grade(submission: Submission) -> Grade | None:
    try:
        grade = submission.grade
    except Grade.DoesNotExist:
        return None
    return grade if grade.released_at is not None else None


def learner_submissions(*, assignment: Assignment, user) -> QuerySet[Submission]:
    """A learner's attempts, oldest first, with files, grade, scores and returned files."""
    return (
        Submission.objects.filter(assignment=assignment, user=user)
        .select_related("grade")
        .prefetch_related(
            "files",
            "grade__feedback_files",
            Prefetch(
                "grade__criterion_scores",
                queryset=CriterionScore.objects.select_related("criterion", "level").order_by(
                    "criterion__sort_order", "criterion_id"
                ),
            ),
            Prefetch(
                "grade__criterion_scores__criterion__levels",
                queryset=RubricLevel.objects.order_by("sort_order", "pk"),
            ),
        )
        .order_by("attempt_number")
    )


def _rubric_rows(grade: Grade) -> list[RubricRow]:
    return [
        RubricRow(
            criterion=score.criterion,
            level=score.level,
            levels=list(score.criterion.levels.all()),
            comment=score.comment,
        )
        for score in grade.criterion_scores.all()
    ]


def learner_assignment(*, assignment: Assignment, user, now=None) -> LearnerAssignment:
    """The learner's view of the assignment (at most six queries: extension, attempts with
    their grade, files, returned files, rubric scores and levels; the last three only when a
    grade exists)."""
    attempts = []
    for submission in learner_submissions(assignment=assignment, user=user):
        grade = _released_grade(submission)
        rows = _rubric_rows(grade) if grade is not None else []
        attempts.append(Attempt(submission=submission, grade=grade, rubric_rows=rows))
    return LearnerAssignment(
        assignment=assignment,
        deadlines=learner_deadlines(assignment=assignment, user=user),
        attempts=attempts,
        now=now or timezone.now(),
    )


# ---- My learning ----------------------------------------------------------------------------

DUE_SOON_DAYS = 14
GRADED_RECENT_DAYS = 30


@dataclass(frozen=True)
class MyAssignments:
    due_soon: list  # assignments annotated with `effective_due`, soonest first
    graded: list  # assignments annotated with the released grade (`grade_*`), newest first


def assignment_course_keys() -> frozenset:
    """The courses that have an assignment, remembered for the content version (saving or
    deleting an assignment starts a new one)."""
    return remembered(
        "assignment_course_keys",
        None,
        lambda: frozenset(Assignment.objects.values_list("course_key", flat=True).distinct()),
    )


def my_assignments(*, user, now=None) -> MyAssignments:
    """What My learning lists: open assignments of the learner's active courses due in the next
    two weeks (their extension honoured) and not handed in, and grades released in the last
    month. A learner in no course with an assignment costs one small query (none when no course
    has one); the others one more, whatever the number of courses and assignments."""
    now = now or timezone.now()
    with_work = assignment_course_keys()
    # {course key: enrolment status} of the learner's courses with an assignment (one enrolment
    # per person and course): what the assignment query no longer has to ask per row.
    mine = (
        dict(
            Enrollment.objects.filter(
                user=user, status__in=ENROLLED_STATUSES, course_key__in=with_work
            ).values_list("course_key", "status")
        )
        if with_work
        else {}
    )
    if not mine:
        return MyAssignments(due_soon=[], graded=[])
    active = {key for key, status in mine.items() if status == EnrollmentStatus.ACTIVE}
    extension = Extension.objects.filter(assignment=OuterRef("pk"), user=user)
    latest = Submission.objects.filter(assignment=OuterRef("pk"), user=user, is_latest=True)
    released = Grade.objects.filter(
        submission__assignment=OuterRef("pk"),
        submission__user=user,
        released_at__isnull=False,
    ).order_by("-released_at", "-pk")

    def grade_field(name):
        return Subquery(released.values(name)[:1])

    rows = (
        Assignment.objects.filter(course_key__in=list(mine))
        .annotate(
            effective_due=Coalesce(Subquery(extension.values("due_at")[:1]), F("due_at")),
            latest_status=Subquery(latest.values("status")[:1]),
            grade_released_at=grade_field("released_at"),
            grade_points=grade_field("points"),
            grade_max_points=grade_field("max_points"),
            grade_score=grade_field("score"),
            grade_passed=grade_field("passed"),
        )
        .filter(
            Q(
                course_key__in=list(active),
                effective_due__gte=now,
                effective_due__lte=now + dt.timedelta(days=DUE_SOON_DAYS),
            )
            & (Q(opens_at__isnull=True) | Q(opens_at__lte=now))
            & (Q(latest_status__isnull=True) | ~Q(latest_status=SubmissionStatus.SUBMITTED))
            | Q(grade_released_at__gte=now - dt.timedelta(days=GRADED_RECENT_DAYS))
        )
    )
    due, graded = [], []
    for row in rows:
        if row.grade_released_at and row.grade_released_at >= now - dt.timedelta(
            days=GRADED_RECENT_DAYS
        ):
            graded.append(row)
        if (
            row.course_key in active
            and row.effective_due
            and now <= row.effective_due <= now + dt.timedelta(days=DUE_SOON_DAYS)
            and (row.opens_at is None or row.opens_at <= now)
            and row.latest_status != SubmissionStatus.SUBMITTED
        ):
            due.append(row)
    due.sort(key=lambda row: row.effective_due)
    graded.sort(key=lambda row: row.grade_released_at, reverse=True)
    return MyAssignments(due_soon=due, graded=graded)
