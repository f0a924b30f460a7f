"""Progress screens: "Mark as complete", My learning, and the trainers' view of their learners
(participants with progress, one learner's record, exports); the course and lesson pages' parts."""

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail import hooks
from wagtail.models import Locale

from courses.catalogue.extensions import reader_state, reader_state_get
from courses.catalogue.models import CourseIndexPage
from courses.catalogue.selectors import (
    course_for_page,
    course_outline,
    course_shown,
    course_staff_check,
    lesson_live_remembered,
    taught_courses,
)
from courses.catalogue.views import trainer_course_or_404 as course_or_404
from courses.enrolment.forms import ParticipantAddForm
from courses.enrolment.models import ENROLLED_STATUSES, Enrollment, EnrollmentStatus
from courses.progress.extensions import COURSE_COMPLETE_SECTIONS, MY_LEARNING_SECTIONS
from courses.progress.selectors import (
    ParticipantFilters,
    completed_lesson_keys,
    course_progress_get,
    courses_in_language,
    dashboard_get,
    learner_progress,
    learner_record,
    lesson_lock_get,
    next_courses,
    participants,
    progress_percent,
    required_lesson_keys,
    status_counts,
)
from courses.progress.services import lesson_complete, lesson_visit, lesson_visit_due
from lms.access_log.models import AccessAction
from lms.access_log.selectors import access_log_allowed
from lms.access_log.services import access_record
from lms.accounts.roles import MANAGER
from lms.locales import locale_active
from lms.params import id_param
from lms.places.models import Oblast
from lms.privacy.selectors import user_is_privacy_manager
from lms.spreadsheets import spreadsheet_response

PAGE_SIZE = 50


@login_required
@require_POST
def lesson_complete_view(request, lesson_id: int):
    """The "Mark as complete" button; a second submit finds it done and changes nothing. The
    lesson that completes the course leads to the completion page. The lesson and its course
    are remembered for the content version: the statements are the completion's own."""
    lesson = lesson_live_remembered(lesson_id=lesson_id, request=request)
    if lesson is None:
        raise Http404
    course = course_for_page(lesson, request=request)
    if course is None:
        raise Http404
    course = course_shown(course=course, request=request)  # the reader's language's course
    try:
        completion, created = lesson_complete(user=request.user, lesson=lesson, course=course)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if created:
            messages.success(request, _("Lesson marked as complete."))
        if created and completion.course_completed:
            return redirect("progress:course_complete", course_key=course.translation_key)
    shown = course_outline(course=course, request=request).lesson_shown(lesson)
    return redirect(shown.get_url(request=request) + "#lesson-completion")


@login_required
def course_complete_view(request, course_key: uuid.UUID):
    """The completion moment: the course is complete, the certificate (from the apps that add
    sections, COURSE_COMPLETE_SECTIONS) and the next course to take. Only for those who
    completed it: anyone else goes to the course page (or 404 when there is none)."""
    locale = locale_active(request=request)
    course = courses_in_language(keys=[course_key], locale=locale, request=request).get(course_key)
    if course is None:
        raise Http404
    enrollment = Enrollment.objects.filter(
        user=request.user, course_key=course_key, status=EnrollmentStatus.COMPLETED
    ).first()
    if enrollment is None:
        return redirect(course.get_url(request=request))
    sections = [
        section(request=request, course=course, enrollment=enrollment)
        for section in hooks.get_hooks(COURSE_COMPLETE_SECTIONS)
    ]
    return render(
        request,
        "progress/course_complete.html",
        {
            "course": course,
            "enrollment": enrollment,
            "sections": [section for section in sections if section],
            "next_courses": next_courses(user=request.user, course=course, locale=locale),
            "catalogue": CourseIndexPage.objects.live().filter(locale=locale).first(),
        },
    )


