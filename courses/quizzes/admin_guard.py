"""The reviewer's "Approve" on Wagtail's dashboard, refused with the reason when the lesson's
quiz has no questions.

Wagtail runs that action without a hook, so the workflow_approved receiver (signals.py) can
only undo it, and Wagtail then shows its generic "no permission" message. Checking before the
view runs lets the reviewer read why, and what to do.
"""

from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from wagtail.admin import messages
from wagtail.models import Page

from courses.quizzes.selectors import quizzes_without_questions
from courses.quizzes.signals import QUIZ_EMPTY_APPROVE

WORKFLOW_ACTION = "wagtailadmin_pages:workflow_action"


class EmptyQuizApprovalMiddleware:
    """Answers an "approve" workflow action on a lesson with an empty quiz with the reason."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if (
            request.method != "POST"
            or match is None
            or match.view_name != WORKFLOW_ACTION
            or view_kwargs.get("action_name") != "approve"
        ):
            return None
        page = Page.objects.filter(pk=view_kwargs.get("page_id")).first()
        quizzes = quizzes_without_questions(pages=[page]) if page is not None else []
        if not quizzes:
            return None
        messages.error(request, str(QUIZ_EMPTY_APPROVE % {"quiz": quizzes[0].title}))
        back = request.POST.get("next") or request.headers.get("referer") or ""
        if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
            back = ""
        back = back or reverse("wagtailadmin_home")
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            # Wagtail's approval modal follows "redirect" on success.
            return JsonResponse({"step": "success", "redirect": back})
        return redirect(back)
