"""Read queries of the trainer's side: a course's assignments with their counts, the grading
table over the enrolled learners, one learner's work, and the next work to grade.

The table lists enrolled learners, not submissions, so "not submitted" is a row too; each row's
state is the learner's latest attempt. Its queries do not grow with the number of learners: the
filters and counts are joins in the database (each learner's latest attempt and its grade) and
one page of rows reads its submissions, grades and extensions in one query each.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import (
    BooleanField,
    Count,
    ExpressionWrapper,
    F,
    FilteredRelation,
    Q,
    QuerySet,
)

from courses.assignments.models import (
    Assignment,
    Extension,
    Grade,
    RubricCriterion,
    Submission,
    SubmissionStatus,
)
from courses.catalogue.models import CoursePage
from courses.enrolment.models import ENROLLED_STATUSES, Enrollment
from lms.locales import locale_active

NEEDS_GRADING = "needs_grading"
LATE = "late"
NOT_SUBMITTED = "not_submitted"
ALL = "all"
SHOW_CHOICES = (NEEDS_GRADING, LATE, NOT_SUBMITTED, ALL)


def course_page_get(*, course_key) -> CoursePage | None:
    """The course in the active language, else any of its pages (one query)."""
    locale = locale_active()
    chosen = None
    for course in CoursePage.objects.filter(translation_key=course_key).select_related("locale"):
        if chosen is None or course.locale_id == locale.pk:
            chosen = course
    return chosen


def _enrolled(course_key) -> QuerySet[Enrollment]:
    return Enrollment.objects.filter(course_key=course_key, status__in=ENROLLED_STATUSES)


# ---- the course's assignments ------------------------------------------------------------------


@dataclass(frozen=True)
class AssignmentSummary:
    assignment: Assignment
    enrolled: int
    submitted: int
    needs_grading: int
    late: int
    unreleased: int

    @property
    def not_submitted(self) -> int:
        return max(0, self.enrolled - self.submitted)


def course_assignments(*, course_key) -> list[AssignmentSummary]:
    """The course's assignments in lesson order with what waits for the trainer (three
    queries: assignments, enrolled learners, the latest attempts counted per assignment)."""
    assignments = list(
        Assignment.objects.filter(course_key=course_key)
        .select_related("lesson")
        .order_by("lesson__path", "pk")
    )
    if not assignments:
        return []
    enrolled = _enrolled(course_key).count()
    counted = {
        row["assignment_id"]: row
        for row in Submission.objects.filter(
            assignment__in=assignments,
            is_latest=True,
            status=SubmissionStatus.SUBMITTED,
            user_id__in=_enrolled(course_key).values("user_id"),
        )
        .values("assignment_id")
        .annotate(
            submitted=Count("pk"),
            needs_grading=Count("pk", filter=Q(grade__isnull=True)),
            late=Count("pk", filter=Q(late=True)),
            unreleased=Count("pk", filter=Q(grade__isnull=False, grade__released_at__isnull=True)),
        )
        .order_by()
    }
    empty = {"submitted": 0, "needs_grading": 0, "late": 0, "unreleased": 0}
    return [
        AssignmentSummary(
            assignment=assignment,
            enrolled=enrolled,
            **{key: counted.get(assignment.pk, empty)[key] for key in empty},
        )
        for assignment in assignments
    ]


# ---- the grading table ------------------------------------------------------------------------


@dataclass(frozen=True)
class TableFilters:
    show: str = ALL
    query: str = ""


def _learners(*, assignment: Assignment) -> QuerySet[Enrollment]:
    """The enrolled learners in the table's order (by name, then e-mail)."""
    return (
        _enrolled(assignment.course_key)
        .select_related("user__municipality")
        .order_by("user__full_name", "user__email", "pk")
    )


def _table_rows(*, assignment: Assignment) -> QuerySet[Enrollment]:
    """The enrolled learners, each annotated with their latest attempt's state.

    The latest attempt and its grade are LEFT JOINed (a learner has at most one latest attempt
    per assignment: a partial unique constraint), so PostgreSQL joins the assignment's attempts
    to the course's enrolments once; correlated subqueries ran three index lookups per enrolled
    learner for the page, again for its count and again for each filter's count."""
    latest = FilteredRelation(
        "user__assignment_submissions",
        condition=Q(
            user__assignment_submissions__assignment=assignment,
            user__assignment_submissions__is_latest=True,
        ),
    )
    return (
        _learners(assignment=assignment)
        .annotate(latest=latest)
        .annotate(
            submission_status=F("latest__status"),
            submission_late=F("latest__late"),
            graded=ExpressionWrapper(Q(latest__grade__isnull=False), output_field=BooleanField()),
        )
    )


SHOW_FILTERS = {
    NEEDS_GRADING: Q(submission_status=SubmissionStatus.SUBMITTED, graded=False),
    LATE: Q(submission_status=SubmissionStatus.SUBMITTED, submission_late=True),
    NOT_SUBMITTED: Q(submission_status__isnull=True) | Q(submission_status=SubmissionStatus.DRAFT),
}


