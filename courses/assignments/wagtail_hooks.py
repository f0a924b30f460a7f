"""Wagtail wiring of assignments: each side registers its hooks in its own module under
`courses/assignments/hooks/`, imported here (Wagtail loads only `wagtail_hooks`)."""

from courses.assignments.hooks import authoring, grading, learner  # noqa: F401
