"""Dates in the calendar's words, in Bishkek time (the assignments' wording, shared)."""

from django import template

from courses.assignments.dates import moment_in_words, moment_text, relative_day

register = template.Library()


@register.filter
def moment(value) -> str:
    """ "12 December, 18:00"."""
    return moment_text(value) if value else ""


@register.filter
def in_words(value) -> str:
    """ "in 3 days, 12 December, 18:00"."""
    return moment_in_words(value)


@register.filter
def day_in_words(value) -> str:
    """ "today", "tomorrow", "2 days ago"."""
    return relative_day(value) if value else ""