@login_required
def my_learning(request):
    """My learning: current courses with progress, requests, completed courses, suggestions,
    and the sections apps above progress add (certificates, quiz grades)."""
    locale = locale_active(request=request)
    sections = [section(request=request) for section in hooks.get_hooks(MY_LEARNING_SECTIONS)]
    context = {
        "dashboard": dashboard_get(user=request.user, locale=locale, request=request),
        "catalogue": CourseIndexPage.objects.live().filter(locale=locale).first(),
        "sections": [section for section in sections if section],
    }
    return render(request, "progress/dashboard.html", context)


# ---- the course and lesson pages' parts (registered in wagtail_hooks.py) ---------------------


def course_progress_context(*, request, course, outline, context) -> dict:
    """The learner's progress and "Continue" link on the course page (one query when enrolled)."""
    access = context["access"]
    enrollment = access.enrollment
    if access.state == "trainer" or (
        access.state == "staff"
        and (request.user.is_superuser or request.user.groups.filter(name=MANAGER).exists())
    ):
        return {"participants_url": reverse("progress:participants", args=[course.translation_key])}
    if enrollment is None or enrollment.status not in ENROLLED_STATUSES:
        return {}
    completed = completed_lesson_keys(user=request.user, course_key=course.translation_key)
    return {
        "completed_keys": completed,
        "progress": course_progress_get(
            outline=outline, completed=completed, enrollment=enrollment
        ),
    }


def lesson_progress_state(*, request, lesson, course, outline, state) -> dict | None:
    """What the lesson page shows of the learner's progress (its completions). A new visit is
    rendered, which records it (`_render`), and kept for the views after it: the page does not
    show the visit (courses/catalogue/lesson_keep.py)."""
    access = state.get("_access")
    enrollment = access.enrollment if access is not None else None
    if enrollment is None:
        return None
    completed = completed_lesson_keys(user=request.user, course_key=course.translation_key)
    found = {"completed": tuple(sorted(str(key) for key in completed)), "_completed": completed}
    if lesson_visit_due(enrollment=enrollment, lesson=lesson):
        found["_render"] = True
    return found


@reader_state(lesson_progress_state)
def lesson_progress_context(*, request, lesson, course, outline, preview, context) -> dict:
    """Completion state, sequence lock and the visit record for an enrolled learner's lesson."""
    access = context["access"]
    if preview or context["locked"]:
        return {}
    enrollment = access.course.enrollment if access else None
    if enrollment is None or enrollment.status not in ENROLLED_STATUSES or outline is None:
        return {}
    completed = reader_state_get(context, "_completed")
    if completed is None:
        completed = completed_lesson_keys(user=request.user, course_key=course.translation_key)
    blocker = lesson_lock_get(course=course, outline=outline, completed=completed, lesson=lesson)
    if blocker is None:
        lesson_visit(user=request.user, enrollment=enrollment, lesson=lesson)
    progress = course_progress_get(outline=outline, completed=completed, enrollment=enrollment)
    return {
        "can_complete": blocker is None,
        "completed_keys": completed,
        "new_lesson_keys": {item.translation_key for item in progress.new_lessons},
        "lesson_completed": lesson.translation_key in completed,
        "lesson_blocker": blocker,
        "locked": blocker is not None,
        "progress": progress,
    }


# ---- the trainers' view of their learners ----------------------------------------------------


def _filters(request) -> ParticipantFilters:
    status = request.GET.get("status", "")
    oblast = request.GET.get("oblast", "")
    return ParticipantFilters(
        status=status if status in EnrollmentStatus.values else "",
        oblast=id_param(oblast),
        query=request.GET.get("q", "").strip()[:100],
    )


@login_required
def teach_index(request):
    """The courses this trainer teaches (all, for managers); learners have no teaching area."""
    if not course_staff_check(request.user):
        raise PermissionDenied
    courses = taught_courses(user=request.user, locale=Locale.get_active())
    context = {
        "courses": courses,
        "can_report": True,
        "can_decide_data_requests": user_is_privacy_manager(request.user),
        "can_read_access_log": access_log_allowed(request.user),
    }
    return render(request, "progress/teach_index.html", context)


