"""Throttling: django-axes hooks and upkeep, and rate limits on forms that send e-mail."""

from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from django.utils import timezone

from axes.handlers.database import AxesDatabaseHandler
from axes.models import AccessAttempt

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


def login_records_trim(*, log_age_days: int = 90) -> dict[str, int]:
    """Delete expired failure counts and access logs older than `log_age_days`."""
    expired = timezone.now() - settings.AXES_COOLOFF_TIME
    attempts, _ = AccessAttempt.objects.filter(attempt_time__lte=expired).delete()
    logs = AxesDatabaseHandler().reset_logs(age_days=log_age_days)
    return {"attempts": attempts, "logs": logs}


def rate_limit(scope: str):
    """Limit POSTs to a view per client address, as set in settings.RATE_LIMITS[scope].

    Stops bots from mass-registering and from flooding someone's mailbox with our e-mails.
    """

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method == "POST" and not _allowed(scope, axes_client_ip(request)):
                return render(request, "accounts/rate_limited.html", status=429)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def _allowed(scope: str, client: str) -> bool:
    limit, period = settings.RATE_LIMITS[scope]
    key = f"ratelimit:{scope}:{client}"
    cache.add(key, 0, period)  # starts the window only if none is open
    try:
        count = cache.incr(key)
    except ValueError:  # the window closed between add and incr
        cache.set(key, 1, period)
        count = 1
    return count <= limit
