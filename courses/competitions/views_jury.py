"""The jury's and the manager's screens: a juror's calls, the declaration of conflicts, the
applications a juror may see and their scoresheets and questions; the manager's progress,
spread and ranking, closing scoring, exports and decisions. Thin: reads from selectors_jury,
changes through services_jury and results."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.competitions import selectors_jury as sel
from courses.competitions import services_jury as services
from courses.competitions.forms_jury import DecisionForm, DeclarationForm, QuestionForm
from courses.competitions.models import (
    Answer,
    Application,
    ApplicationStatus,
    CallStatus,
    JuryQuestion,
    Outcome,
)
from courses.competitions.results import applicant_name, results_publish
from lms.places.models import Cluster, Municipality
from lms.private_files import private_file_response
from lms.spreadsheets import spreadsheet_response

EXPORT_FORMATS = ("csv", "xlsx")


def _refusal(request, error: ValidationError) -> None:
    messages.error(request, " ".join(str(m) for m in error.messages))


def _manager_required(request) -> None:
    if not sel.manager_is(request.user):
        raise PermissionDenied


def _juror_application(request, pk: int) -> Application:
    """404 unless this juror may see the application now (conflicts, declaration, status)."""
    application = sel.juror_application_get(user=request.user, pk=pk)
    if application is None:
        raise Http404
    return application


# -- Jurors ------------------------------------------------------------------------------------


@login_required
def jury_calls(request):
    """The calls the signed-in person sits on."""
    calls = list(sel.juror_calls(user=request.user))
    return render(request, "competitions/jury_calls.html", {"calls": calls})


@login_required
def jury_call(request, slug: str):
    """The declaration first; then the applications this juror may see, with their sheets."""
    call = sel.juror_call_get(user=request.user, slug=slug)
    if call is None:
        raise Http404
    declared = sel.declaration_made(call=call, juror=request.user)
    context = {"call": call, "declared": declared, "closed": sel.scoring_closed(call)}
    if declared:
        applications = list(sel.juror_applications(call=call, juror=request.user))
        sheets = sel.juror_sheets(call=call, juror=request.user)
        for application in applications:
            application.my_sheet = sheets.get(application.pk)
        context["applications"] = applications
    else:
        context["form"] = _declaration_form(call)
    return render(request, "competitions/jury_call.html", context)


def _declaration_form(call, data=None):
    submitted = Application.objects.filter(call=call, status=ApplicationStatus.SUBMITTED)
    municipalities = Municipality.objects.filter(
        Q(pk__in=submitted.values("municipality_id"))
        | Q(clusters__in=submitted.values("cluster_id"))
    ).distinct()
    clusters = Cluster.objects.filter(pk__in=submitted.values("cluster_id"))
    return DeclarationForm(data, municipalities=municipalities, clusters=clusters)


@login_required
@require_POST
def jury_declare(request, slug: str):
    call = sel.juror_call_get(user=request.user, slug=slug)
    if call is None:
        raise Http404
    form = _declaration_form(call, request.POST)
    if form.is_valid():
        services.jury_declare(
            call=call,
            juror=request.user,
            municipalities=list(form.cleaned_data["municipalities"]),
            clusters=list(form.cleaned_data["clusters"]),
            note=form.cleaned_data["note"],
        )
        messages.success(request, _("Your declaration is recorded."))
    else:
        messages.error(request, _("Confirm your declaration to see the applications."))
    return redirect("competitions:jury_call", slug=call.slug)


@login_required
def jury_application(request, pk: int):
    """The application's answers, this juror's scoresheet, questions; others' sheets once
    scoring is closed."""
    application = _juror_application(request, pk)
    call = application.call
    criteria = sel.rubric(call=call)
    sheet = sel.sheet_with_scores(application=application, juror=request.user)
    chosen = {score.criterion_id: score for score in sheet.scores.all()} if sheet else {}
    for criterion in criteria:
        score = chosen.get(criterion.pk)
        criterion.chosen_level_id = score.level_id if score else None
        criterion.my_comment = score.comment if score else ""
    answers = list(
        Answer.objects.filter(application=application)
        .select_related("field")
        .order_by("field__sort_order", "field_id")
    )
    # Before closing, a juror reads only their own questions (independence); afterwards all.
    questions = JuryQuestion.objects.filter(application=application)
    if not sel.scoring_closed(call):
        questions = questions.filter(asked_by=request.user)
    questions = list(questions)
    editable = call.status == CallStatus.SCORING and not (sheet and sheet.submitted_at)
    return render(
        request,
        "competitions/jury_application.html",
        {
            "application": application,
            "call": call,
            "name": applicant_name(application),
            "answers": answers,
            "criteria": criteria,
            "sheet": sheet,
            "editable": editable,
            "others": list(sel.other_sheets(application=application, juror=request.user)),
            "questions": questions,
            "question_form": QuestionForm(),
            "can_ask": call.status == CallStatus.SCORING,
        },
    )


@login_required
@require_POST
def jury_score(request, pk: int):
    """Save the scoresheet as a draft, or submit it."""
    application = _juror_application(request, pk)
    criteria = sel.rubric(call=application.call)
    levels = {}
    comments = {}
    for criterion in criteria:
        raw = request.POST.get(f"level-{criterion.pk}", "")
        levels[criterion.pk] = int(raw) if raw.isdigit() else None
        comments[criterion.pk] = request.POST.get(f"comment-{criterion.pk}", "")[:5000]
    submit = request.POST.get("action") == "submit"
    try:
        services.scoresheet_save(
            application=application,
            juror=request.user,
            levels=levels,
            comments=comments,
            comment=request.POST.get("comment", "")[:10000],
            submit=submit,
        )
    except ValidationError as error:
        _refusal(request, error)
    else:
        messages.success(
            request, _("Your scores are submitted.") if submit else _("Your draft is saved.")
        )
    return redirect("competitions:jury_application", pk=application.pk)


@login_required
def jury_file(request, pk: int, answer_id: int):
    """A document of an application this juror may see."""
    application = _juror_application(request, pk)
    answer = Answer.objects.filter(pk=answer_id, application=application).first()
    if answer is None or not answer.file:
        raise Http404
    return private_file_response(answer.file, filename=answer.file_name or answer.file.name)


@login_required
@require_POST
def jury_question(request, pk: int):
    application = _juror_application(request, pk)
    form = QuestionForm(request.POST)
    if form.is_valid():
        try:
            services.jury_question_ask(
                application=application, juror=request.user, question=form.cleaned_data["question"]
            )
        except ValidationError as error:
            _refusal(request, error)
        else:
            messages.success(request, _("Your question was sent to the applicant."))
    else:
        messages.error(request, _("Write the question."))
    return redirect("competitions:jury_application", pk=application.pk)


# -- The manager -------------------------------------------------------------------------------


@login_required
def manage_calls(request):
    _manager_required(request)
    return render(request, "competitions/manage_calls.html", {"calls": list(sel.managed_calls())})


def _managed_call(request, slug: str):
    _manager_required(request)
    call = sel.managed_call_get(slug=slug)
    if call is None:
        raise Http404
    return call


@login_required
def manage_call(request, slug: str):
    """Progress, spread (flagged beyond the call's margin), ranking and the next action."""
    call = _managed_call(request, slug)
    overview = sel.call_overview(call=call)
    for row in overview.ranking:
        row.name = applicant_name(row.application)
    return render(
        request,
        "competitions/manage_call.html",
        {"call": call, "overview": overview, "closed": sel.scoring_closed(call)},
    )


@login_required
@require_POST
def manage_scoring_start(request, slug: str):
    call = _managed_call(request, slug)
    try:
        services.scoring_start(call=call, by=request.user)
    except ValidationError as error:
        _refusal(request, error)
    else:
        messages.success(request, _("The applications are with the jury."))
    return redirect("competitions:manage_call", slug=call.slug)


@login_required
@require_POST
def manage_scoring_close(request, slug: str):
    call = _managed_call(request, slug)
    try:
        services.scoring_close(call=call, by=request.user)
    except ValidationError as error:
        _refusal(request, error)
    else:
        messages.success(request, _("Scoring is closed."))
    return redirect("competitions:manage_call", slug=call.slug)


@login_required
def manage_export(request, slug: str, file_format: str):
    """The ranking as CSV or XLSX."""
    call = _managed_call(request, slug)
    if file_format not in EXPORT_FORMATS:
        raise Http404
    overview = sel.call_overview(call=call)
    outcomes = dict(Outcome.choices)

    def rows():
        yield [
            _("Rank"),
            _("Applicant"),
            _("Sheets submitted"),
            _("Average score"),
            _("Spread"),
            _("Flagged"),
            _("Outcome"),
            _("Grant (som)"),
        ]
        for row in overview.ranking:
            yield [
                row.rank or "",
                applicant_name(row.application),
                row.sheets_submitted,
                row.average if row.average is not None else "",
                row.spread if row.spread is not None else "",
                _("yes") if row.flagged else "",
                str(outcomes.get(row.application.outcome, "")),
                row.application.grant_amount or "",
            ]

    return spreadsheet_response(
        rows=rows(),
        name=f"ranking-{call.slug}",
        file_format=file_format,
        sheet_title=_("Ranking"),
    )


@login_required
def decision(request, pk: int):
    """One application's outcome: winner with grant, conditional winner with tasks and date,
    or not selected, with the reasons; confirms a conditional winner's tasks."""
    _manager_required(request)
    application = sel.manager_application_get(pk=pk)
    if application is None:
        raise Http404
    call = application.call
    if request.method == "POST":
        form = DecisionForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.application_decide(
                    application=application,
                    outcome=data["outcome"],
                    by=request.user,
                    reasons=data["reasons"],
                    grant_amount=data["grant_amount"],
                    conditions=data["conditions"],
                    conditions_due=data["conditions_due"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("The outcome is saved."))
                return redirect("competitions:manage_call", slug=call.slug)
    else:
        form = DecisionForm(
            initial={
                "outcome": application.outcome,
                "grant_amount": application.grant_amount or sel.default_grant(call=call),
                "reasons": application.reasons,
                "conditions": application.conditions,
                "conditions_due": application.conditions_due,
            }
        )
    sheets = list(
        application.scoresheets.filter(submitted_at__isnull=False)
        .select_related("juror")
        .order_by("pk")
    )
    return render(
        request,
        "competitions/decision.html",
        {
            "application": application,
            "call": call,
            "name": applicant_name(application),
            "form": form,
            "sheets": sheets,
            "closed": sel.scoring_closed(call),
            "published": call.status == CallStatus.RESULTS,
        },
    )


@login_required
@require_POST
def decision_confirm(request, pk: int):
    """Confirm a conditional winner's completed tasks (after publication too: the results,
    certificate and case draft then follow)."""
    _manager_required(request)
    application = sel.manager_application_get(pk=pk)
    if application is None:
        raise Http404
    try:
        services.conditions_confirm(application=application, by=request.user)
        if application.call.status == CallStatus.RESULTS:
            results_publish(call=application.call, by=request.user)
    except ValidationError as error:
        _refusal(request, error)
    else:
        messages.success(request, _("The tasks are confirmed."))
    return redirect("competitions:decision", pk=application.pk)


@login_required
@require_POST
def manage_publish(request, slug: str):
    """Publish the results (again, to finish what is missing)."""
    call = _managed_call(request, slug)
    try:
        report = results_publish(call=call, by=request.user)
    except ValidationError as error:
        _refusal(request, error)
    else:
        messages.success(
            request,
            _(
                "Results published: %(news)s news drafts, %(cases)s case drafts, "
                "%(certificates)s certificates, %(notified)s people notified."
            )
            % {
                "news": report.news_created,
                "cases": report.cases_created,
                "certificates": report.certificates_created,
                "notified": report.notified,
            },
        )
    return redirect(reverse("competitions:manage_call", args=[call.slug]))
