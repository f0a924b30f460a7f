"""Completing lessons and courses: repeats, refusals, locks, the completion signal, languages."""

from django.core import mail
from django.core.exceptions import ValidationError

import pytest

from courses.activity.models import LearningEvent
from courses.certificates.models import Certificate
from courses.enrolment.models import EnrollmentStatus
from courses.enrolment.services import enrollment_create
from courses.progress.models import LessonCompletion
from courses.progress.services import NOT_ENROLLED, lesson_complete
from courses.progress.signals import course_completed
from lms.outbox.models import OutboxMessage

pytestmark = pytest.mark.django_db


@pytest.fixture
def completions_sent():
    """The enrolment ids course_completed was sent with."""
    sent = []

    def receiver(sender, enrollment_id, **kwargs):
        sent.append(enrollment_id)

    course_completed.connect(receiver)
    yield sent
    course_completed.disconnect(receiver)


def test_completing_a_lesson_is_stored_once_by_its_identity(make_course, learner, lessons_of):
    course = make_course()
    enrollment_create(user=learner, course=course)
    lesson = lessons_of(course)[0]
    completion, created = lesson_complete(user=learner, lesson=lesson)
    assert created
    assert completion.lesson_key == lesson.translation_key
    assert completion.course_key == course.translation_key
    again, created = lesson_complete(user=learner, lesson=lesson)
    assert not created and again.pk == completion.pk
    assert LessonCompletion.objects.count() == 1
    assert LearningEvent.objects.filter(verb="completed", object_type="lesson").count() == 1


def test_not_enrolled_learners_cannot_complete(make_course, learner, lessons_of):
    course = make_course()
    with pytest.raises(ValidationError) as error:
        lesson_complete(user=learner, lesson=lessons_of(course)[0])
    assert error.value.messages == [str(NOT_ENROLLED)]
    assert not LessonCompletion.objects.exists()


def test_sequential_course_locks_until_the_previous_lesson(make_course, learner, lessons_of):
    course = make_course(lessons=3, sequential_lessons=True)
    enrollment_create(user=learner, course=course)
    first, second, _third = lessons_of(course)
    with pytest.raises(ValidationError) as error:
        lesson_complete(user=learner, lesson=second)
    assert first.title in error.value.messages[0]
    lesson_complete(user=learner, lesson=first)
    assert lesson_complete(user=learner, lesson=second)[1]


def test_last_required_lesson_completes_the_course_once(
    make_course, make_user, lessons_of, completions_sent, django_capture_on_commit_callbacks
):
    learner = make_user(role="Learner", preferred_language="en")
    course = make_course(lessons=3)
    enrollment = enrollment_create(user=learner, course=course)
    optional = lessons_of(course)[2]
    optional.required_for_completion = False
    optional.save_revision().publish()
    first, second, _ = lessons_of(course)
    with django_capture_on_commit_callbacks(execute=True):
        lesson_complete(user=learner, lesson=first)
    enrollment.refresh_from_db()
    assert enrollment.status == EnrollmentStatus.ACTIVE and completions_sent == []
    with django_capture_on_commit_callbacks(execute=True):
        lesson_complete(user=learner, lesson=second)
    enrollment.refresh_from_db()
    assert enrollment.status == EnrollmentStatus.COMPLETED
    assert enrollment.completed_at is not None
    assert completions_sent == [enrollment.pk]
    assert any("completed" in message.subject for message in mail.outbox)
    with django_capture_on_commit_callbacks(execute=True):
        lesson_complete(user=learner, lesson=second)
        lesson_complete(user=learner, lesson=optional)
    assert completions_sent == [enrollment.pk]  # sent once, whatever follows
    assert LearningEvent.objects.filter(verb="completed", object_type="course").count() == 1


def test_completion_work_is_stored_with_the_completion_and_sent_on_commit(
    make_course, learner, lessons_of, completions_sent, django_capture_on_commit_callbacks
):
    course = make_course(lessons=1, certificate_enabled=True)
    enrollment = enrollment_create(user=learner, course=course)
    before = list(OutboxMessage.objects.values_list("pk", flat=True))
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        lesson_complete(user=learner, lesson=lessons_of(course)[0])
    # The signal runs in the completing transaction; its receivers' work is stored with it in
    # the outbox (lms.outbox), so a broker outage cannot lose it, and nothing runs before commit.
    assert completions_sent == [enrollment.pk]
    stored = OutboxMessage.objects.exclude(pk__in=before).order_by("pk")
    assert [(m.task_name, m.args, m.sent_at) for m in stored] == [
        ("courses.enrolment.tasks.enrollment_email_send", [enrollment.pk, "completed"], None),
        ("courses.certificates.tasks.certificate_issue", [enrollment.pk], None),
    ]
    assert mail.outbox == [] and not Certificate.objects.exists()
    # The commit, and the commits of the work it runs (the certificate's notification queues
    # its mail task, which sends nothing: the PDF mail is its e-mail).
    with django_capture_on_commit_callbacks(execute=True):
        for callback in callbacks:
            callback()
    assert Certificate.objects.filter(enrollment=enrollment).count() == 1
    assert len(mail.outbox) == 2  # "you completed" and the certificate
    assert not OutboxMessage.objects.exclude(pk__in=before).filter(sent_at=None).exists()


def test_progress_counts_across_languages(
    make_course, learner, lessons_of, translate_course, completions_sent
):
    course = make_course(lessons=2)
    ru_course = translate_course(course, "ru")
    enrollment = enrollment_create(user=learner, course=ru_course)
    assert enrollment.course_key == course.translation_key
    ru_first, ru_second = lessons_of(ru_course)
    lesson_complete(user=learner, lesson=ru_first)
    # The Kyrgyz lesson is the same lesson: completing it again changes nothing.
    assert not lesson_complete(user=learner, lesson=lessons_of(course)[0])[1]
    lesson_complete(user=learner, lesson=lessons_of(course)[1])
    enrollment.refresh_from_db()
    assert enrollment.status == EnrollmentStatus.COMPLETED
    assert ru_second.translation_key == lessons_of(course)[1].translation_key
