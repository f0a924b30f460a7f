"""The seminars' admin and hooks; attendance's own hooks live in attendance_hooks.py."""

from courses.seminars import attendance_hooks  # noqa: F401  (registers its hooks on import)
