"""The public "submit a case" form, reached through the portal page's own URL."""

from django.shortcuts import redirect, render
from django.utils.translation import get_language

from cms.forms import CaseSubmissionForm
from cms.services import case_submission_create
from lms.accounts.throttling import rate_limit

SESSION_KEY = "cms_case_submitted"


@rate_limit("case_submit")
def case_submit(request, *, index):
    """Show the form; a good POST is stored and the reader goes to a thank-you page."""
    done_url = index.url + index.reverse_subpage("submit_done")
    form = CaseSubmissionForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if not data[form.honeypot_field]:  # bots fill the hidden field: answer as if it worked
            submission = case_submission_create(
                contact_name=data["contact_name"],
                email=data["email"],
                municipality=data["municipality"],
                title=data["title"],
                description=data["description"],
                attachments=data["attachments"],
                language=get_language(),
            )
            request.session[SESSION_KEY] = submission.title
        return redirect(done_url)
    return render(request, "cms/case_submit.html", {"page": index, "form": form})


def case_submit_done(request, *, index):
    """Thank the submitter and say what happens next."""
    title = request.session.pop(SESSION_KEY, "")
    return render(request, "cms/case_submit_done.html", {"page": index, "title": title})
