"""The learner's assignment routes: save (draft, files), the "Submit for grading"
confirmation, downloads of their own files and of released feedback files, and a stable link
to an assignment's lesson. The lesson page itself shows the assignment (hooks/learner.py).

Only learners enrolled in the course (active or completed) hand in work; trainers, reviewers
and managers read the task on the lesson page and grade elsewhere.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.assignments.forms.learner import (
    ACTION_SUBMIT,
    SubmissionForm,
    SubmitConfirmForm,
)
from courses.assignments.models import Assignment, FeedbackFile, SubmissionFile
from courses.assignments.selectors.access import submission_view_allowed
from courses.assignments.selectors.learner import learner_assignment
from courses.assignments.services.submissions import submission_save, submission_submit
from courses.catalogue.models import LessonPage
from courses.catalogue.selectors import course_for_page, course_outline
from courses.enrolment.selectors import lesson_access
from courses.progress.selectors import completed_lesson_keys, lesson_lock_get
from lms.locales import locale_active
from lms.private_files import private_file_response

LEARNER_STATES = ("enrolled", "completed")
# Which form field a service refusal belongs to (the rest are shown above the form).
ERROR_FIELDS = {
    "word_limit": "text",
    "too_many_files": "files",
    "file_type": "files",
    "file_size": "files",
}


def _lesson_of(assignment: Assignment, request) -> LessonPage | None:
    """The assignment's lesson in the reader's language, else the one it was made on."""
    lesson = (
        LessonPage.objects.live()
        .filter(translation_key=assignment.lesson_key, locale=locale_active(request=request))
        .select_related("locale")
        .first()
    )
    if lesson is None and assignment.lesson.live:
        lesson = assignment.lesson
    return lesson


def _lesson_url(lesson: LessonPage, request) -> str:
    return lesson.get_url(request=request) + "#assignment"


def _for_learner(request, assignment_id: int):
    """The assignment, its lesson and course, when the signed-in user may hand in work for it:
    enrolled, and the lesson not locked behind an earlier one. Others get a 403."""
    assignment = get_object_or_404(Assignment.objects.select_related("lesson"), pk=assignment_id)
    lesson = _lesson_of(assignment, request)
    course = course_for_page(lesson, request=request) if lesson is not None else None
    if course is None:
        raise Http404
    access = lesson_access(user=request.user, lesson=lesson, course=course)
    if access.course.state not in LEARNER_STATES:
        raise PermissionDenied
    if course.sequential_lessons:
        outline = course_outline(course=course, request=request)
        done = completed_lesson_keys(user=request.user, course_key=course.translation_key)
        if lesson_lock_get(course=course, outline=outline, completed=done, lesson=lesson):
            raise PermissionDenied
    return assignment, lesson, course


def _page(request, *, assignment, lesson, course, form, template, state=None, status=200):
    if state is None:
        state = learner_assignment(assignment=assignment, user=request.user)
    context = {
        "assignment": assignment,
        "lesson": lesson,
        "course": course,
        "learner": state,
        "form": form,
    }
    return render(request, template, context, status=status)


@login_required
@require_POST
def submission_save_view(request, assignment_id: int):
    """Save the draft (or, with no "Submit" required, hand it in), add or remove a file; a
    refusal re-renders the form with the reason and the text as typed."""
    assignment, lesson, course = _for_learner(request, assignment_id)
    form = SubmissionForm(request.POST, request.FILES, assignment=assignment)
    if form.is_valid():
        data = form.cleaned_data
        remove = data.get("remove_file")
        try:
            submission = submission_save(
                assignment=assignment,
                user=request.user,
                text=data.get("text") if assignment.accepts_text else None,
                files=data.get("files") or [],
                remove_file_ids=[remove] if remove else [],
                language=get_language() or "",
            )
        except ValidationError as error:
            form.add_error(ERROR_FIELDS.get(error.code), error)
        else:
            if remove:
                messages.success(request, _("The file was removed."))
            elif data.get("action") == ACTION_SUBMIT and assignment.require_submit:
                return redirect("assignments:submit", assignment_id=assignment.pk)
            elif submission.is_submitted:
                messages.success(request, _("Your work is saved and handed in."))
            else:
                messages.success(request, _("Your draft is saved."))
            return redirect(_lesson_url(lesson, request))
    return _page(
        request,
        assignment=assignment,
        lesson=lesson,
        course=course,
        form=form,
        template="assignments/submission_page.html",
    )


@login_required
def submission_submit_view(request, assignment_id: int):
    """ "Submit for grading": a page that shows what will be handed in and asks to confirm it is
    the learner's own, final work. A second submit (double click, another tab) changes nothing."""
    assignment, lesson, course = _for_learner(request, assignment_id)
    form = SubmitConfirmForm(request.POST if request.method == "POST" else None)
    state = None
    if request.method == "POST" and form.is_valid():
        try:
            _submission, handed_in = submission_submit(
                assignment=assignment, user=request.user, language=get_language() or ""
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if handed_in:
                messages.success(
                    request,
                    _("Your work is handed in for grading. We have sent you a receipt by e-mail."),
                )
            else:
                messages.info(request, _("Your work was already handed in."))
            return redirect(_lesson_url(lesson, request))
    elif request.method != "POST":
        state = learner_assignment(assignment=assignment, user=request.user)
        if not state.can_submit:
            current = state.current
            if current is not None and current.submission.is_submitted:
                messages.info(request, _("Your work was already handed in."))
            elif state.editable:
                messages.info(request, _("Write your answer or add a file, then submit."))
            return redirect(_lesson_url(lesson, request))
    return _page(
        request,
        assignment=assignment,
        lesson=lesson,
        course=course,
        form=form,
        template="assignments/submit_confirm.html",
        state=state,
    )


@login_required
def submission_file_view(request, file_id: int):
    """A file the learner handed in, for that learner only (graders open files from their
    own screens); anyone else gets a 404."""
    stored = get_object_or_404(SubmissionFile.objects.select_related("submission"), pk=file_id)
    submission = stored.submission
    if submission.user_id != request.user.pk or not submission_view_allowed(
        user=request.user, submission=submission
    ):
        raise Http404
    return private_file_response(
        stored.file, filename=stored.original_name, content_type=stored.content_type
    )


@login_required
def feedback_file_view(request, feedback_file_id: int):
    """A file the trainer returned, for the learner once the grade is released; a 404 before
    that and for anyone else."""
    stored = get_object_or_404(
        FeedbackFile.objects.select_related("grade__submission"), pk=feedback_file_id
    )
    grade = stored.grade
    if (
        grade.submission.user_id != request.user.pk
        or grade.released_at is None
        or not submission_view_allowed(user=request.user, submission=grade.submission)
    ):
        raise Http404
    return private_file_response(
        stored.file, filename=stored.original_name, content_type=stored.content_type
    )


def assignment_go(request, assignment_id: int):
    """A stable address for an assignment (My learning, mails): its lesson in the reader's
    language. The lesson page decides who may read it."""
    assignment = get_object_or_404(Assignment.objects.select_related("lesson"), pk=assignment_id)
    lesson = _lesson_of(assignment, request)
    if lesson is None:
        raise Http404
    return redirect(_lesson_url(lesson, request))
