"""Site-wide views: health check and the language switch."""

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponseRedirect, JsonResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from lms.celery import app as celery_app
from lms.i18n import language_cookie_set

HEALTH_CACHE_KEY = "healthz:probe"


@never_cache
@require_GET
def healthz(request):
    """The state of each configured service; 503 when any of them does not answer."""
    checks = {"database": _check_database(), "cache": _check_cache()}
    checks["broker"] = _check_broker() if settings.CELERY_BROKER_URL else "not configured"
    healthy = all(state in ("ok", "not configured") for state in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", "checks": checks}, status=200 if healthy else 503
    )


@require_GET
def language_switch(request, language):
    """Remember the chosen language in a cookie and go to the page in that language."""
    next_url = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    return language_cookie_set(HttpResponseRedirect(next_url), language)


def _check_database():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:  # noqa: BLE001 - any failure means "down"; the text says why
        return f"error: {type(error).__name__}"
    return "ok"


def _check_cache():
    try:
        cache.set(HEALTH_CACHE_KEY, "1", 10)
        if cache.get(HEALTH_CACHE_KEY) != "1":
            return "error: cache did not return what was stored"
    except Exception as error:  # noqa: BLE001
        return f"error: {type(error).__name__}"
    return "ok"


def _check_broker():
    try:
        with celery_app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
    except Exception as error:  # noqa: BLE001
        return f"error: {type(error).__name__}"
    return "ok"
