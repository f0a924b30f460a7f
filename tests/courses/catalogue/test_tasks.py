"""Scheduled pages go live through the beat task."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

import pytest

from courses.catalogue.models import LessonPage
from courses.catalogue.tasks import pages_publish_scheduled

pytestmark = pytest.mark.django_db


def test_beat_runs_scheduled_publishing_every_minute():
    entry = settings.CELERY_BEAT_SCHEDULE["courses-pages-publish-scheduled"]
    assert entry["task"] == "courses.catalogue.tasks.pages_publish_scheduled"
    assert entry["schedule"] == timedelta(minutes=1)


def test_task_publishes_a_lesson_whose_time_has_come(make_course):
    course = make_course(lessons=1, modules=0)
    lesson = LessonPage.objects.child_of(course).get()
    lesson.unpublish()
    lesson.refresh_from_db()
    lesson.go_live_at = timezone.now() + timedelta(minutes=5)
    lesson.save_revision().publish()  # with a future go-live time this only schedules it
    lesson.refresh_from_db()
    assert not lesson.live
    pages_publish_scheduled.delay()
    lesson.refresh_from_db()
    assert not lesson.live  # not yet
    # Let the go-live time pass: move it into the past on the scheduled revision.
    revision = lesson.latest_revision
    past = timezone.now() - timedelta(seconds=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    pages_publish_scheduled.delay()
    pages_publish_scheduled.delay()  # running twice changes nothing
    lesson.refresh_from_db()
    assert lesson.live
