"""The trainers' digest: one mail per trainer for the work handed in since the last one."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

import pytest

from courses.assignments.models import Submission, SubmissionStatus
from courses.assignments.services.digest import trainers_digest_queue
from courses.assignments.tasks.bulk import trainers_digest_send
from lms.outbox.models import OutboxMessage
from tests.courses.assignments.conftest import trainer_assign
from tests.factories.assignments import AssignmentFactory, SubmissionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _trainers_read_english(request):
    """Mails go in the recipient's language: these tests read English ones."""
    for name in ("trainer", "other_trainer"):
        if name in request.fixturenames:
            user = request.getfixturevalue(name)
            user.preferred_language = "en"
            user.save(update_fields=["preferred_language"])


@pytest.fixture
def other_assignment(other_lesson):
    return AssignmentFactory(lesson=other_lesson, title_en="Lighting plan")


@pytest.fixture
def handed_in(make_user, assignment, other_assignment):
    """Two learners handed in this course's work (one late), one the other course's; a draft
    and work already listed in an earlier digest are left out."""
    now = timezone.now()
    made = [
        SubmissionFactory(
            assignment=assignment,
            user=make_user(full_name="Aigul Asanova"),
            submitted=True,
            submitted_at=now - timedelta(hours=3),
        ),
        SubmissionFactory(
            assignment=assignment,
            user=make_user(full_name="Bakyt Osmonov"),
            submitted=True,
            late=True,
        ),
        SubmissionFactory(
            assignment=other_assignment, user=make_user(full_name="Cholpon Ty"), submitted=True
        ),
    ]
    SubmissionFactory(assignment=assignment, user=make_user(full_name="Draft Only"))
    SubmissionFactory(
        assignment=assignment,
        user=make_user(full_name="Listed Before"),
        submitted=True,
        trainers_notified_at=now - timedelta(days=1),
    )
    return made


def test_each_trainer_gets_one_mail_for_all_their_courses(
    trainer,
    other_trainer,
    course,
    other_course,
    handed_in,
    assignment,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    trainer_assign(other_course, trainer)  # `trainer` teaches both courses
    with django_capture_on_commit_callbacks(execute=True):
        assert trainers_digest_queue() == 2
    by_recipient = {message.to[0]: message for message in mailoutbox}
    assert sorted(by_recipient) == sorted([trainer.email, other_trainer.email])
    both = by_recipient[trainer.email]
    assert both.subject == "3 new submissions to grade"
    assert "Aigul Asanova" in both.body and "Cholpon Ty" in both.body
    assert "Bakyt Osmonov" in both.body and "(late)" in both.body
    assert f"{course.title}: {assignment.title_en}" in both.body
    assert f"{other_course.title}: Lighting plan" in both.body
    assert "Draft Only" not in both.body and "Listed Before" not in both.body
    assert settings.SITE_URL + f"/en/assignments/teach/{assignment.pk}/" in both.body
    one = by_recipient[other_trainer.email]
    assert one.subject == "1 new submission to grade"
    assert "Cholpon Ty" in one.body and "Aigul" not in one.body
    assert all(s.trainers_notified_at for s in Submission.objects.filter(status="submitted"))


def test_a_rerun_sends_nothing_new_and_new_work_comes_next_time(
    trainer, handed_in, assignment, make_user, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        trainers_digest_send.apply().get()
    assert len(mailoutbox) == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert trainers_digest_queue() == 0
    assert len(mailoutbox) == 1
    SubmissionFactory(
        assignment=assignment, user=make_user(full_name="Dinara Late"), submitted=True
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert trainers_digest_queue() == 1
    assert len(mailoutbox) == 2
    assert mailoutbox[1].subject == "1 new submission to grade"
    assert "Dinara Late" in mailoutbox[1].body and "Aigul" not in mailoutbox[1].body


def test_the_mail_is_in_the_trainers_language(
    trainer, course, handed_in, translate_course, mailoutbox, django_capture_on_commit_callbacks
):
    russian = translate_course(course, "ru")
    russian.title = "Тендеры на вывоз отходов"
    russian.save_revision().publish()
    trainer.preferred_language = "ru"
    trainer.save()
    with django_capture_on_commit_callbacks(execute=True):
        trainers_digest_queue()
    (message,) = mailoutbox
    assert "Тендеры на вывоз отходов" in message.body
    assert "/ru/assignments/teach/" in message.body


def test_a_trainer_taken_off_the_list_before_sending_gets_nothing(
    trainer, course, handed_in, mailoutbox, django_capture_on_commit_callbacks
):
    trainers_digest_queue()  # queued; sent after commit
    course.trainers = []
    course.save()
    from courses.catalogue.services import course_trainers_sync

    course_trainers_sync(course=course)
    message = OutboxMessage.objects.get(
        task_name="courses.assignments.tasks.trainers_digest_email_send"
    )
    from courses.assignments.tasks.bulk import trainers_digest_email_send

    assert trainers_digest_email_send.apply(args=message.args).get() is False
    assert mailoutbox == []


def test_work_in_a_course_without_trainers_is_marked_without_mail(
    handed_in, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert trainers_digest_queue() == 0
    assert mailoutbox == []
    assert not Submission.objects.filter(
        status=SubmissionStatus.SUBMITTED, trainers_notified_at=None
    ).exists()


def test_the_digest_runs_every_morning():
    entry = settings.CELERY_BEAT_SCHEDULE["courses-assignments-trainers-digest"]
    assert entry["task"] == trainers_digest_send.name
    assert entry["schedule"].hour == {8}
