"""The calendar's parts of other pages (My learning, the lesson page), its own sources of
dates, and what it holds about a person."""

from django.utils import timezone

from wagtail import hooks

from courses.calendar.extensions import CALENDAR_ENTRIES
from courses.calendar.personal_data import calendar_personal_data
from courses.calendar.selectors import deadlines_get
from courses.calendar.sources import builtin_entries
from courses.catalogue.extensions import LESSON_PAGE_CONTEXT, reader_state
from courses.progress.extensions import MY_LEARNING_SECTIONS
from lms.privacy.providers import PERSONAL_DATA_PROVIDERS

hooks.register(CALENDAR_ENTRIES, builtin_entries, order=10)
hooks.register(PERSONAL_DATA_PROVIDERS, calendar_personal_data)


@hooks.register(MY_LEARNING_SECTIONS, order=5)
def my_learning_deadlines(*, request) -> dict:
    """ "Overdue" and "Due soon" at the top of My learning (lessons and course ends; assignments
    keep their own "due soon" section). Always there, for the calendar's link."""
    deadlines = deadlines_get(user=request.user, request=request)
    return {
        "template": "calendar/includes/deadlines.html",
        "first": True,
        "deadlines": deadlines,
        "now": timezone.now(),
    }


def lesson_page_due_reader(*, request, lesson, course, outline, state) -> dict | None:
    """A due date turns to "Overdue" with the clock: a lesson with one is never kept."""
    return None if lesson.due_at is not None else {}


@hooks.register(LESSON_PAGE_CONTEXT, order=45)
@reader_state(lesson_page_due_reader)
def lesson_page_due(*, request, lesson, course, outline, preview, context) -> dict:
    """The lesson's due date, and "Overdue" for an enrolled learner who has not completed it.
    No query: the page has its date and progress has read what the learner completed."""
    if lesson.due_at is None:
        return {}
    now = timezone.now()
    access = context.get("access")
    state = access.course.state if access is not None else "anonymous"
    done = bool(context.get("lesson_completed"))
    return {
        "lesson_due": {
            "at": lesson.due_at,
            "overdue": state == "enrolled" and not done and lesson.due_at < now,
            "done": done,
        }
    }
