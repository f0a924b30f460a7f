"""Template filters of assignments: dates in words, in Bishkek time."""

from django import template

from courses.assignments.dates import moment_in_words, moment_text

register = template.Library()


@register.filter
def in_words(value) -> str:
    """{{ assignment.due_at|in_words }} → "in 3 days, 14 December, 17:00"."""
    return moment_in_words(value) if value else ""


@register.filter
def moment(value) -> str:
    """{{ submission.submitted_at|moment }} → "14 December, 17:00" (Bishkek time)."""
    return moment_text(value) if value else ""
