"""Production: everything secret comes from the environment; HTTPS-only cookies and HSTS."""

from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from lms.settings.base import *  # noqa: F403
from lms.settings.base import SECRET_KEY, env

DEBUG = False
if not SECRET_KEY or len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("SECRET_KEY must be set to at least 50 random characters.")
if not ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured("ALLOWED_HOSTS must name the site's host names.")
# Links in e-mails must point at the real site, never at the development default.
SITE_URL = env.str("SITE_URL", default="").rstrip("/")
if not SITE_URL.startswith("https://"):
    raise ImproperlyConfigured("SITE_URL must be the site's https:// address.")
WAGTAILADMIN_BASE_URL = SITE_URL
# The real parts, or no start: without Redis rate limits and lockouts would count per worker
# process; without a broker every task would run inside the request; SQLite does not take
# production's concurrent writes.
if not REDIS_URL:  # noqa: F405
    raise ImproperlyConfigured("REDIS_URL must name the Redis cache (redis://host:6379/1).")
if not CELERY_BROKER_URL:  # noqa: F405
    raise ImproperlyConfigured(
        "CELERY_BROKER_URL must name the Celery broker (redis://host:6379/0); without it "
        "tasks would run inside requests."
    )
if DATABASES["default"]["ENGINE"] != "lms.postgres":  # noqa: F405
    raise ImproperlyConfigured(
        "DATABASE_URL must name a PostgreSQL database (postgres://user:password@host/name)."
    )
# nginx sends private files from its internal /private/ location once the application allows it.
PRIVATE_MEDIA_X_ACCEL = env.str("PRIVATE_MEDIA_X_ACCEL", default="/private/")
if Path(PRIVATE_MEDIA_ROOT).resolve().is_relative_to(Path(MEDIA_ROOT).resolve()):  # noqa: F405
    raise ImproperlyConfigured("PRIVATE_MEDIA_ROOT must be outside MEDIA_ROOT, which is public.")

CONN_MAX_AGE = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_MAX_AGE"] = CONN_MAX_AGE  # noqa: F405

SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Health checks come from the load balancer over plain HTTP inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SECURE = True
# LTI launches in a platform's frame (docs/lti.md): browsers send a framed site's cookies only
# when they are SameSite=None (and Secure, above). Off by default: Lax is the safer choice.
if env.bool("LTI_FRAMED_COOKIES", default=False):
    SESSION_COOKIE_SAMESITE = "None"
    CSRF_COOKIE_SAMESITE = "None"