def grading_table(*, assignment: Assignment, filters: TableFilters) -> QuerySet[Enrollment]:
    """The learners of the table, filtered and searched by name or e-mail (one query; page
    through it and read the page's work with `grading_rows`). "All" needs no attempt joined:
    its page and the paginator's count read the enrolments alone."""
    if filters.show in SHOW_FILTERS:
        rows = _table_rows(assignment=assignment).filter(SHOW_FILTERS[filters.show])
    else:
        rows = _learners(assignment=assignment)
    if filters.query:
        rows = rows.filter(
            Q(user__full_name__icontains=filters.query) | Q(user__email__icontains=filters.query)
        )
    return rows


def grading_counts(*, assignment: Assignment) -> dict:
    """{filter: number of learners} for the filter links (one query)."""
    aggregates = {ALL: Count("pk")}
    aggregates.update({name: Count("pk", filter=q) for name, q in SHOW_FILTERS.items()})
    return _table_rows(assignment=assignment).order_by().aggregate(**aggregates)


@dataclass(frozen=True)
class GradingRow:
    """One learner in the table: their latest attempt (or none), its grade, their extension."""

    enrollment: Enrollment
    submission: Submission | None
    grade: Grade | None
    extension: Extension | None

    @property
    def user(self):
        return self.enrollment.user

    @property
    def status(self) -> str:
        """not_started, draft, reopened, submitted or graded."""
        submission = self.submission
        if submission is None:
            return "not_started"
        if submission.status == SubmissionStatus.DRAFT:
            return "reopened" if submission.attempt_number > 1 else "draft"
        return "graded" if self.grade is not None else "submitted"


def grading_rows(*, assignment: Assignment, enrollments) -> list[GradingRow]:
    """The rows of one page of the table: latest attempts with grades, and extensions (two
    queries whatever the page size)."""
    enrollments = list(enrollments)
    user_ids = [enrollment.user_id for enrollment in enrollments]
    submissions = {
        submission.user_id: submission
        for submission in Submission.objects.filter(
            assignment=assignment, user_id__in=user_ids, is_latest=True
        ).select_related("grade")
    }
    extensions = {
        extension.user_id: extension
        for extension in Extension.objects.filter(assignment=assignment, user_id__in=user_ids)
    }
    rows = []
    for enrollment in enrollments:
        submission = submissions.get(enrollment.user_id)
        rows.append(
            GradingRow(
                enrollment=enrollment,
                submission=submission,
                grade=getattr(submission, "grade", None) if submission else None,
                extension=extensions.get(enrollment.user_id),
            )
        )
    return rows


def next_to_grade(*, assignment: Assignment, after_user) -> int | None:
    """The learner after `after_user` (in the table's order, wrapping round) whose latest work
    waits for a grade; None when nobody else's does (one query)."""
    rows = grading_table(assignment=assignment, filters=TableFilters(show=NEEDS_GRADING))
    waiting = [
        (user_id, (name or "").lower(), email)
        for user_id, name, email in rows.values_list("user_id", "user__full_name", "user__email")
    ]
    others = [row for row in waiting if row[0] != after_user.pk]
    if not others:
        return None
    here = ((after_user.full_name or "").lower(), after_user.email)
    later = [row for row in others if (row[1], row[2]) > here]
    return (later or others)[0][0]


# ---- one learner's work -----------------------------------------------------------------------


@dataclass
class LearnerWork:
    """Everything the grading page shows about one learner: each attempt (newest last) with its
    files and grade, the extension, and whether they are enrolled."""

    assignment: Assignment
    learner: object
    enrollment: Enrollment | None
    attempts: list = field(default_factory=list)
    extension: Extension | None = None

    @property
    def latest(self) -> Submission | None:
        return next((item for item in self.attempts if item.is_latest), None)


def learner_work(*, assignment: Assignment, learner) -> LearnerWork:
    """One learner's attempts with files, grades (levels, feedback files) and the extension
    (seven queries)."""
    attempts = list(
        Submission.objects.filter(assignment=assignment, user=learner)
        .select_related("grade__grader")
        .prefetch_related("files", "grade__feedback_files", "grade__criterion_scores__level")
        .order_by("attempt_number")
    )
    return LearnerWork(
        assignment=assignment,
        learner=learner,
        enrollment=_enrolled(assignment.course_key).filter(user=learner).first(),
        attempts=attempts,
        extension=Extension.objects.filter(assignment=assignment, user=learner)
        .select_related("granted_by")
        .first(),
    )


def rubric_with_levels(*, assignment: Assignment) -> list[RubricCriterion]:
    """The assignment's rubric criteria, each with its levels (two queries; none without one)."""
    if assignment.rubric_id is None:
        return []
    return list(
        RubricCriterion.objects.filter(rubric_id=assignment.rubric_id).prefetch_related("levels")
    )


def rubric_max_points(criteria: list[RubricCriterion]) -> Decimal:
    """A rubric's maximum: the best level of each criterion, added up."""
    return sum(
        (max((level.points for level in c.levels.all()), default=Decimal(0)) for c in criteria),
        Decimal(0),
    )
