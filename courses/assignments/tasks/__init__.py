"""Celery tasks of assignments, named `courses.assignments.tasks.<task>` (see each module)."""

from courses.assignments.tasks.bulk import *  # noqa: F403
from courses.assignments.tasks.grading import *  # noqa: F403
from courses.assignments.tasks.learner import *  # noqa: F403
