"""The notification screens: the list, opening one, the e-mail preferences, and unsubscribing
from an e-mail without signing in (docs/notifications.md)."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from lms.notifications import services
from lms.notifications.counts import unread_count
from lms.notifications.forms import PreferencesForm
from lms.notifications.kinds import DIGEST_ALL, KINDS, Delivery
from lms.notifications.selectors import notifications_of
from lms.notifications.tokens import unsubscribe_token_read

PAGE_SIZE = 25


@login_required
@require_http_methods(["GET"])
def notification_list(request):
    """The person's notifications, newest first; "unread" shows only those not yet opened."""
    unread_only = request.GET.get("show") == "unread"
    page_obj = Paginator(
        notifications_of(user=request.user, unread_only=unread_only), PAGE_SIZE
    ).get_page(request.GET.get("page"))
    notifications = list(page_obj.object_list)
    for notification in notifications:
        kind = KINDS.get(notification.kind)
        notification.kind_label = kind.label if kind else ""
    return render(
        request,
        "notifications/notification_list.html",
        {
            "page_obj": page_obj,
            "notifications": notifications,
            "unread_only": unread_only,
            "unread": unread_count(request.user),
            "query_string": "show=unread" if unread_only else "",
        },
    )


@login_required
@require_POST
def notifications_read_all(request):
    count = services.notifications_read_all(user=request.user)
    if count:
        messages.success(request, _("All notifications are marked as read."))
    return redirect("notifications:list")


def _safe_path(request, url: str) -> bool:
    """Only a path on this site: never another host, scheme or a protocol-relative address."""
    return (
        url.startswith("/")
        and not url.startswith(("//", "/\\"))
        and url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()})
    )


@login_required
@require_http_methods(["GET"])
def notification_open(request, pk: int):
    """Mark the notification read and go where it points; someone else's is not found."""
    notification = services.notification_open(user=request.user, notification_id=pk)
    if notification is None:
        raise Http404
    if notification.url and _safe_path(request, notification.url):
        return redirect(notification.url)
    return redirect("notifications:list")


@login_required
@require_http_methods(["GET", "POST"])
def preferences(request):
    """Per kind: at once, daily digest or never, as far as the kind allows."""
    current = services.preferences_get(user=request.user)
    form = PreferencesForm(request.POST or None, current=current)
    if request.method == "POST" and form.is_valid():
        services.preferences_save(user=request.user, choices=form.cleaned_data)
        messages.success(request, _("Your notification settings are saved."))
        return redirect("notifications:preferences")
    return render(request, "notifications/preferences.html", {"form": form})


def _csrf_refused(request):
    """The ordinary CSRF check, for the page's own form (the view itself is exempt so that a
    mail client's one-click POST, which has no token, is answered)."""

    def view():  # a callback that is not exempt
        return None

    return CsrfViewMiddleware(lambda r: None).process_view(request, view, (), {})


@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    """GET: a page with one button; POST: stop the kind's mail (or move it to the digest when it
    may not be stopped). Answers RFC 8058's one-click POST: the signed token is the proof."""
    found = unsubscribe_token_read(token)
    user = None
    if found is not None and (found[1] in KINDS or found[1] == DIGEST_ALL):
        user = get_user_model().objects.filter(pk=found[0], is_active=True).first()
    if user is None:
        raise Http404
    kind_code = found[1]
    one_click = request.method == "POST" and request.POST.get("List-Unsubscribe") == "One-Click"
    if request.method == "POST" and not one_click:
        refused = _csrf_refused(request)
        if refused is not None:
            return refused
    if one_click:
        services.unsubscribe_apply(user=user, kind_code=kind_code)
        return HttpResponse(_("Unsubscribed."), content_type="text/plain; charset=utf-8")
    outcome = None
    if request.method == "POST":
        outcome = services.unsubscribe_apply(user=user, kind_code=kind_code)
    choice = services.unsubscribe_choice(kind_code)
    context = {
        "token": token,
        "kind_label": _("daily digest") if kind_code == DIGEST_ALL else KINDS[kind_code].label,
        "is_digest": kind_code == DIGEST_ALL,
        "choice": choice,
        "never": Delivery.NEVER,
        "outcome": outcome,
        "preferences_url": reverse("notifications:preferences"),
    }
    return render(request, "notifications/unsubscribe.html", context)
