"""Reads of the LTI app: what a launch names, the deep-linking picker, the score to send."""

import logging
import uuid
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache

from wagtail.models import Locale

from courses.catalogue.models import CoursePage, LessonPage
from courses.catalogue.selectors import course_for_page, course_outline
from courses.enrolment.models import Enrollment, EnrollmentStatus
from courses.lti.models import LtiLaunchContext, LtiPlatform
from courses.progress.selectors import completed_lesson_keys
from courses.quizzes.models import AttemptState, Quiz
from courses.quizzes.selectors import quiz_standing

logger = logging.getLogger(__name__)


def _uuid(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def _in_locale(pages, language: str):
    """Of one page's translations, the live one in `language`, else the default language's."""
    chosen = None
    for page in pages:
        if page.locale.language_code == language:
            return page
        if chosen is None or page.locale.language_code == settings.LANGUAGE_CODE:
            chosen = page
    return chosen


def launch_target(*, course_key: str, lesson_key: str, language: str):
    """(course, page to open) in `language` (or the default one); (None, None) when the keys
    name no live course or lesson of ours."""
    lesson_uuid, course_uuid = _uuid(lesson_key), _uuid(course_key)
    if lesson_uuid:
        lessons = LessonPage.objects.live().filter(translation_key=lesson_uuid)
        lesson = _in_locale(lessons.select_related("locale"), language)
        if lesson is not None:
            return course_for_page(lesson), lesson
    if course_uuid:
        courses = CoursePage.objects.live().filter(translation_key=course_uuid)
        course = _in_locale(courses.select_related("locale"), language)
        if course is not None:
            return course, course
    return None, None


@dataclass
class PickerCourse:
    course: CoursePage
    lessons: list = field(default_factory=list)


def deep_link_choices(*, language: str) -> list[PickerCourse]:
    """Live courses with their live lessons in `language` (the default language's where there
    is no translation), in tree order: two queries whatever their number."""
    default = Locale.get_default()
    locales = Locale.objects.filter(language_code__in={language, default.language_code})
    courses = {}
    for course in CoursePage.objects.live().filter(locale__in=locales).select_related("locale"):
        known = courses.get(course.translation_key)
        if known is None or course.locale.language_code == language:
            courses[course.translation_key] = course
    chosen = sorted(courses.values(), key=lambda course: course.title.lower())
    by_path = {course.path: PickerCourse(course) for course in chosen}
    lessons = LessonPage.objects.live().filter(locale__in={c.locale_id for c in chosen})
    for lesson in lessons.order_by("path").only("title", "path", "translation_key", "locale"):
        for path, entry in by_path.items():
            if lesson.path.startswith(path):
                entry.lessons.append(lesson)
                break
    return list(by_path.values())


def platforms_active() -> list[LtiPlatform]:
    return list(LtiPlatform.objects.filter(active=True).order_by("pk"))


SCORED_LAUNCHES_KEY = "lti:scored-launches"


def scored_launches_exist() -> bool:
    """Whether any launch carries a line item at all: kept in the cache until a launch context
    is saved or deleted (courses/lti/signals.py), so a site without LTI grade passback spends
    no query on every completion. When the cache is away, the answer is read every time."""
    try:
        found = cache.get(SCORED_LAUNCHES_KEY)
    except Exception:
        found = None
    if found is None:
        found = LtiLaunchContext.objects.exclude(lineitem_url="").exists()
        try:
            cache.set(SCORED_LAUNCHES_KEY, found, 3600)
        except Exception:
            logger.warning("Cache unavailable: whether launches are scored is not kept.")
    return found


def read_ahead_keys(request, user_id) -> list[str]:
    """`lms.cache_ahead`: a signed-in POST may complete a lesson (marked complete, a quiz
    passed, work handed in), and each completion asks whether any launch is scored."""
    return [SCORED_LAUNCHES_KEY] if user_id is not None and request.method == "POST" else []


def launch_contexts_to_score(*, user_id: int, course_key) -> list[int]:
    """Launches of this person into this course that carry a line item to post to."""
    if not scored_launches_exist():
        return []
    return list(
        LtiLaunchContext.objects.filter(user_id=user_id, course_key=course_key)
        .exclude(lineitem_url="")
        .values_list("pk", flat=True)
    )


def _quiz_score(*, context: LtiLaunchContext, quiz: Quiz) -> dict:
    """A lesson with a quiz: the quiz's grade (its grading method over the attempts), of 100."""
    standing = quiz_standing(user=context.user, quiz=quiz)
    submitted = [a for a in standing.attempts if a.state == AttemptState.SUBMITTED]
    graded = standing.grade is not None and bool(submitted)
    return {
        "scoreGiven": float(standing.grade) if graded else 0.0,
        "scoreMaximum": 100.0,
        "activityProgress": (
            "Completed" if standing.passed else ("InProgress" if standing.attempts else "Started")
        ),
        "gradingProgress": "FullyGraded" if graded else "Pending",
        "userId": context.sub,
    }


def launch_score(*, context: LtiLaunchContext) -> dict | None:
    """The score of a launch now. A lesson with a quiz: the quiz grade (0-100). Otherwise the
    course: required lessons completed out of all required, "Completed"/"FullyGraded" once
    the enrolment is completed. None when the course is gone."""
    if context.lesson_key:
        quiz = Quiz.objects.filter(lesson_key=context.lesson_key).first()
        if quiz is not None:
            return _quiz_score(context=context, quiz=quiz)
    course = CoursePage.objects.filter(translation_key=context.course_key).first()
    if course is None:
        return None
    required = {item.translation_key for item in course_outline(course=course).required_lessons}
    done = completed_lesson_keys(user=context.user, course_key=context.course_key) & required
    completed = Enrollment.objects.filter(
        user=context.user, course_key=context.course_key, status=EnrollmentStatus.COMPLETED
    ).exists()
    total = len(required) or 1
    return {
        "scoreGiven": float(total if completed else len(done)),
        "scoreMaximum": float(total),
        "activityProgress": "Completed" if completed else ("InProgress" if done else "Started"),
        "gradingProgress": "FullyGraded" if completed else "Pending",
        "userId": context.sub,
    }
