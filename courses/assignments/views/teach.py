"""The trainer's grading screens under /<lang>/assignments/teach/: a course's assignments, the
grading table, one learner's work with the grade form, extensions, reopening, releasing grades,
and the submitted and returned files (downloads, and an inline preview of PDFs and images).

Every screen and file asks `assignment_grading_allowed`: the course's trainers (on its trainer
list) and managers get in; another course's trainer, reviewers and learners get 403 (files: 404,
as for every private file) and anonymous visitors the sign-in page.
"""

import uuid

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_POST

from csp.decorators import csp_replace, csp_update

from courses.assignments.forms.grading import (
    ExtensionForm,
    GradeForm,
    errors_to_form,
    grade_initial,
)
from courses.assignments.models import (
    Assignment,
    AttemptsReopen,
    FeedbackFile,
    Grade,
    GradingType,
    Submission,
    SubmissionFile,
    SubmissionStatus,
)
from courses.assignments.selectors.access import assignment_grading_allowed
from courses.assignments.selectors.grading import (
    ALL,
    SHOW_CHOICES,
    TableFilters,
    course_assignments,
    course_page_get,
    grading_counts,
    grading_rows,
    grading_table,
    learner_work,
    next_to_grade,
    rubric_max_points,
    rubric_with_levels,
)
from courses.assignments.services.grading import (
    extension_grant,
    grades_release,
    submission_grade_save,
    submission_reopen,
)
from lms.access_log.models import AccessAction
from lms.access_log.services import access_record
from lms.params import id_param
from lms.private_files import private_file_response

PAGE_SIZE = 50
# Shown in the page itself: what the browser renders safely from a checked upload (PDFs in its
# viewer; images re-encoded by lms.uploads). Anything else is downloaded.
PREVIEW_TYPES = {"application/pdf": "pdf", "image/jpeg": "image", "image/png": "image"}
# The grading page frames its own PDF previews (the site's policy allows no frames otherwise),
# and the media origins a remote private storage redirects them to (CSP_MEDIA_ORIGINS).
FRAME_OWN_FILES = {
    "frame-src": settings.CONTENT_SECURITY_POLICY["DIRECTIVES"].get("media-src", ["'self'"])
}


def _grading_check(request, course_key) -> None:
    if not assignment_grading_allowed(user=request.user, course_key=course_key):
        raise PermissionDenied


def _assignment(request, assignment_id: int) -> Assignment:
    assignment = get_object_or_404(
        Assignment.objects.select_related("lesson", "rubric"), pk=assignment_id
    )
    _grading_check(request, assignment.course_key)
    return assignment


def _learner(user_id: int):
    """The learner of a grading page (whether they belong to the course is checked with their
    work: enrolled, or with work handed in)."""
    return get_object_or_404(get_user_model().objects.select_related("municipality"), pk=user_id)


@login_required
def teach_course(request, course_key: uuid.UUID):
    """The course's assignments with what waits: to grade, late, not submitted, unreleased."""
    _grading_check(request, course_key)
    course = course_page_get(course_key=course_key)
    if course is None:
        raise Http404
    return render(
        request,
        "assignments/teach/course.html",
        {"course": course, "summaries": course_assignments(course_key=course_key)},
    )


def _filters(request) -> TableFilters:
    show = request.GET.get("show", ALL)
    return TableFilters(
        show=show if show in SHOW_CHOICES else ALL,
        query=request.GET.get("q", "").strip()[:100],
    )


