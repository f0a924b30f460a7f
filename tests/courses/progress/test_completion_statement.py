"""The completion written in one statement on PostgreSQL (courses/progress/completion_statement.py):
the same rows as the ORM path, the same refusals, the receivers called, and a course completed
exactly once when a learner's last two lessons are completed at the same moment."""

import threading

from django.core.exceptions import ValidationError
from django.db import connection, connections
from django.db.models.signals import post_save
from django.test.utils import CaptureQueriesContext
from django.utils import translation

import pytest
from psycopg import pq

from courses.activity.models import LearningEvent
from courses.enrolment.models import Enrollment, EnrollmentStatus
from courses.enrolment.services import enrollment_create
from courses.progress import completion_statement, services
from courses.progress.models import LessonCompletion
from courses.progress.services import lesson_complete
from tests.services import require

pytestmark = pytest.mark.django_db


@pytest.fixture
def postgresql():
    require("PostgreSQL", connection.vendor == "postgresql", "the statement is PostgreSQL's")


def test_the_statement_writes_what_the_orm_path_writes(
    postgresql, make_course, learner, lessons_of
):
    course = make_course(lessons=3)
    enrollment_create(user=learner, course=course)
    lesson = lessons_of(course)[1]
    with translation.override("ru"), CaptureQueriesContext(connection) as queries:
        completion, created = lesson_complete(user=learner, lesson=lesson, source="api")
    assert created and not completion.course_completed
    inserting = [q["sql"] for q in queries.captured_queries if "INSERT INTO" in q["sql"]]
    assert len(inserting) == 1 and inserting[0].count("INSERT INTO") == 2  # one statement
    stored = LessonCompletion.objects.get(user=learner, lesson_key=lesson.translation_key)
    assert stored.pk == completion.pk
    assert (stored.course_key, stored.source) == (course.translation_key, "api")
    assert stored.completed_at == completion.completed_at
    event = LearningEvent.objects.get(actor=learner, verb="completed", object_type="lesson")
    assert event.object_key == lesson.translation_key
    assert event.course_key == course.translation_key
    assert event.language == "ru"
    assert event.context == {"source": "api"}
    assert event.created_at == stored.completed_at


def test_begin_the_statement_and_the_count_go_in_one_round_trip(
    postgresql, make_course, learner, lessons_of
):
    """psycopg's pipeline sends them together; the server still runs them in order."""
    course = make_course(lessons=2)
    enrollment_create(user=learner, course=course)
    sent = []

    def in_pipeline(execute, sql, params, many, context):
        pipelined = context["connection"].connection.pgconn.pipeline_status != pq.PipelineStatus.OFF
        if sql.lstrip().startswith("WITH") or "count(*)" in sql:  # not the outline's reads
            sent.append((sql.split()[0], pipelined))
        return execute(sql, params, many, context)

    first, last = lessons_of(course)
    with connection.execute_wrapper(in_pipeline):
        assert not lesson_complete(user=learner, lesson=first)[0].course_completed
    assert sent == [("WITH", True), ("SELECT", True)]
    assert lesson_complete(user=learner, lesson=last)[0].course_completed  # the count counted


def test_the_receivers_of_both_rows_are_called_in_the_transaction(
    postgresql, make_course, learner, lessons_of
):
    """LTI grade passback listens to the completion's post_save, xAPI to the event's."""
    course = make_course(lessons=2)
    enrollment_create(user=learner, course=course)
    seen = []

    def receiver(sender, instance, created, **kwargs):
        seen.append((sender, instance.pk, created, connection.in_atomic_block))

    post_save.connect(receiver, sender=LessonCompletion)
    post_save.connect(receiver, sender=LearningEvent)
    try:
        completion, _created = lesson_complete(user=learner, lesson=lessons_of(course)[0])
    finally:
        post_save.disconnect(receiver, sender=LessonCompletion)
        post_save.disconnect(receiver, sender=LearningEvent)
    event = LearningEvent.objects.get(actor=learner, object_type="lesson")
    assert seen == [
        (LessonCompletion, completion.pk, True, True),
        (LearningEvent, event.pk, True, True),
    ]


