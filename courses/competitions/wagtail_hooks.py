"""The competitions' admin and hooks; the jury's and results' own hooks live in jury_hooks.py."""

from courses.competitions import jury_hooks  # noqa: F401  (registers its hooks on import)