@login_required
def teach_table(request, assignment_id: int):
    """Every enrolled learner with the state of their latest attempt; filters and search."""
    assignment = _assignment(request, assignment_id)
    filters = _filters(request)
    page_obj = Paginator(grading_table(assignment=assignment, filters=filters), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    query = request.GET.copy()
    query.pop("page", None)
    rows = grading_rows(assignment=assignment, enrollments=page_obj.object_list)
    # The access log: the learners of this page were seen with their work and grades.
    access_record(
        actor=request.user,
        action=AccessAction.GRADEBOOK,
        subjects=[row.enrollment.user_id for row in rows],
        course_key=assignment.course_key,
        detail=f"assignment {assignment.pk}: grading table",
    )
    return render(
        request,
        "assignments/teach/table.html",
        {
            "assignment": assignment,
            "course": course_page_get(course_key=assignment.course_key),
            "filters": filters,
            "counts": grading_counts(assignment=assignment),
            "show_choices": _show_choices(),
            "page_obj": page_obj,
            "rows": rows,
            "query_string": query.urlencode(),
            "unreleased": Grade.objects.filter(
                submission__assignment=assignment, released_at__isnull=True
            ).count(),
        },
    )


def _show_choices() -> list:
    return [
        ("needs_grading", _("Needs grading")),
        ("late", _("Late")),
        ("not_submitted", _("Not submitted")),
        ("all", _("All")),
    ]


def _attempt_shown(work, request) -> Submission | None:
    """The attempt asked for (?attempt=N), else the latest one."""
    number = id_param(request.GET.get("attempt"))
    if number is not None:
        found = next((a for a in work.attempts if a.attempt_number == number), None)
        if found is not None:
            return found
    return work.latest


def _learner_page(request, assignment, learner, *, grade_form=None, extension_form=None):
    work = learner_work(assignment=assignment, learner=learner)
    if work.enrollment is None and not work.attempts:
        raise Http404
    access_record(
        actor=request.user,
        action=AccessAction.RECORD_VIEW,
        subjects=[learner.pk],
        course_key=assignment.course_key,
        detail=f"assignment {assignment.pk}: work and grade",
    )
    criteria = rubric_with_levels(assignment=assignment)
    shown = _attempt_shown(work, request)
    latest = work.latest
    gradable = latest is not None and latest.status == SubmissionStatus.SUBMITTED
    current = getattr(latest, "grade", None) if latest else None
    if gradable and grade_form is None:
        grade_form = GradeForm(
            initial=grade_initial(current),
            assignment=assignment,
            criteria=criteria,
            feedback_files=list(current.feedback_files.all()) if current else [],
        )
    if extension_form is None:
        extension_form = ExtensionForm(
            initial={"due_at": work.extension.due_at, "reason": work.extension.reason}
            if work.extension
            else None
        )
    attempts_left = not assignment.max_attempts or (
        latest is not None and latest.attempt_number < assignment.max_attempts
    )
    shown_grade = getattr(shown, "grade", None) if shown else None
    rubric_rows = []
    if shown_grade is not None and criteria:
        scores = {score.criterion_id: score for score in shown_grade.criterion_scores.all()}
        rubric_rows = [(criterion, scores.get(criterion.pk)) for criterion in criteria]
    return render(
        request,
        "assignments/teach/learner.html",
        {
            "assignment": assignment,
            "course": course_page_get(course_key=assignment.course_key),
            "learner": learner,
            "work": work,
            "shown": shown,
            "shown_grade": shown_grade,
            "previews": [(item, PREVIEW_TYPES.get(item.content_type)) for item in shown.files.all()]
            if shown
            else [],
            "criteria": criteria,
            "rubric_rows": rubric_rows,
            "rubric_max": rubric_max_points(criteria) if criteria else None,
            "is_rubric": assignment.grading_type == GradingType.RUBRIC,
            "grade_form": grade_form if gradable else None,
            "current_grade": current,
            "extension_form": extension_form if work.enrollment else None,
            "can_reopen": (
                assignment.attempts_reopen != AttemptsReopen.NEVER and gradable and attempts_left
            ),
        },
    )


@csp_update(FRAME_OWN_FILES)
@login_required
def teach_learner(request, assignment_id: int, user_id: int):
    """One learner's work and the grade form; POST saves the grade ("Save and next" goes on to
    the next learner whose work waits). A save over a newer grade is refused and says so."""
    assignment = _assignment(request, assignment_id)
    learner = _learner(user_id)
    if request.method != "POST":
        return _learner_page(request, assignment, learner)
    latest = (
        Submission.objects.filter(assignment=assignment, user=learner, is_latest=True)
        .select_related("grade")
        .first()
    )
    if latest is None or latest.status != SubmissionStatus.SUBMITTED:
        messages.error(request, _("This work has not been submitted for grading yet."))
        return redirect("assignments:teach_learner", assignment.pk, learner.pk)
    current = getattr(latest, "grade", None)
    criteria = rubric_with_levels(assignment=assignment)
    feedback_files = list(current.feedback_files.all()) if current else []
    form = GradeForm(
        request.POST,
        request.FILES,
        assignment=assignment,
        criteria=criteria,
        feedback_files=feedback_files,
    )
    if form.is_valid():
        try:
            grade = submission_grade_save(
                submission=latest, grader=request.user, **form.service_arguments()
            )
        except ValidationError as error:
            if any(item.code == "stale" for item in error.error_list):
                # Keep what the trainer typed, but against the newer grade, so that saving
                # again (after reading it) replaces it knowingly.
                data = request.POST.copy()
                data["version"] = str(Grade.objects.get(submission=latest).version)
                form = GradeForm(
                    data,
                    assignment=assignment,
                    criteria=criteria,
                    feedback_files=list(FeedbackFile.objects.filter(grade__submission=latest)),
                )
                form.is_valid()
            errors_to_form(form, error)
        else:
            if grade.released_at:
                messages.success(request, _("Grade saved and released to the learner."))
            else:
                messages.success(request, _("Grade saved. Learners see it once you release it."))
            if "save_next" in request.POST:
                next_id = next_to_grade(assignment=assignment, after_user=learner)
                if next_id is None:
                    messages.info(request, _("No other work waits for a grade."))
                    return redirect("assignments:teach_table", assignment.pk)
                return redirect("assignments:teach_learner", assignment.pk, next_id)
            return redirect("assignments:teach_learner", assignment.pk, learner.pk)
    return _learner_page(request, assignment, learner, grade_form=form)


@require_POST
@login_required
def teach_extension(request, assignment_id: int, user_id: int):
    """Give (or move) the learner's extension."""
    assignment = _assignment(request, assignment_id)
    learner = _learner(user_id)
    form = ExtensionForm(request.POST)
    if form.is_valid():
        try:
            extension = extension_grant(
                assignment=assignment,
                user=learner,
                due_at=form.cleaned_data["due_at"],
                reason=form.cleaned_data["reason"],
                by=request.user,
            )
        except ValidationError as error:
            errors_to_form(form, error)
        else:
            messages.success(
                request,
                _("Extension given until %(date)s.") % {"date": _date_text(extension.due_at)},
            )
            return redirect("assignments:teach_learner", assignment.pk, learner.pk)
    return _learner_page(request, assignment, learner, extension_form=form)


def _date_text(value) -> str:
    return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT")


@require_POST
@login_required
def teach_reopen(request, assignment_id: int, user_id: int):
    """Open the learner's next attempt (their handed-in work and its grade are kept)."""
    assignment = _assignment(request, assignment_id)
    learner = _learner(user_id)
    latest = Submission.objects.filter(assignment=assignment, user=learner, is_latest=True).first()
    if latest is None:
        raise Http404
    try:
        submission_reopen(submission=latest, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The learner can now hand in a new attempt."))
    return redirect("assignments:teach_learner", assignment.pk, learner.pk)


@login_required
def teach_release(request, assignment_id: int):
    """Release the assignment's grades together: a confirmation page, then the POST."""
    assignment = _assignment(request, assignment_id)
    if request.method == "POST":
        count = grades_release(assignment=assignment, by=request.user)
        if count:
            messages.success(
                request,
                _("%(count)s grades released; each learner is told by e-mail.") % {"count": count},
            )
        else:
            messages.info(request, _("There were no grades to release."))
        return redirect("assignments:teach_table", assignment.pk)
    return render(
        request,
        "assignments/teach/release.html",
        {
            "assignment": assignment,
            "course": course_page_get(course_key=assignment.course_key),
            "unreleased": Grade.objects.filter(
                submission__assignment=assignment, released_at__isnull=True
            ).count(),
        },
    )


# ---- files ------------------------------------------------------------------------------------


def _submission_file(request, file_id: int) -> SubmissionFile:
    item = get_object_or_404(SubmissionFile.objects.select_related("submission"), pk=file_id)
    if not assignment_grading_allowed(user=request.user, course_key=item.submission.course_key):
        raise Http404
    return item


@login_required
def teach_file(request, file_id: int):
    """A submitted file, downloaded."""
    item = _submission_file(request, file_id)
    return private_file_response(
        item.file, filename=item.original_name, content_type=item.content_type
    )


@csp_replace({"frame-ancestors": ["'self'"]})
@xframe_options_sameorigin
@login_required
def teach_file_view(request, file_id: int):
    """A submitted PDF or image shown in the grading page (framed by it); other types are
    downloaded."""
    item = _submission_file(request, file_id)
    return private_file_response(
        item.file,
        filename=item.original_name,
        content_type=item.content_type,
        inline=item.content_type in PREVIEW_TYPES,
    )


@login_required
def teach_feedback_file(request, feedback_file_id: int):
    """A file the trainer returned with a grade (released or not: graders see theirs)."""
    item = get_object_or_404(
        FeedbackFile.objects.select_related("grade__submission"), pk=feedback_file_id
    )
    if not assignment_grading_allowed(
        user=request.user, course_key=item.grade.submission.course_key
    ):
        raise Http404
    return private_file_response(
        item.file, filename=item.original_name, content_type=item.content_type
    )
