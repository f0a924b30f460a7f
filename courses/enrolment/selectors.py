"""Read queries of enrolment: who someone is for a course, and how many learners it has."""

from dataclasses import dataclass

from django.db.models import OuterRef

from courses.catalogue.models import CoursePage, LessonPage
from courses.catalogue.selectors import count_subquery, course_group_name
from courses.enrolment.models import ENROLLED_STATUSES, Enrollment, EnrollmentStatus
from lms.accounts.access_cache import user_group_names
from lms.accounts.roles import MANAGER, REVIEWER
from lms.compiled_queries import compiled, compiled_run


@dataclass(frozen=True)
class CourseAccess:
    """Who someone is for a course, which decides what they may read."""

    state: str  # anonymous | none | pending | withdrawn | enrolled | completed | trainer | staff
    enrollment: Enrollment | None = None

    @property
    def can_read_lessons(self) -> bool:
        return self.state in ("enrolled", "completed", "trainer", "staff")


@compiled(Enrollment)
def _enrollment_of(*, user_id: int, course_key):
    """A person's enrolment in a course (one at most): read on every signed-in course and
    lesson page, so its SQL is compiled once per process (lms.compiled_queries)."""
    return Enrollment.objects.filter(user_id=user_id, course_key=course_key)[:1]


def course_access(*, user, course: CoursePage) -> CourseAccess:
    """Managers and reviewers see every course; trainers theirs; learners those they are in."""
    if not user.is_authenticated:
        return CourseAccess(state="anonymous")
    if user.is_superuser:
        return CourseAccess(state="staff")
    groups = user_group_names(user)
    if groups & {MANAGER, REVIEWER}:
        return CourseAccess(state="staff")
    if course_group_name(course.translation_key) in groups:  # on its trainer list
        return CourseAccess(state="trainer")
    found = compiled_run(_enrollment_of, user_id=user.pk, course_key=course.translation_key)
    if not found:
        return CourseAccess(state="none")
    enrollment = found[0]
    state = "enrolled" if enrollment.status == EnrollmentStatus.ACTIVE else enrollment.status
    return CourseAccess(state=state, enrollment=enrollment)


@dataclass(frozen=True)
class LessonAccess:
    allowed: bool
    course: CourseAccess
    preview: bool = False


def lesson_access(
    *, user, lesson: LessonPage, course: CoursePage, access: CourseAccess | None = None
) -> LessonAccess:
    """Open-preview lessons are for everyone; the rest need enrolment or a role on the course.
    `access`: the reader's access to the course when this request has read it already."""
    access = access or course_access(user=user, course=course)
    if access.can_read_lessons:
        return LessonAccess(allowed=True, course=access)
    return LessonAccess(allowed=lesson.open_preview, course=access, preview=lesson.open_preview)


def learners_count(*, course: CoursePage) -> int:
    """Learners enrolled in the course in any language."""
    return Enrollment.objects.filter(
        course_key=course.translation_key, status__in=ENROLLED_STATUSES
    ).count()


def learner_count_expression():
    """Enrolled learners of each course in a queryset of course pages, as one subquery."""
    learners = Enrollment.objects.filter(
        course_key=OuterRef("translation_key"), status__in=ENROLLED_STATUSES
    )
    return count_subquery(learners)
