"""Whose dates the calendar shows: the person's own active courses (completed ones as done),
requests waiting (enrolment closing), assignments with the person's extension; never anyone
else's, nothing of a withdrawn enrolment."""

import datetime as dt

import pytest

from courses.assignments.models import Extension
from courses.calendar.extensions import (
    KIND_ASSIGNMENT_CUTOFF,
    KIND_ASSIGNMENT_DUE,
    KIND_COURSE_END,
    KIND_ENROLMENT_CLOSES,
    KIND_LESSON_DUE,
    calendar_entries,
)
from courses.enrolment.models import Enrollment, EnrollmentStatus
from courses.enrolment.services import enrollment_create
from courses.progress.services import lesson_complete
from tests.courses.calendar.conftest import NOW, at
from tests.factories.assignments import AssignmentFactory, SubmissionFactory

pytestmark = pytest.mark.django_db

WIDE = {"start": NOW - dt.timedelta(days=60), "end": NOW + dt.timedelta(days=60)}


def entries(user, **kwargs):
    return calendar_entries(user=user, language="en", **{**WIDE, **kwargs})


def test_enrolled_learner_sees_course_end_and_lessons_due_soonest_first(student, dated_course):
    found = entries(student)
    assert [(e.kind, e.starts_at) for e in found] == [
        (KIND_LESSON_DUE, at(1)),
        (KIND_LESSON_DUE, at(11)),
        (KIND_LESSON_DUE, at(15)),
        (KIND_COURSE_END, at(31)),
    ]
    assert all(e.course_title == "Street lighting" for e in found)
    assert found[-1].url == dated_course.url
    # The range is half-open and read in Bishkek time.
    assert [e.starts_at for e in entries(student, start=at(11), end=at(15))] == [at(11)]


def test_completed_lessons_and_courses_show_as_done(student, dated_course, lessons_of):
    lesson_complete(user=student, lesson=lessons_of(dated_course)[0], course=dated_course)
    done = {e.starts_at: e.done for e in entries(student)}
    assert done == {at(1): False, at(11): True, at(15): False, at(31): False}
    Enrollment.objects.filter(user=student).update(status=EnrollmentStatus.COMPLETED)
    assert all(e.done for e in entries(student))


def test_someone_elses_and_withdrawn_enrolments_show_nothing(student, make_user, dated_course):
    stranger = make_user(role="Learner")
    assert entries(stranger) == []
    withdrawn = make_user(role="Learner")
    enrollment_create(user=withdrawn, course=dated_course)
    Enrollment.objects.filter(user=withdrawn).update(status=EnrollmentStatus.WITHDRAWN)
    assert entries(withdrawn) == []
    assert len(entries(student)) == 4


def test_a_request_waiting_shows_when_enrolment_closes(make_course, make_user, clock):
    course = make_course(enrolment_method="approval", enrolment_closes_at=at(20), ends_at=at(30))
    person = make_user(role="Learner")
    enrollment_create(user=person, course=course)
    assert Enrollment.objects.get(user=person).status == EnrollmentStatus.PENDING
    found = entries(person)
    assert [(e.kind, e.starts_at) for e in found] == [(KIND_ENROLMENT_CLOSES, at(20))]


def test_assignments_follow_the_persons_extension_and_hand_in(student, dated_course, lessons_of):
    lesson = lessons_of(dated_course)[1]
    assignment = AssignmentFactory(lesson=lesson, due_at=at(12), cutoff_at=at(14))
    kinds = {e.kind: e.starts_at for e in entries(student)}
    assert kinds[KIND_ASSIGNMENT_DUE] == at(12)
    assert kinds[KIND_ASSIGNMENT_CUTOFF] == at(14)
    Extension.objects.create(assignment=assignment, user=student, due_at=at(18))
    mine = {e.kind: e for e in entries(student) if e.kind.startswith("assignment")}
    assert mine[KIND_ASSIGNMENT_DUE].starts_at == at(18)
    assert KIND_ASSIGNMENT_CUTOFF not in mine  # the extension's date is also the cut-off
    assert mine[KIND_ASSIGNMENT_DUE].title == f"Assignment due: {assignment.title_en}"
    SubmissionFactory(assignment=assignment, user=student, submitted=True)
    handed = [e for e in entries(student) if e.kind == KIND_ASSIGNMENT_DUE]
    assert handed[0].done


def test_entries_cost_three_queries_whatever_the_courses(
    student, make_course, lessons_of, django_assert_num_queries
):
    entries(student)  # the courses and outlines are remembered for the content version
    # Enrolments, completions, assignments; seminar sessions (courses.seminars' hook).
    with django_assert_num_queries(4):
        few = entries(student)
    for n in range(4):
        course = make_course(lessons=4, ends_at=at(20 + n))
        enrollment_create(user=student, course=course)
        lesson = lessons_of(course)[1]
        AssignmentFactory(lesson=lesson, due_at=at(21))
    entries(student)
    with django_assert_num_queries(4):
        many = entries(student)
    assert len(many) == len(few) + 4 + 4
