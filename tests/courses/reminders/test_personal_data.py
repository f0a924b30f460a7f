"""Reminders' part of a person's data: exported; on deletion the learner's reminders go and a
trainer's name leaves the nudges they sent."""

import uuid

from django.utils import translation

import pytest

from courses.reminders.models import ReminderKind, ReminderLog
from courses.reminders.personal_data import reminders_personal_data
from lms.privacy.providers import personal_data_providers

pytestmark = pytest.mark.django_db


def test_export_and_erase(course, trainer, make_user):
    learner, other = make_user(role="Learner"), make_user(role="Learner")
    key = course.translation_key
    ReminderLog.objects.create(
        user=learner, course_key=key, kind=ReminderKind.INACTIVITY, period="a"
    )
    ReminderLog.objects.create(
        user=learner,
        course_key=key,
        kind=ReminderKind.NUDGE,
        period="b",
        message="Go on!",
        sent_by=trainer,
    )
    kept = ReminderLog.objects.create(
        user=other, course_key=key, kind=ReminderKind.NUDGE, period="b", sent_by=trainer
    )
    provider = reminders_personal_data()
    assert provider.key in {p.key for p in personal_data_providers()}
    records = list(provider.records(learner))
    assert [(r["course"], r["kind"], r["message"]) for r in records] == [
        (course.title, "inactivity", ""),
        (course.title, "nudge", "Go on!"),
    ]
    assert records[0]["sent_at"].endswith("+06:00")
    assert list(provider.records(trainer)) == []
    with translation.override("en"):
        assert provider.describe(learner) == "2 reminders sent to them: removed."
    assert provider.erase(learner) == 2
    assert not ReminderLog.objects.filter(user=learner).exists()
    assert provider.erase(trainer) == 1
    kept.refresh_from_db()
    assert kept.sent_by is None and kept.user == other
    assert ReminderLog.objects.filter(course_key=uuid.UUID(str(key))).count() == 1
