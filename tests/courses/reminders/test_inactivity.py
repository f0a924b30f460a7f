"""Inactivity reminders: after the course's number of days away, at most once in 14 days,
never after completion or withdrawal, in each learner's language; a run twice sends once."""

import datetime as dt

from django.db import IntegrityError, transaction

import pytest

from courses.catalogue.models import CoursePage
from courses.enrolment.models import Enrollment, EnrollmentStatus
from courses.enrolment.services import enrollment_create
from courses.progress.services import lesson_complete
from courses.reminders.models import ReminderKind, ReminderLog
from courses.reminders.services import inactivity_reminders_send
from courses.reminders.tasks import inactivity_reminders_send as inactivity_task
from lms.notifications.models import Notification
from tests.courses.reminders.conftest import bishkek

pytestmark = pytest.mark.django_db


def reminders(user):
    return list(Notification.objects.filter(recipient=user, kind="reminder").order_by("pk"))


def test_reminded_after_14_days_then_not_again_for_14_days(clock, course, make_user, lessons_of):
    learner = make_user(role="Learner", preferred_language="en")
    clock(bishkek(1, 9))
    enrollment_create(user=learner, course=course)
    lesson_complete(user=learner, lesson=lessons_of(course)[0])
    clock(bishkek(14))  # 13 days away
    assert inactivity_reminders_send() == 0
    clock(bishkek(15))  # 14 days away
    assert inactivity_task.delay().get() == 1
    assert inactivity_reminders_send() == 0  # the same day again: nothing
    [note] = reminders(learner)
    assert note.title == f"Continue “{course.title}”"
    assert note.body == (
        f"You have not opened “{course.title}” for 14 days; you have completed 1 of 3 lessons."
    )
    assert note.url == course.get_url()
    for day in range(16, 29):  # still away, but reminded less than 14 days ago
        clock(bishkek(day))
        assert inactivity_reminders_send() == 0
    clock(bishkek(29))
    assert inactivity_reminders_send() == 1
    assert len(reminders(learner)) == 2
    assert "for 28 days" in reminders(learner)[1].body
    log = ReminderLog.objects.filter(user=learner).order_by("sent_at")
    assert [(row.kind, row.period, row.sent_by) for row in log] == [
        (ReminderKind.INACTIVITY, "2026-12-15", None),
        (ReminderKind.INACTIVITY, "2026-12-29", None),
    ]


def test_a_lesson_visit_starts_the_days_again(clock, client, course, learner, lessons_of):
    clock(bishkek(1))
    enrollment_create(user=learner, course=course)
    clock(bishkek(10))
    client.force_login(learner)
    assert client.get(lessons_of(course)[1].url).status_code == 200  # records the visit
    clock(bishkek(15))
    assert inactivity_reminders_send() == 0
    clock(bishkek(24))
    assert inactivity_reminders_send() == 1


@pytest.mark.parametrize(
    ("utc_hour", "utc_minute", "sent"),
    [(17, 59, 0), (18, 1, 1)],
    ids=["23:59 Bishkek", "00:01 Bishkek"],
)
def test_days_are_bishkek_calendar_days(clock, make_course, learner, utc_hour, utc_minute, sent):
    course = make_course(inactivity_reminder_days=1)
    clock(dt.datetime(2026, 12, 1, 5, 0, tzinfo=dt.UTC))  # 11:00 on 1 December in Bishkek
    enrollment_create(user=learner, course=course)
    # The same UTC date; in Bishkek, 23:59 on 1 December or 00:01 on 2 December.
    clock(dt.datetime(2026, 12, 1, utc_hour, utc_minute, tzinfo=dt.UTC))
    assert inactivity_reminders_send() == sent
    if sent:
        assert ReminderLog.objects.get().period == "2026-12-02"


def test_none_after_completion_or_withdrawal_or_for_pending(clock, course, make_user):
    clock(bishkek(1))
    people = {status: make_user(role="Learner") for status in EnrollmentStatus.values}
    for status, person in people.items():
        Enrollment.objects.create(user=person, course_key=course.translation_key, status=status)
    clock(bishkek(20))
    assert inactivity_reminders_send() == 1
    assert [row.user for row in ReminderLog.objects.all()] == [people["active"]]


def test_none_for_a_course_with_0_days_an_ended_or_unpublished_course(clock, make_course, learner):
    off = make_course(inactivity_reminder_days=0)
    ended = make_course(ends_at=bishkek(10))
    draft = make_course()
    clock(bishkek(1))
    for item in (off, ended, draft):
        enrollment_create(user=learner, course=item)
    CoursePage.objects.get(pk=draft.pk).unpublish()
    clock(bishkek(20))
    assert inactivity_reminders_send() == 0
    assert not Notification.objects.filter(kind="reminder").exists()


def test_each_learner_gets_their_own_language(clock, course, make_user, translate_course):
    russian = translate_course(course, "ru")
    russian.title = "Муниципалдык закупки (рус)"
    russian.save_revision().publish()
    clock(bishkek(1))
    people = {code: make_user(role="Learner", preferred_language=code) for code in ("ky", "ru")}
    for person in people.values():
        enrollment_create(user=person, course=course)
    clock(bishkek(20))
    assert inactivity_reminders_send() == 2
    [ky_note], [ru_note] = reminders(people["ky"]), reminders(people["ru"])
    assert course.title in ky_note.title and ky_note.url.startswith("/ky/")
    assert "Муниципалдык закупки (рус)" in ru_note.title and ru_note.url.startswith("/ru/")


def test_the_log_allows_one_reminder_per_occasion(clock, course, learner):
    """Two beat processes racing past the check still write one row: the constraint."""
    clock(bishkek(1))
    enrollment_create(user=learner, course=course)
    fields = {
        "user": learner,
        "course_key": course.translation_key,
        "kind": "inactivity",
        "period": "2026-12-20",
    }
    ReminderLog.objects.create(**fields)
    with pytest.raises(IntegrityError), transaction.atomic():
        ReminderLog.objects.create(**fields)
    # The run that lost the race sends nothing either (the row of the day is there).
    clock(bishkek(20))
    assert inactivity_reminders_send() == 0
    assert not Notification.objects.filter(kind="reminder").exists()


def test_many_learners_are_read_in_batches(clock, course, make_user, monkeypatch):
    from courses.reminders import services

    monkeypatch.setattr(services, "BATCH_SIZE", 2)
    clock(bishkek(1))
    people = [make_user(role="Learner") for _ in range(5)]
    for person in people:
        enrollment_create(user=person, course=course)
    clock(bishkek(20))
    assert inactivity_reminders_send() == 5
    assert {row.user_id for row in ReminderLog.objects.all()} == {p.pk for p in people}
