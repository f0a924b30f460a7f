"""The load benchmark: production settings served over plain HTTP on the loopback interface.

Only what TLS changes differs from production (no HTTPS redirect, HSTS or secure-only cookies):
`make bench` drives gunicorn from 127.0.0.1, where there is no TLS to terminate.
"""

from lms.settings.production import *  # noqa: F403

SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
LANGUAGE_COOKIE_SECURE = False
# Learners' notifications stay on the machine: the benchmark measures pages, not a mail server.
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
