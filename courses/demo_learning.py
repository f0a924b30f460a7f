"""Demo progress: the demo learner enrolled in one course with its first lessons done.

Built through the enrolment and progress services, so it is idempotent like them.
"""

from courses.models import CoursePage, Quiz
from courses.selectors.pages import course_outline
from courses.services.enrollment import enrollment_staff_create
from courses.services.progress import lesson_complete
from lms.accounts.models import User

DEMO_LEARNER_EMAIL = "learner@example.org"


def demo_learning_create(*, course: CoursePage, lessons_done: int = 2) -> int:
    """Enrol the demo learner in `course` and complete its first lessons; returns how many."""
    learner = User.objects.get(email=DEMO_LEARNER_EMAIL)
    trainer = course.trainers.first() or learner
    enrollment_staff_create(user=learner, course=course, by=trainer)
    lessons = course_outline(course=course).lessons
    # Stop short of the last lesson, so the demo shows a course in progress; lessons with a quiz
    # are completed by passing it, so the demo leaves them open.
    quiz_keys = set(Quiz.objects.values_list("lesson_key", flat=True))
    lessons = [lesson for lesson in lessons[:-1] if lesson.translation_key not in quiz_keys]
    lessons = lessons[: max(0, lessons_done)]
    for lesson in lessons:
        lesson_complete(user=learner, lesson=lesson, course=course)
    return len(lessons)
