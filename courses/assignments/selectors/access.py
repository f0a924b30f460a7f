"""Who may do what with an assignment: the one rule every view and file download asks.

Learners see their own work only. The course's trainers (on its trainer list) and managers see
and grade every submission of the course; reviewers review pages, not people's work, so they
neither read submissions nor open their files. Superusers count as managers.
"""

from courses.catalogue.selectors import course_group_name
from lms.accounts.access_cache import user_group_names
from lms.accounts.roles import MANAGER


def assignment_grading_allowed(*, user, course_key) -> bool:
    """May `user` read every submission of the course and grade it?"""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    groups = user_group_names(user)
    return MANAGER in groups or course_group_name(course_key) in groups


def submission_view_allowed(*, user, submission) -> bool:
    """The learner who handed it in, or someone who grades the course."""
    if not user.is_authenticated or not user.is_active:
        return False
    if submission.user_id == user.pk:
        return True
    return assignment_grading_allowed(user=user, course_key=submission.course_key)
