"""The learner's side: enrol, withdraw, mark lessons complete, My learning; thin over services."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.models import CourseIndexPage, CoursePage, Enrollment, EnrollmentStatus, LessonPage
from courses.models.enrollment import ENROLLED_STATUSES
from courses.selectors.certificates import certificates_of_user
from courses.selectors.learning import (
    completed_lesson_keys,
    course_progress_get,
    dashboard_get,
    lesson_lock_get,
)
from courses.selectors.pages import course_for_page
from courses.selectors.quizzes import learner_grades, quiz_for_lesson
from courses.services.enrollment import enrollment_create, enrollment_withdraw
from courses.services.progress import lesson_complete, lesson_visit
from lms.accounts.roles import MANAGER
from lms.locales import locale_active
from lms.process_memo import remembered


def _error_text(error: ValidationError) -> str:
    return " ".join(error.messages)


def _live_page(model, page_id: int):
    page = get_object_or_404(model.objects.live().select_related("locale"), pk=page_id)
    return page


@login_required
@require_POST
def course_enrol(request, course_id: int):
    """Enrol (open or key) or ask to join (approval); refusals come back as a clear message."""
    course = _live_page(CoursePage, course_id)
    try:
        enrollment = enrollment_create(
            user=request.user, course=course, key=request.POST.get("key", "")[:64]
        )
    except ValidationError as error:
        messages.error(request, _error_text(error))
        return redirect(course.get_url(request=request) + "#enrolment")
    if enrollment.status == EnrollmentStatus.PENDING:
        messages.success(request, _("Your request is sent. A trainer will decide on it soon."))
    else:
        messages.success(request, _("You are enrolled. Welcome to the course!"))
    return redirect(course.get_url(request=request) + "#enrolment")


@login_required
@require_POST
def course_withdraw(request, course_id: int):
    """Leave the course or cancel a request; progress is kept for a later return."""
    course = _live_page(CoursePage, course_id)
    enrollment = Enrollment.objects.filter(
        user=request.user, course_key=course.translation_key
    ).first()
    if enrollment is None:
        raise Http404
    try:
        enrollment_withdraw(enrollment=enrollment, by=request.user)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        messages.success(
            request, _("You have left the course. Your progress is kept if you enrol again.")
        )
    return redirect(course.get_url(request=request) + "#enrolment")


@login_required
@require_POST
def lesson_complete_view(request, lesson_id: int):
    """The "Mark as complete" button; a second submit finds it done and changes nothing."""
    lesson = _live_page(LessonPage, lesson_id)
    course = course_for_page(lesson, request=request)
    if course is None:
        raise Http404
    try:
        _completion, created = lesson_complete(user=request.user, lesson=lesson, course=course)
    except ValidationError as error:
        messages.error(request, _error_text(error))
    else:
        if created:
            messages.success(request, _("Lesson marked as complete."))
    return redirect(lesson.get_url(request=request) + "#lesson-completion")


@login_required
def my_learning(request):
    """My learning: current courses with progress, requests, completed courses, certificates,
    quiz grades and suggestions."""
    locale = locale_active(request=request)
    context = {
        "dashboard": dashboard_get(user=request.user, locale=locale, request=request),
        "catalogue": CourseIndexPage.objects.live().filter(locale=locale).first(),
        "certificates": list(certificates_of_user(user=request.user)),
        "grades": learner_grades(user=request.user),
    }
    return render(request, "courses/learning/dashboard.html", context)


# ---- hooks the course and lesson pages call (courses.views.pages) ------------------------------


def course_progress_context(*, request, course, outline, access) -> dict:
    """The learner's progress and "Continue" link on the course page (one query when enrolled)."""
    enrollment = access.enrollment
    if access.state == "trainer" or (
        access.state == "staff"
        and (request.user.is_superuser or request.user.groups.filter(name=MANAGER).exists())
    ):
        return {"participants_url": reverse("trainer:participants", args=[course.translation_key])}
    if enrollment is None or enrollment.status not in ENROLLED_STATUSES:
        return {}
    completed = completed_lesson_keys(user=request.user, course_key=course.translation_key)
    return {
        "completed_keys": completed,
        "progress": course_progress_get(
            lessons=outline.lessons, completed=completed, last_lesson_key=enrollment.last_lesson_key
        ),
    }


def lesson_progress_context(*, request, lesson, course, outline, access) -> dict:
    """Completion state, sequence lock and the visit record for an enrolled learner's lesson."""
    enrollment = access.course.enrollment if access else None
    if enrollment is None or enrollment.status not in ENROLLED_STATUSES or outline is None:
        return {}
    completed = completed_lesson_keys(user=request.user, course_key=course.translation_key)
    blocker = lesson_lock_get(course=course, outline=outline, completed=completed, lesson=lesson)
    if blocker is None:
        lesson_visit(user=request.user, enrollment=enrollment, lesson=lesson)
    return {
        "can_complete": blocker is None,
        "completed_keys": completed,
        "lesson_completed": lesson.translation_key in completed,
        "lesson_blocker": blocker,
        # Looked up once here: the quiz link below and the completion box both need it.
        "lesson_quiz": remembered(
            "lesson_quiz", lesson.pk, lambda: quiz_for_lesson(lesson=lesson), request=request
        ),
        "progress": course_progress_get(lessons=outline.lessons, completed=completed),
    }