@pytest.mark.parametrize("status", [None, EnrollmentStatus.WITHDRAWN, EnrollmentStatus.PENDING])
def test_without_an_enrolment_that_counts_nothing_is_written(
    postgresql, make_course, learner, lessons_of, status
):
    course = make_course(lessons=2)
    if status is not None:
        enrollment = enrollment_create(user=learner, course=course)
        Enrollment.objects.filter(pk=enrollment.pk).update(status=status)
    with pytest.raises(ValidationError) as refusal:
        lesson_complete(user=learner, lesson=lessons_of(course)[0])
    assert refusal.value.code == "not_enrolled"
    assert not LessonCompletion.objects.exists()
    assert not LearningEvent.objects.filter(verb="completed").exists()


def test_a_repeat_and_a_completed_course_change_nothing(
    postgresql, make_course, learner, lessons_of
):
    course = make_course(lessons=2)
    enrollment = enrollment_create(user=learner, course=course)
    first, second = lessons_of(course)
    completion, created = lesson_complete(user=learner, lesson=first)
    again, created_again = lesson_complete(user=learner, lesson=first)
    assert created and not created_again and again.pk == completion.pk
    last, _created = lesson_complete(user=learner, lesson=second)
    assert last.course_completed
    enrollment.refresh_from_db()
    assert enrollment.status == EnrollmentStatus.COMPLETED
    assert lesson_complete(user=learner, lesson=second)[1] is False
    assert LessonCompletion.objects.filter(user=learner).count() == 2
    assert LearningEvent.objects.filter(verb="completed", object_type="lesson").count() == 2
    assert LearningEvent.objects.filter(verb="completed", object_type="course").count() == 1


def test_a_sequential_course_keeps_the_orm_path(
    postgresql, make_course, learner, lessons_of, monkeypatch
):
    """The lock of a course whose lessons open in order needs the completions read first."""
    course = make_course(lessons=2, sequential_lessons=True)
    enrollment_create(user=learner, course=course)
    called = []

    def spy(**kwargs):
        called.append(kwargs)
        return completion_statement.completion_insert(**kwargs)

    monkeypatch.setattr(services, "completion_insert", spy)
    first, second = lessons_of(course)
    with pytest.raises(ValidationError) as refusal:
        lesson_complete(user=learner, lesson=second)
    assert refusal.value.code == "locked"
    assert lesson_complete(user=learner, lesson=first)[1]
    assert not called
    plain = make_course(lessons=1)
    enrollment_create(user=learner, course=plain)
    assert lesson_complete(user=learner, lesson=lessons_of(plain)[0])[1]
    assert len(called) == 1  # the spy sees the statement path where it applies


# Transactional, so the threads see committed rows; the serialized rollback puts back the
# migrated data for the transactional tests that follow.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_last_two_lessons_at_the_same_moment_complete_the_course_once(
    make_course, make_user, lessons_of
):
    require("PostgreSQL", connection.vendor == "postgresql", "row locks need a real server")
    course = make_course(lessons=2)
    learners = [make_user(role="Learner") for _ in range(4)]
    for learner in learners:
        enrollment_create(user=learner, course=course)
    lessons = lessons_of(course)
    errors, results = [], []

    def complete(user, lesson, start):
        try:
            start.wait()
            results.append(lesson_complete(user=user, lesson=lesson))
        except Exception as error:  # noqa: BLE001 (reported below)
            errors.append(error)
        finally:
            connections.close_all()

    for learner in learners:
        start = threading.Barrier(2)
        threads = [
            threading.Thread(target=complete, args=(learner, lesson, start)) for lesson in lessons
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    assert not errors
    assert len(results) == 2 * len(learners)
    assert sum(completion.course_completed for completion, _created in results) == len(learners)
    assert Enrollment.objects.filter(status=EnrollmentStatus.COMPLETED).count() == len(learners)
    assert LessonCompletion.objects.count() == 2 * len(learners)
    course_events = LearningEvent.objects.filter(verb="completed", object_type="course")
    assert sorted(course_events.values_list("actor_id", flat=True)) == sorted(
        learner.pk for learner in learners
    )
