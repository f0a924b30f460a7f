"""Queries compiled once per process (lms.compiled_queries): the same rows as the ORM gives, on
whichever database the suite runs, with the values of each call; anything whose SQL would
depend on the values runs through the ORM instead."""

import logging
import uuid

import pytest

from courses.discussions.models import Topic
from courses.enrolment.models import Enrollment
from courses.enrolment.services import enrollment_create
from courses.progress.models import LessonCompletion
from lms.compiled_queries import compiled, compiled_forget, compiled_run

pytestmark = pytest.mark.django_db

built = []


@pytest.fixture(autouse=True)
def _fresh():
    compiled_forget()
    built.clear()
    yield
    compiled_forget()


@compiled(Enrollment)
def _enrollment(*, user_id, course_key):
    built.append(1)
    return Enrollment.objects.filter(user_id=user_id, course_key=course_key).select_related("user")[
        :1
    ]


@compiled(LessonCompletion)
def _keys(*, user_id, course_key):
    built.append(1)
    return LessonCompletion.objects.filter(user_id=user_id, course_key=course_key).values_list(
        "lesson_key", flat=True
    )


@compiled(Topic)
def _titled(*, title):
    built.append(1)
    return Topic.objects.filter(title__icontains=title)


@pytest.fixture
def two_learners(make_course, make_user):
    course = make_course(lessons=2, modules=0)
    people = [make_user(role="Learner", full_name=name) for name in ("Aida Test", "Bakyt Test")]
    for person in people:
        enrollment_create(user=person, course=course)
    return course, people


def test_each_call_gets_its_own_rows_from_sql_built_once(two_learners):
    course, (aida, bakyt) = two_learners
    key = course.translation_key
    first = compiled_run(_enrollment, user_id=aida.pk, course_key=key)
    second = compiled_run(_enrollment, user_id=bakyt.pk, course_key=key)
    assert [e.user.full_name for e in first] == ["Aida Test"]  # select_related filled
    assert [e.user.full_name for e in second] == ["Bakyt Test"]
    assert first[0].pk == Enrollment.objects.get(user=aida).pk
    assert compiled_run(_enrollment, user_id=aida.pk, course_key=uuid.uuid4()) == []
    assert len(built) == 1  # the queryset was built once, with stand-ins


def test_values_list_rows_and_string_keys(two_learners):
    course, (aida, _bakyt) = two_learners
    lesson_key = uuid.uuid4()
    LessonCompletion.objects.create(
        user=aida, course_key=course.translation_key, lesson_key=lesson_key
    )
    found = compiled_run(_keys, user_id=aida.pk, course_key=course.translation_key)
    assert found == [lesson_key]  # a UUID, converted as the ORM converts it
    # A key given as text is the same key.
    again = compiled_run(_keys, user_id=aida.pk, course_key=str(course.translation_key))
    assert again == [lesson_key]


def test_a_value_the_sql_would_change_for_runs_through_the_orm(two_learners):
    course, (aida, _bakyt) = two_learners
    assert compiled_run(_enrollment, user_id=aida.pk, course_key=course.translation_key)
    # None is IS NULL, not "= NULL": that call is built by the ORM, the shape stays compiled.
    assert compiled_run(_enrollment, user_id=None, course_key=course.translation_key) == []
    assert compiled_run(_enrollment, user_id=aida.pk, course_key=course.translation_key)
    assert len(built) == 2


def test_a_value_changed_in_the_parameters_leaves_the_shape_to_the_orm(two_learners, caplog):
    course, (aida, _bakyt) = two_learners
    Topic.objects.create(
        course_key=course.translation_key, author=aida, title="Суу тарифи", board_id=_board(course)
    )
    with caplog.at_level(logging.WARNING, logger="lms.compiled_queries"):
        assert [t.title for t in compiled_run(_titled, title="тариф")] == ["Суу тарифи"]
    assert "runs through the ORM" in caplog.text  # "%тариф%" is not the value given
    assert compiled_run(_titled, title="жок") == []
    assert len(built) == 3  # compiled once (refused), then the ORM for each call


def test_off_builds_every_call(two_learners, settings):
    settings.COMPILED_QUERIES = False
    course, (aida, _bakyt) = two_learners
    for _ in range(2):
        assert compiled_run(_enrollment, user_id=aida.pk, course_key=course.translation_key)
    assert len(built) == 2


def _board(course):
    from courses.discussions.models import Board

    board, _created = Board.objects.get_or_create(
        course_key=course.translation_key, kind="discussion"
    )
    return board.pk
