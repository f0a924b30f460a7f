"""django-axes hooks."""

from django.conf import settings

from lms.accounts.models import UserManager


def axes_username(request, credentials):
    """The address as we store it, so "Aibek@" and "aibek@" share one failure count."""
    value = (credentials or {}).get("username") or request.POST.get("username", "")
    return UserManager.normalize_email(value)


def axes_client_ip(request):
    """The client's address; behind TRUSTED_PROXY_COUNT proxies, the one they saw."""
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = [p.strip() for p in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [p for p in forwarded if p]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")
