"""The assignments' columns of the course gradebook (the quizzes app's page), given through its
GRADEBOOK_COLUMNS hook: quizzes and assignments do not import each other.

The grade of a learner in an assignment is that of their newest graded attempt, released or
not (the gradebook is the trainers'); the cell says when it waits for a grade or a release.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import F
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from courses.assignments.models import Assignment, Submission, SubmissionStatus


@dataclass
class AssignmentCell:
    attempts: int = 0
    grade: Decimal | None = None
    passed: bool = False
    note: str = ""


@dataclass(frozen=True)
class AssignmentColumn:
    assignment: Assignment
    title: str
    sort_key: str
    pass_mark: int
    kind: str = gettext_lazy("Assignment")
    cells: dict = field(default_factory=dict)


def assignment_gradebook_columns(*, course) -> list[AssignmentColumn]:
    """One column per assignment of the course, in lesson order: two queries whatever the
    number of learners (one when the course has no assignment)."""
    assignments = list(
        Assignment.objects.filter(course_key=course.translation_key)
        .annotate(lesson_path=F("lesson__path"))
        .order_by("lesson_path", "pk")
    )
    if not assignments:
        return []
    columns = {
        assignment.pk: AssignmentColumn(
            assignment=assignment,
            title=assignment.display_title,
            sort_key=assignment.lesson_path,
            pass_mark=assignment.pass_mark,
        )
        for assignment in assignments
    }
    handed_in = (
        Submission.objects.filter(assignment__in=assignments, status=SubmissionStatus.SUBMITTED)
        .values_list(
            "assignment_id", "user_id", "grade__score", "grade__passed", "grade__released_at"
        )
        .order_by("attempt_number")
    )
    for assignment_id, user_id, score, passed, released_at in handed_in:
        cell = columns[assignment_id].cells.setdefault(user_id, AssignmentCell())
        cell.attempts += 1
        if score is not None:  # attempts come in order: the newest graded one stays
            cell.grade, cell.passed = score, passed
            cell.note = "" if released_at else _("not released")
        elif cell.grade is None:
            cell.note = _("to grade")
    return list(columns.values())