@login_required
def participants_list(request, course_key: uuid.UUID):
    """Participants with progress, last activity, status and place; filters and search."""
    course = course_or_404(request, course_key)
    required = required_lesson_keys(course=course)
    filters = _filters(request)
    rows = participants(course=course, required_keys=required, filters=filters)
    page_obj = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "progress/participants.html",
        {
            "course": course,
            "page_obj": page_obj,
            "required_count": len(required),
            "filters": filters,
            "counts": status_counts(course=course),
            "statuses": EnrollmentStatus.choices,
            "oblasts": Oblast.objects.all(),
            "query_string": query.urlencode(),
            "add_form": ParticipantAddForm(),
        },
    )


@login_required
def participant_detail(request, course_key: uuid.UUID, enrollment_id: int):
    """One learner's record in the course, lesson by lesson with dates."""
    course = course_or_404(request, course_key)
    enrollment = get_object_or_404(
        Enrollment.objects.select_related("user__municipality__district__oblast"),
        pk=enrollment_id,
        course_key=course.translation_key,
    )
    records = learner_record(course=course, enrollment=enrollment)
    access_record(
        actor=request.user,
        action=AccessAction.RECORD_VIEW,
        subjects=[enrollment.user_id],
        course_key=course.translation_key,
        detail="participant record",
    )
    return render(
        request,
        "progress/participant.html",
        {
            "course": course,
            "enrollment": enrollment,
            "records": records,
            "progress": learner_progress(course=course, enrollment=enrollment, records=records),
        },
    )


def _export_rows(course, request, *, seen: set):
    """The export's rows; the learners written are added to `seen` (for the access log)."""
    required = required_lesson_keys(course=course)
    header = [
        _("Full name"),
        _("E-mail address"),
        _("Municipality"),
        _("District"),
        _("Oblast"),
        _("Status"),
        _("Required lessons done"),
        _("Required lessons"),
        _("Progress, %"),
        _("Last activity"),
        _("Enrolled"),
        _("Completed"),
    ]
    yield header
    tz = timezone.get_current_timezone()
    for row in participants(course=course, required_keys=required, filters=_filters(request)):
        user, place = row.user, row.user.municipality
        seen.add(user.pk)
        # A completed enrolment is complete: lessons added since are not owed (docs/progress.md).
        done = len(required) if row.status == EnrollmentStatus.COMPLETED else row.done

        def when(value):
            return value.astimezone(tz).strftime("%Y-%m-%d %H:%M") if value else ""

        yield [
            user.full_name,
            user.email,
            place.name if place else "",
            place.district.name if place else "",
            place.district.oblast.name if place else "",
            row.get_status_display(),
            done,
            len(required),
            progress_percent(row.status, row.done, len(required)),
            when(row.last_activity_at),
            when(row.created_at),
            when(row.completed_at),
        ]


@login_required
def participants_export(request, course_key: uuid.UUID, file_format: str):
    """The filtered participant list as CSV (UTF-8 with BOM, for Excel) or XLSX."""
    if file_format not in ("csv", "xlsx"):
        raise Http404
    course = course_or_404(request, course_key)
    name = f"participants-{course.slug}-{timezone.localdate():%Y%m%d}"
    seen: set = set()
    response = spreadsheet_response(
        rows=_export_rows(course, request, seen=seen),
        name=name,
        file_format=file_format,
        sheet_title=_("Participants"),
    )
    # Written before the file leaves: a list with names that cannot be logged is not served.
    access_record(
        actor=request.user,
        action=AccessAction.EXPORT,
        subjects=seen,
        course_key=course.translation_key,
        detail=f"participants.{file_format} {request.GET.urlencode()}".strip(),
    )
    return response
