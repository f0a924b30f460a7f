"""The learning event log's part of a person's data: every event (and the months older ones
were folded into), readable; kept on deletion."""

import datetime

from django.utils import translation

import pytest

from courses.activity.models import LearningEvent, LearningEventMonth
from courses.activity.personal_data import activity_personal_data, titles_by_key
from courses.activity.services import learning_event_record
from courses.enrolment.services import enrollment_create

pytestmark = pytest.mark.django_db


def test_events_are_exported_with_titles_and_without_staff_ids(make_course, make_user):
    course = make_course(lessons=1, title="Waste collection")
    user, staff, other = make_user(), make_user(role="Manager"), make_user()
    enrollment_create(user=user, course=course)
    enrollment_create(user=other, course=course)
    learning_event_record(
        actor=user,
        verb="viewed",
        object_type="course",
        object_key=course.translation_key,
        course_key=course.translation_key,
        context={"by": staff.pk, "attempt": 2},
    )
    LearningEventMonth.objects.create(
        month=datetime.date(2025, 3, 1),
        actor=user,
        course_key=course.translation_key,
        verb="viewed",
        count=4,
        days=0b101,
    )
    with translation.override("en"):  # the export job writes in the person's language
        records = list(activity_personal_data().records(user))
    events = [r for r in records if "time" in r]
    assert len(events) == LearningEvent.objects.filter(actor=user).count() == 2
    assert {e["object"] for e in events} == {"Waste collection"}
    assert events[-1]["details"] == {"attempt": 2}  # who acted for them is not their data
    assert events[-1]["time"].endswith("+06:00")
    assert records[-1] == {
        "month": "2025-03",
        "verb": "viewed",
        "course": "Waste collection",
        "events": 4,
        "days": [1, 3],
    }
    provider = activity_personal_data()
    with translation.override("en"):
        described = provider.describe(user)
    assert described == "2 learning events kept anonymously for the reports."
    assert provider.erase(user) == 0
    assert LearningEvent.objects.filter(actor=user).count() == 2


def test_titles_prefer_the_language_then_the_default(make_course, translate_course):
    course = make_course(lessons=1, title="Калдыктар")
    russian = translate_course(course, "ru")
    russian.title = "Отходы"
    russian.save_revision().publish()
    key = course.translation_key
    assert titles_by_key([key], "ru") == {key: "Отходы"}
    assert titles_by_key([key], "en") == {key: "Калдыктар"}
