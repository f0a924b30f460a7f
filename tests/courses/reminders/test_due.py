"""Due-date reminders: 3 days and 1 day before (Bishkek calendar days), each once; none after
completion, hand-in or withdrawal; an assignment's extension moves the learner's date."""

import datetime as dt

from django.utils import translation

import pytest

from courses.assignments.models import Extension
from courses.enrolment.models import Enrollment, EnrollmentStatus
from courses.enrolment.services import enrollment_create
from courses.progress.services import lesson_complete
from courses.reminders.models import ReminderLog, ReminderTarget
from courses.reminders.services import due_reminders_send
from lms.notifications.models import Notification
from tests.courses.reminders.conftest import bishkek
from tests.factories.assignments import AssignmentFactory, SubmissionFactory

pytestmark = pytest.mark.django_db


def deadlines(user):
    return list(Notification.objects.filter(recipient=user, kind="deadline").order_by("pk"))


@pytest.fixture
def due_lesson(course, lessons_of):
    """The second lesson, due on 10 December at 17:00 in Bishkek."""
    lesson = lessons_of(course)[1]
    lesson.due_at = bishkek(10, 17)
    lesson.save_revision().publish()
    return lesson


def test_lesson_due_in_3_days_and_tomorrow_each_once(clock, course, due_lesson, make_user):
    learner = make_user(role="Learner", preferred_language="en")
    clock(bishkek(1))
    enrollment_create(user=learner, course=course)
    sent = []
    for day in range(5, 12):
        clock(bishkek(day, 8, 30))
        sent.append(due_reminders_send())
        due_reminders_send()  # a second run the same day sends nothing
    # 7 December: in 3 days; 9 December: tomorrow; nothing else, nothing after the date.
    assert sent == [0, 0, 1, 0, 1, 0, 0]
    first, second = deadlines(learner)
    assert first.title == f"“{due_lesson.title}” is due in 3 days"
    assert second.title == f"“{due_lesson.title}” is due tomorrow"
    assert first.body == f"Course: “{course.title}”. Due: December 10, 17:00 (Bishkek time)."
    assert first.url == due_lesson.get_url()
    assert [(row.target, row.period) for row in ReminderLog.objects.order_by("pk")] == [
        (ReminderTarget.LESSON, "3d:2026-12-10"),
        (ReminderTarget.LESSON, "1d:2026-12-10"),
    ]


@pytest.mark.parametrize(
    ("utc_hour", "utc_minute", "sent"),
    [(17, 59, 0), (18, 1, 1)],
    ids=["23:59 Bishkek, 4 days left", "00:01 Bishkek, 3 days left"],
)
def test_bishkek_midnight_decides_the_day(
    clock, course, due_lesson, learner, utc_hour, utc_minute, sent
):
    clock(bishkek(1))
    enrollment_create(user=learner, course=course)
    clock(dt.datetime(2026, 12, 6, utc_hour, utc_minute, tzinfo=dt.UTC))
    assert due_reminders_send() == sent


def test_a_missed_day_is_caught_up_once(clock, course, due_lesson, learner):
    clock(bishkek(1))
    enrollment_create(user=learner, course=course)
    clock(bishkek(8))  # the beat did not run on 7 December: 2 days left, the 3-day reminder
    assert due_reminders_send() == 1
    clock(bishkek(10, 9))  # nor on 9 December: due today, the 1-day reminder
    assert due_reminders_send() == 1
    clock(bishkek(10, 18))  # past the moment: nothing
    assert due_reminders_send() == 0


def test_none_after_completion_or_withdrawal(clock, course, due_lesson, make_user, lessons_of):
    clock(bishkek(1))
    done, withdrawn, finished, waiting = (make_user(role="Learner") for _ in range(4))
    for person in (done, withdrawn, finished):
        enrollment_create(user=person, course=course)
    lesson_complete(user=done, lesson=due_lesson)
    Enrollment.objects.filter(user=withdrawn).update(status=EnrollmentStatus.WITHDRAWN)
    Enrollment.objects.filter(user=finished).update(status=EnrollmentStatus.COMPLETED)
    Enrollment.objects.create(
        user=waiting, course_key=course.translation_key, status=EnrollmentStatus.PENDING
    )
    clock(bishkek(7))
    assert due_reminders_send() == 0


def test_assignment_due_with_extension_and_hand_in(clock, course, lessons_of, make_user):
    clock(bishkek(1))
    lesson = lessons_of(course)[2]
    assignment = AssignmentFactory(lesson=lesson, due_at=bishkek(10, 17))
    plain, extended, handed_in = (
        make_user(role="Learner", preferred_language="en") for _ in range(3)
    )
    for person in (plain, extended, handed_in):
        enrollment_create(user=person, course=course)
    Extension.objects.create(assignment=assignment, user=extended, due_at=bishkek(20, 17))
    SubmissionFactory(assignment=assignment, user=handed_in, submitted=True)
    clock(bishkek(7))
    assert due_reminders_send() == 1
    [note] = deadlines(plain)
    assert note.title == f"“{assignment.title_en}” is due in 3 days"
    assert note.url == lesson.get_url()
    clock(bishkek(17))  # the extension's date is 3 days away
    assert due_reminders_send() == 1
    [note] = deadlines(extended)
    assert "is due in 3 days" in note.title
    log = ReminderLog.objects.get(user=extended)
    assert (log.target, log.target_key, log.due_at) == (
        ReminderTarget.ASSIGNMENT,
        str(lesson.translation_key),
        bishkek(20, 17),
    )
    assert not deadlines(handed_in)


def test_each_learner_reads_the_date_in_their_language(clock, course, due_lesson, make_user):
    clock(bishkek(1))
    people = {code: make_user(role="Learner", preferred_language=code) for code in ("ky", "en")}
    for person in people.values():
        enrollment_create(user=person, course=course)
    clock(bishkek(9))
    assert due_reminders_send() == 2
    with translation.override("ky"):
        from courses.assignments.dates import moment_text

        ky_moment = moment_text(bishkek(10, 17))
    [ky_note] = deadlines(people["ky"])
    assert ky_moment in ky_note.body
    assert ky_note.url.startswith("/ky/")
    assert deadlines(people["en"])[0].title.endswith("is due tomorrow")


def test_both_tasks_run_on_bishkek_mornings(settings):
    from courses.reminders.tasks import due_reminders_send as due_task
    from courses.reminders.tasks import inactivity_reminders_send as inactivity_task

    inactivity = settings.CELERY_BEAT_SCHEDULE["courses-reminders-inactivity"]
    due = settings.CELERY_BEAT_SCHEDULE["courses-reminders-due"]
    assert (inactivity["task"], inactivity["schedule"].hour) == (inactivity_task.name, {10})
    assert (due["task"], due["schedule"].hour) == (due_task.name, {8})
    assert settings.CELERY_TIMEZONE == "Asia/Bishkek"
