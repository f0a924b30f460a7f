"""Who may author which assignments and rubrics, and whether a rubric is frozen by grades.

The rule is the grading rule (`selectors.access`): the course's trainers (by its trainer list)
and managers; reviewers review pages, not assignments.
"""

from django.db.models import QuerySet

from courses.assignments.models import Assignment, CriterionScore, Grade, Rubric
from courses.assignments.selectors.access import assignment_grading_allowed
from courses.catalogue.selectors import course_for_page, course_keys_taught


def assignment_author_allowed(*, user, course_key) -> bool:
    """May `user` create or change the assignments and rubrics of this course?"""
    return assignment_grading_allowed(user=user, course_key=course_key)


def lesson_course_key(lesson):
    """The translation key of the course a lesson sits in (None for a stray lesson)."""
    course = course_for_page(lesson)
    return course.translation_key if course is not None else None


def assignments_for_user(*, user) -> QuerySet[Assignment]:
    """The assignments a user may edit: all for managers, their courses' for trainers."""
    assignments = Assignment.objects.select_related("lesson", "rubric")
    if not user.is_authenticated:
        return assignments.none()
    keys = course_keys_taught(user)
    return assignments if keys is None else assignments.filter(course_key__in=keys)


def rubrics_for_user(*, user) -> QuerySet[Rubric]:
    """The rubrics a user may edit: all for managers, their courses' for trainers."""
    rubrics = Rubric.objects.select_related("course")
    if not user.is_authenticated:
        return rubrics.none()
    keys = course_keys_taught(user)
    return rubrics if keys is None else rubrics.filter(course_key__in=keys)


def rubric_in_use(*, rubric: Rubric) -> bool:
    """Has a grade been given with this rubric? Then its criteria and points are frozen."""
    return CriterionScore.objects.filter(criterion__rubric=rubric).exists()


def assignment_graded(*, assignment: Assignment) -> bool:
    return Grade.objects.filter(submission__assignment=assignment).exists()
