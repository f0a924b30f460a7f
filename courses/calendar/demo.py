"""The calendar's demo: the first demo course ends about two months from today, its last lesson
(which the demo learner has not completed) is due in five days, and the demo learner has a
calendar address, so `make run` shows My learning's "Due soon", the calendar and the feed.

Dates count from today in Bishkek at 18:00; a rerun changes nothing (a date is set only where
there is none, the feed made only when the learner has none).
"""

import datetime as dt

from django.db import transaction
from django.utils import timezone

from courses.calendar.selectors import feed_live
from courses.calendar.services import feed_create
from courses.catalogue.models import CoursePage, LessonPage
from courses.progress.demo import DEMO_LEARNER_EMAIL
from lms.accounts.models import User

DUE_TIME = dt.time(18, 0)
COURSE_ENDS_IN_DAYS = 60
LESSON_DUE_IN_DAYS = 5


def demo_moment(days: int, *, now=None) -> dt.datetime:
    """18:00 in Bishkek, `days` from today (Bishkek's today)."""
    today = timezone.localtime(now or timezone.now()).date()
    return timezone.make_aware(dt.datetime.combine(today + dt.timedelta(days=days), DUE_TIME))


def _publish_date(pages, field: str, value: dt.datetime) -> None:
    """Set the date on every language's page through a published revision, so the editor shows
    it too (a live page and its latest revision agree)."""
    for page in pages:
        setattr(page, field, value)
        page.save_revision(log_action=False).publish(log_action=False)


@transaction.atomic
def demo_calendar_create(*, course: CoursePage, now=None) -> LessonPage | None:
    """Dates on the first demo course and the learner's feed; returns the lesson due."""
    courses = list(CoursePage.objects.filter(translation_key=course.translation_key))
    if all(page.ends_at is None for page in courses):
        _publish_date(courses, "ends_at", demo_moment(COURSE_ENDS_IN_DAYS, now=now))
    lesson = LessonPage.objects.descendant_of(course).live().order_by("-path").first()
    if lesson is not None:
        lessons = list(LessonPage.objects.filter(translation_key=lesson.translation_key))
        if all(page.due_at is None for page in lessons):
            _publish_date(lessons, "due_at", demo_moment(LESSON_DUE_IN_DAYS, now=now))
    learner = User.objects.filter(email=DEMO_LEARNER_EMAIL).first()
    if learner is not None and feed_live(user=learner) is None:
        feed_create(user=learner)
    return lesson
