"""The public results page, the grant certificate download and the conditional winner's report
of completed tasks."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.competitions import selectors_jury as sel
from courses.competitions import services_jury as services
from courses.competitions.forms_jury import ConditionsReportForm
from courses.competitions.models import Application, ApplicationStatus
from courses.competitions.results import applicant_name
from lms.private_files import private_file_response


def results(request, slug: str):
    """Winners with their grants, conditional winners and the total granted; 404 before
    publication."""
    call = sel.published_call_get(slug=slug)
    if call is None:
        raise Http404
    published = sel.call_results(call=call)
    for application in (*published.winners, *published.conditional):
        application.name = applicant_name(application)
    return render(
        request,
        "competitions/results.html",
        {"call": call, "results": published, "title": services.call_title(call)},
    )


def _own_application(request, pk: int) -> Application:
    """The application of the signed-in person's municipality or cluster; managers too."""
    application = (
        Application.objects.filter(pk=pk, status=ApplicationStatus.SUBMITTED)
        .select_related("call")
        .first()
    )
    if application is None:
        raise Http404
    if sel.manager_is(request.user):
        return application
    if not sel.applicant_staff_is(user=request.user, application=application):
        raise Http404
    return application


@login_required
def grant_certificate(request, pk: int):
    """The winner's grant certificate: the applicant's staff and managers only."""
    application = _own_application(request, pk)
    if not application.grant_certificate:
        raise Http404
    return private_file_response(
        application.grant_certificate, filename=f"grant-certificate-{application.pk}.pdf"
    )


@login_required
@require_POST
def conditions_report(request, pk: int):
    """The conditional winner's staff report the completed tasks."""
    application = _own_application(request, pk)
    if not sel.applicant_staff_is(user=request.user, application=application):
        raise Http404
    form = ConditionsReportForm(request.POST)
    if form.is_valid():
        try:
            services.conditions_report_submit(
                application=application, by=request.user, report=form.cleaned_data["report"]
            )
        except ValidationError as error:
            messages.error(request, " ".join(str(m) for m in error.messages))
        else:
            messages.success(request, _("Your report is sent to the competition's managers."))
    else:
        messages.error(request, _("Describe what was done."))
    return redirect(services.application_url(application))
