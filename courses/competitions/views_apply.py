"""Public call pages and applying: the list of calls, a call, starting an application, the
application page (draft form, submit, withdraw, the jury's questions), a private file, and the
person's applications. Thin: reads come from selectors, changes from services_apply."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from courses.competitions import selectors, services_apply
from courses.competitions.forms_apply import (
    ApplicantChoiceForm,
    ApplicationForm,
    QuestionAnswerForm,
    field_name,
    file_limit_mb,
)
from courses.competitions.models import ApplicationStatus, CallStatus, JuryQuestion
from lms.private_files import private_file_response


def _refusal(request, error: ValidationError) -> None:
    messages.error(request, " ".join(error.messages))


def _call_or_404(request, slug: str):
    call = selectors.call_public(slug)
    if call is None and selectors.is_competition_manager(request.user):
        # Managers preview a draft call before opening it.
        call = selectors.call_any(slug)
    if call is None:
        raise Http404
    return call


@require_GET
def call_list(request):
    """Open, upcoming and closed calls; closed ones link their results once published."""
    calls = selectors.public_calls()
    return render(request, "competitions/call_list.html", {"calls": calls})


def _ineligible_reason(request, call, applicants) -> str:
    user = request.user
    if applicants:
        return ""
    if not user.municipality_id:
        return _("Only staff of a municipality may apply: your profile names no municipality.")
    if call.applicant_kind == "cluster":
        return _("Your municipality belongs to no cluster eligible for this call.")
    return _("Your municipality is not among the places eligible for this call.")


@require_GET
def call_page(request, slug: str):
    call = selectors.call_page_data(_call_or_404(request, slug))
    now = timezone.now()
    applicants = (
        selectors.eligible_applicants(request.user, call) if request.user.is_authenticated else []
    )
    existing = (
        list(selectors.my_applications(request.user).filter(call=call))
        if request.user.is_authenticated
        else []
    )
    context = {
        "call": call,
        "accepting": selectors.call_is_accepting(call, now=now),
        "upcoming": call.status == CallStatus.OPEN and now < call.opens_at,
        "applicants": applicants,
        "existing": existing,
        "reason": _ineligible_reason(request, call, applicants)
        if request.user.is_authenticated
        else "",
        "file_fields": [f for f in call.fields.all() if f.kind == "file"],
        "is_manager": selectors.is_competition_manager(request.user),
    }
    return render(request, "competitions/call_page.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def apply(request, slug: str):
    """Choose the applicant (when several) and start, or open the existing application."""
    call = _call_or_404(request, slug)
    applicants = selectors.eligible_applicants(request.user, call)
    if not applicants:
        # The call's page says why (no municipality, not an eligible place, no cluster).
        messages.error(request, _ineligible_reason(request, call, applicants))
        return redirect("competitions:call", call.slug)
    if request.method == "GET" and len(applicants) == 1:
        existing = selectors.application_for(call, applicants[0])
        if existing is not None and existing.status != ApplicationStatus.WITHDRAWN:
            return redirect("competitions:application", existing.pk)
    form = ApplicantChoiceForm(request.POST or None, applicants=applicants)
    if request.method == "POST" and form.is_valid():
        try:
            application = services_apply.application_start(
                user=request.user, call=call, applicant=form.chosen()
            )
        except ValidationError as error:
            _refusal(request, error)
            return redirect("competitions:call", call.slug)
        return redirect("competitions:application", application.pk)
    return render(
        request,
        "competitions/apply_start.html",
        {
            "call": call,
            "form": form,
            "accepting": selectors.call_is_accepting(call),
            "existing": {
                ApplicantChoiceForm.key(a): selectors.application_for(call, a) for a in applicants
            },
        },
    )


def _application(request, application_id: int):
    application = selectors.application_detail(application_id)
    if application is None:
        raise Http404
    viewer = selectors.application_viewer(request.user, application)
    if not viewer or viewer == "juror":
        # Jurors read applications on their own pages (views_jury); here only its files.
        raise Http404
    return application, viewer


@login_required
@require_http_methods(["GET", "POST"])
def application_page(request, application_id: int):
    """The applicant's page: the draft form (save / submit), or the read-only answers."""
    application, viewer = _application(request, application_id)
    call = application.call
    now = timezone.now()
    accepting = selectors.call_is_accepting(call, now=now)
    editable = viewer == "staff" and application.status == ApplicationStatus.DRAFT and accepting
    call_fields = selectors.call_form_fields(call)
    answers = selectors.answers_by_field(application)
    form = None
    if editable:
        form = ApplicationForm(
            request.POST or None,
            request.FILES or None,
            call_fields=call_fields,
            answers=answers,
        )
    if request.method == "POST":
        if not editable:
            if viewer == "staff" and application.status == ApplicationStatus.SUBMITTED:
                messages.info(request, _("This application has already been submitted."))
            elif viewer == "staff":
                messages.error(request, _("Applications to this call are closed."))
            else:
                raise PermissionDenied
            return redirect("competitions:application", application.pk)
        if form.is_valid():
            try:
                services_apply.application_save(
                    application=application,
                    user=request.user,
                    values=form.values(),
                    files=form.files_checked(),
                )
                if request.POST.get("action") == "submit":
                    services_apply.application_submit(application=application, user=request.user)
                    messages.success(request, _("Your application was submitted."))
                else:
                    messages.success(request, _("Your draft was saved."))
            except ValidationError as error:
                _refusal(request, error)
            return redirect("competitions:application", application.pk)
    missing = (
        services_apply.missing_required(application)
        if application.status == ApplicationStatus.DRAFT
        else []
    )
    questions = selectors.jury_questions(application)
    rows = []
    for cf in call_fields:
        rows.append({"field": cf, "answer": answers.get(cf.pk)})
    context = {
        "application": application,
        "call": call,
        "viewer": viewer,
        "editable": editable,
        "accepting": accepting,
        "form": form,
        "rows": rows,
        "missing": missing,
        "questions": questions,
        "answer_form": QuestionAnswerForm(),
        "may_withdraw": viewer == "staff"
        and application.status == ApplicationStatus.SUBMITTED
        and now < call.deadline_at,
        "file_limit_mb": file_limit_mb(),
        "field_name": field_name,
    }
    return render(request, "competitions/application_page.html", context)


