"""Blended courses: completion waits for attendance at one of the course's seminars."""

import pytest

from courses.catalogue.models import LessonPage
from courses.enrolment.models import Enrollment, EnrollmentStatus
from courses.enrolment.services import enrollment_create
from courses.progress.services import lesson_complete
from courses.seminars.completion import recheck_course_completion
from courses.seminars.models import Attendance, AttendanceMark
from courses.seminars.services import registration_create

pytestmark = pytest.mark.django_db


def _finish_lessons(user, course):
    for lesson in LessonPage.objects.descendant_of(course).live().order_by("path"):
        lesson_complete(user=user, lesson=lesson, course=course)


def test_course_waits_for_attendance_then_completes(make_course, make_seminar, learner):
    course = make_course(lessons=2)
    seminar = make_seminar(course_key=course.translation_key, course_requires_attendance=True)
    enrollment = enrollment_create(user=learner, course=course)
    registration = registration_create(seminar=seminar, user=learner)
    _finish_lessons(learner, course)
    enrollment.refresh_from_db()
    assert enrollment.status == EnrollmentStatus.ACTIVE
    assert recheck_course_completion(registration) is False
    session = seminar.sessions.get()
    Attendance.objects.create(
        session=session, registration=registration, mark=AttendanceMark.ABSENT
    )
    assert recheck_course_completion(registration) is False
    Attendance.objects.filter(registration=registration).update(mark=AttendanceMark.LATE)
    assert recheck_course_completion(registration) is True
    enrollment.refresh_from_db()
    assert enrollment.status == EnrollmentStatus.COMPLETED
    assert recheck_course_completion(registration) is False  # once


def test_attendance_first_then_the_last_lesson_completes(make_course, make_seminar, learner):
    course = make_course(lessons=2)
    seminar = make_seminar(course_key=course.translation_key, course_requires_attendance=True)
    enrollment_create(user=learner, course=course)
    registration = registration_create(seminar=seminar, user=learner)
    Attendance.objects.create(
        session=seminar.sessions.get(), registration=registration, mark=AttendanceMark.PRESENT
    )
    _finish_lessons(learner, course)
    assert Enrollment.objects.get(user=learner).status == EnrollmentStatus.COMPLETED


def test_courses_without_the_requirement_complete_as_before(make_course, make_seminar, learner):
    course = make_course(lessons=1)
    make_seminar(course_key=course.translation_key, course_requires_attendance=False)
    enrollment_create(user=learner, course=course)
    _finish_lessons(learner, course)
    assert Enrollment.objects.get(user=learner).status == EnrollmentStatus.COMPLETED
