"""Course pieces rendered once per course and content version, then marked for each reader."""

import re

from django import template
from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from lms.page_cache import fragment_cached

register = template.Library()

MARK = re.compile(r"<!--(current|aria|done|new):([0-9a-f-]+)-->")


@register.simple_tag(takes_context=True)
def course_outline_marked(context):
    """The lesson page's outline: the same HTML for every learner of the course (cached), with
    the current lesson, the reader's completed lessons and the lessons new since they finished
    the course marked in one pass over it."""
    request = context.get("request")
    course, outline, page = context["course"], context["outline"], context.get("page")
    html = fragment_cached(
        request,
        "course_outline",
        (course.pk,),
        lambda: render_to_string(
            "catalogue/includes/outline.html",
            {"course": course, "outline": outline, "marked": True, "request": request},
        ),
    )
    current = str(getattr(page, "pk", ""))
    completed = {str(key) for key in context.get("completed_keys") or ()}
    new = {str(key) for key in context.get("new_lesson_keys") or ()}
    done = format_html(' <span class="badge badge--done">{}</span>', gettext("Done"))
    fresh = format_html(' <span class="badge badge--new">{}</span>', gettext("New"))

    def fill(match) -> str:
        kind, value = match.groups()
        if kind == "current":
            return ' class="is-current"' if value == current else ""
        if kind == "aria":
            return ' aria-current="page"' if value == current else ""
        if kind == "new":  # published after the reader completed the course, not done
            return fresh if value in new else ""
        return done if value in completed else ""

    return mark_safe(MARK.sub(fill, html))  # noqa: S308 - our template's output, marks are ours
