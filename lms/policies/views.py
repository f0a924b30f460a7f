"""The policy pages (public) and the page that asks a signed-in person to accept."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render, resolve_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.views.decorators.http import require_http_methods

from lms.policies.forms import PolicyAcceptanceForm
from lms.policies.middleware import pending_forget
from lms.policies.selectors import (
    policies_to_accept,
    policy_of_kind,
    policy_versions_published,
)
from lms.policies.services import policy_versions_accept


def _policy_or_404(kind: str):
    policy = policy_of_kind(kind)
    if policy is None:
        raise Http404
    return policy


def policy_show(request, kind):
    """The version in force, in the reader's language, with the earlier versions listed."""
    policy = _policy_or_404(kind)
    versions = policy_versions_published(policy=policy)
    return render(
        request,
        "policies/policy.html",
        {
            "policy": policy,
            "version": versions[0] if versions else None,
            "current": versions[0] if versions else None,
            "versions": versions,
        },
    )


def policy_version_show(request, kind, version):
    """One published version, the earlier ones too: what a person accepted stays readable."""
    policy = _policy_or_404(kind)
    versions = policy_versions_published(policy=policy)
    shown = next((v for v in versions if v.version == version), None)
    if shown is None:
        raise Http404
    return render(
        request,
        "policies/policy.html",
        {"policy": policy, "version": shown, "current": versions[0], "versions": versions},
    )


def _next_url(request) -> str:
    """Where the person was going: a page of this site, never the accept page itself."""
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    safe = url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    if safe and candidate.startswith("/") and "/policies/accept/" not in candidate:
        return candidate
    return resolve_url(settings.LOGIN_REDIRECT_URL)


@login_required
@require_http_methods(["GET", "POST"])
def policy_accept(request):
    """The versions in force the person has not accepted: accept them, or sign out."""
    next_url = _next_url(request)
    pending = policies_to_accept(request.user)
    if not pending:
        pending_forget(request)
        return redirect(next_url)
    form = PolicyAcceptanceForm(request.POST or None, versions=pending)
    if request.method == "POST" and form.is_valid():
        policy_versions_accept(user=request.user, versions=pending, language=get_language())
        pending_forget(request)
        return redirect(next_url)
    return render(request, "policies/accept.html", {"form": form, "next": next_url})
