"""Blended courses: a course whose seminar requires attendance completes only once the learner
attended (present or late at any session) one of that course's seminars.

`course_attendance_check` is the COURSE_COMPLETION_CHECKS hook (registered in wagtail_hooks.py);
`recheck_course_completion` is called after attendance is marked, so a learner who finished the
lessons before the seminar completes the course the moment they are marked present.
"""

from courses.catalogue.models import CoursePage
from courses.catalogue.selectors import course_outline
from courses.enrolment.models import Enrollment, EnrollmentStatus
from courses.progress.selectors import completed_lesson_keys
from courses.progress.services import course_complete
from courses.seminars.models import ATTENDED_MARKS, Attendance, Registration, Seminar


def attendance_required(*, course_key) -> bool:
    return Seminar.objects.filter(course_key=course_key, course_requires_attendance=True).exists()


def attended_course_seminar(*, user, course_key) -> bool:
    """Whether `user` was present or late at a session of one of the course's seminars."""
    return Attendance.objects.filter(
        registration__user=user,
        registration__seminar__course_key=course_key,
        mark__in=ATTENDED_MARKS,
    ).exists()


def course_attendance_check(*, enrollment) -> bool:
    """False while the course requires a seminar the learner has not attended."""
    if not attendance_required(course_key=enrollment.course_key):
        return True
    return attended_course_seminar(user=enrollment.user, course_key=enrollment.course_key)


def recheck_course_completion(registration: Registration) -> bool:
    """Complete the registrant's blended course if the lessons are done and they now attended;
    True when the course was completed by this call. Safe to call any number of times."""
    seminar = registration.seminar
    if not registration.user_id or not seminar.course_key or not seminar.course_requires_attendance:
        return False
    enrollment = (
        Enrollment.objects.filter(
            user_id=registration.user_id,
            course_key=seminar.course_key,
            status=EnrollmentStatus.ACTIVE,
        )
        .select_related("user")
        .first()
    )
    if enrollment is None:
        return False
    course = CoursePage.objects.filter(translation_key=seminar.course_key).first()
    if course is None:
        return False
    outline = course_outline(course=course)
    required = {item.translation_key for item in outline.required_lessons}
    done = completed_lesson_keys(user=enrollment.user, course_key=seminar.course_key)
    if not required or not required <= done:
        return False
    return course_complete(enrollment=enrollment)
