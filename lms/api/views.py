"""The token page (create, see once, revoke), the API's docs page and its not-found answer."""

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from lms.api.docs import schema_components, schema_operations
from lms.api.errors import KINDS, problem_response
from lms.api.forms import TokenCreateForm
from lms.api.idempotency import API_URLCONF
from lms.api.models import ApiToken
from lms.api.selectors import api_tokens_of
from lms.api.services import api_token_create, api_token_revoke


@never_cache
@login_required
def tokens(request):
    """The person's tokens; a POST creates one and shows its secret on this answer only."""
    secret = None
    form = TokenCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        days = form.cleaned_data["expires"]
        expires_at = None if days == "never" else timezone.now() + dt.timedelta(days=int(days))
        token, secret = api_token_create(
            user=request.user,
            name=form.cleaned_data["name"],
            scope=form.cleaned_data["scope"],
            expires_at=expires_at,
        )
        form = TokenCreateForm()
    return render(
        request,
        "api/tokens.html",
        {
            "form": form,
            "secret": secret,
            "tokens": api_tokens_of(user=request.user),
            "now": timezone.now(),
        },
    )


@login_required
@require_POST
def token_revoke(request, token_id: int):
    """Someone else's token is a 404."""
    token = get_object_or_404(ApiToken, pk=token_id, user=request.user)
    api_token_revoke(token=token)
    messages.success(request, _("The token is revoked: it no longer works."))
    return redirect("api:tokens")


def api_docs(request):
    """Every operation and field of the schema, rendered on the server (no CDN, no script)."""
    from lms.api.api import api

    schema = api.get_openapi_schema(path_prefix="/api/v1")
    return render(
        request,
        "api/docs.html",
        {
            "schema": schema,
            "operations": schema_operations(schema),
            "components": schema_components(schema),
            "problems": KINDS,
        },
    )


def api_not_found(request, *args, **kwargs):
    request.urlconf = API_URLCONF  # no redirect to /ky/api/… (lms.api.urlconf)
    return problem_response(404, "No operation of the API answers at this address.")
