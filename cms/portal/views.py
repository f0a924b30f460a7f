"""The portal's screens: the index (the query string turned into facets, results and shareable
links) and the public "submit a case" form, both reached through the index page's own URLs."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from cms.portal.follows import theme_choices, theme_follow_set
from cms.portal.forms import CaseSubmissionForm
from cms.portal.models.cases import Theme
from cms.portal.selectors import (
    case_snippet,
    cases_live,
    portal_cases,
    portal_facets,
    portal_query_parse,
    portal_search,
)
from cms.portal.services import case_submission_create
from lms.accounts.throttling import rate_limit

CASES_PER_PAGE = 12
FACET_LABELS = {
    "theme": _("Theme"),
    "service_area": _("Service area"),
    "mechanism": _("Mechanism"),
    "oblast": _("Oblast"),
    "status": _("Status"),
    "year": _("Year started"),
}
SORT_LABELS = {"newest": _("Newest"), "title": _("Title"), "relevance": _("Best match")}


def _url(params) -> str:
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


def _toggled(params, name: str, value: str) -> str:
    params = params.copy()
    params.pop("page", None)
    values = params.getlist(name)
    params.setlist(name, [v for v in values if v != value] if value in values else [*values, value])
    return _url(params)


def portal_context(*, request, index) -> dict:
    """Context for the index template; every link keeps the rest of the selection."""
    query = portal_query_parse(request.GET)
    base = cases_live(locale=index.locale)
    search_ids = portal_search(locale=index.locale, query=query)
    if search_ids is not None:
        base = base.filter(pk__in=search_ids)
    facets = portal_facets(base=base, query=query)
    cases = portal_cases(base=base, query=query, search_ids=search_ids)
    page_obj = Paginator(cases, CASES_PER_PAGE).get_page(request.GET.get("page"))
    language = index.locale.language_code
    for case in page_obj:
        case.snippet = case_snippet(case=case, q=query.q, language=language) if query.q else None
    params = request.GET.copy()
    for facet in facets:
        facet.label = FACET_LABELS[facet.name]
        facet.links = [
            (option, _toggled(params, facet.name, option.value)) for option in facet.options
        ]
    active = [
        (FACET_LABELS[f.name], option.label, url)
        for f in facets
        for option, url in f.links
        if option.selected
    ]
    if query.q:
        without_q = params.copy()
        without_q.pop("q", None)
        without_q.pop("page", None)
        active.insert(0, (_("Words"), query.q, _url(without_q)))
    page_params = params.copy()
    page_params.pop("page", None)
    return {
        "query": query,
        "facets": facets,
        "cases_page": page_obj,
        "active_filters": active,
        # The facet options chosen (words are the search's, not a filter): "Filter (2)".
        "filter_count": sum(1 for f in facets for option in f.options if option.selected),
        "sort_labels": SORT_LABELS,
        "page_query": page_params.urlencode(),
        # Follow/Unfollow for each theme the index is filtered by (signed-in people only).
        "theme_follows": (
            theme_choices(user=request.user, themes=query.filters["theme"])
            if query.filters["theme"] and request.user.is_authenticated
            else []
        ),
        "submit_url": index.url + index.reverse_subpage("submit"),
        "feed_url": index.url + index.reverse_subpage("feed"),
    }


# ---- proposing a case -------------------------------------------------------------------------

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
    return render(request, "portal/case_submit.html", {"page": index, "form": form})


def case_submit_done(request, *, index):
    """Thank the submitter and say what happens next."""
    title = request.session.pop(SESSION_KEY, "")
    return render(request, "portal/case_submit_done.html", {"page": index, "title": title})


# ---- following themes -------------------------------------------------------------------------


@login_required
def themes_followed_list(request):
    """ "Themes I follow": every theme with its Follow/Unfollow button (linked from the profile)."""
    return render(
        request, "portal/themes_followed.html", {"themes": theme_choices(user=request.user)}
    )


@login_required
@require_POST
def theme_follow(request, theme: str):
    """Follow (follow=1) or unfollow a theme, then back to the page the button was on."""
    if theme not in Theme.values:
        raise Http404
    followed = theme_follow_set(
        user=request.user, theme=theme, follow=request.POST.get("follow") == "1"
    )
    label = Theme(theme).label
    if followed:
        messages.success(
            request,
            _("You follow “%(theme)s”: new cases in it will be notified.") % {"theme": label},
        )
    else:
        messages.success(request, _("You no longer follow “%(theme)s”.") % {"theme": label})
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = reverse("portal:themes")
    return redirect(target)