@login_required
@require_POST
def application_withdraw(request, application_id: int):
    application, viewer = _application(request, application_id)
    if viewer != "staff":
        raise PermissionDenied
    try:
        if services_apply.application_withdraw(application=application, user=request.user):
            messages.success(request, _("Your application was withdrawn."))
    except ValidationError as error:
        _refusal(request, error)
    return redirect("competitions:application", application.pk)


@login_required
@require_POST
def question_answer(request, application_id: int, question_id: int):
    application, viewer = _application(request, application_id)
    if viewer != "staff":
        raise PermissionDenied
    question = get_object_or_404(JuryQuestion, pk=question_id, application=application)
    form = QuestionAnswerForm(request.POST)
    if form.is_valid():
        try:
            services_apply.jury_question_answer(
                question=question, user=request.user, text=form.cleaned_data["answer"]
            )
            messages.success(request, _("Your answer was sent to the jury."))
        except ValidationError as error:
            _refusal(request, error)
    else:
        messages.error(request, _("Write an answer."))
    return redirect(reverse("competitions:application", args=[application.pk]) + "#questions")


@login_required
@require_GET
def answer_file(request, application_id: int, answer_id: int):
    """A document of the application: its staff, the managers, jurors without a conflict."""
    application = selectors.application_detail(application_id)
    if application is None:
        raise Http404
    if not selectors.application_viewer(request.user, application):
        raise Http404
    answer = application.answers.filter(pk=answer_id).first()
    if answer is None or not answer.file:
        raise Http404
    return private_file_response(answer.file, filename=answer.file_name or answer.file.name)


@login_required
@require_GET
def my_applications(request):
    applications = list(selectors.my_applications(request.user))
    return render(request, "competitions/application_list.html", {"applications": applications})
