"""Development: debug on, a throwaway secret, e-mail printed to the console to be read."""

from lms.settings.base import *  # noqa: F403
from lms.settings.base import env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env.str("SECRET_KEY", default="dev-only-insecure-key-change-me-in-production")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
if not env.str("EMAIL_URL", default=""):
    # Decoded headers, the text body, and attachments listed by name, type and size.
    EMAIL_BACKEND = "lms.mail_console.ReadableConsoleBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# Templates and code change under a developer's hands: pages are rendered afresh unless asked.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=0)
