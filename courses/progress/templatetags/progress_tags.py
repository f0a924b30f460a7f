"""Progress in other apps' templates: a participant's percent, the course-complete banner."""

from django import template
from django.urls import reverse

from courses.catalogue.selectors import course_for_page
from courses.progress.selectors import course_completed_check, progress_percent

register = template.Library()


@register.simple_tag
def participant_percent(row, total: int) -> int:
    """A participants-list row's progress in percent (100 once completed)."""
    return progress_percent(row.status, row.done, total)


@register.inclusion_tag("progress/includes/course_complete_banner.html", takes_context=True)
def course_complete_banner(context, lesson) -> dict:
    """After a lesson's quiz or task: "course complete" with the way to the certificate, when
    the reader has completed the lesson's course (one query)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    course = course_for_page(lesson, request=request) if lesson is not None else None
    if course is None or user is None or not user.is_authenticated:
        return {}
    if not course_completed_check(user=user, course_key=course.translation_key):
        return {}
    return {
        "complete_url": reverse("progress:course_complete", args=[course.translation_key]),
    }
