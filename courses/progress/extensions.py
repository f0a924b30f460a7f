"""Extension points of progress, as Wagtail hooks: apps above it (quizzes, certificates) take part
in completion and My learning without progress importing them.
"""

from wagtail import hooks

# fn(*, lesson, source) -> None, raising ValidationError to refuse the completion (a lesson with
# a quiz is completed by passing it, not by the button).
LESSON_COMPLETION_CHECKS = "progress_lesson_completion_checks"
# fn(*, request) -> {"template": name, ...} or None: a section of My learning, in hook order.
MY_LEARNING_SECTIONS = "progress_my_learning_sections"
# fn(*, request, course, enrollment) -> {"template": name, ...} or None: a section of the page a
# learner sees on completing a course (certificates: the certificate), in hook order.
COURSE_COMPLETE_SECTIONS = "progress_course_complete_sections"
# fn(*, enrollment) -> bool: False holds the course back from completion although every
# required lesson is done (seminars: a blended course needs attendance at one of its seminars).
COURSE_COMPLETION_CHECKS = "progress_course_completion_checks"


def lesson_completion_check(*, lesson, source: str) -> None:
    """Ask every app whether `lesson` may be completed this way; the first refusal is raised."""
    for check in hooks.get_hooks(LESSON_COMPLETION_CHECKS):
        check(lesson=lesson, source=source)


def course_completion_allowed(*, enrollment) -> bool:
    """Whether every app lets `enrollment`'s course be completed now."""
    return all(check(enrollment=enrollment) for check in hooks.get_hooks(COURSE_COMPLETION_CHECKS))
