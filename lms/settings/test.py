"""Tests: fast hashing, in-memory mail and cache, eager Celery unless a test runs a real worker."""

from lms.settings.base import *  # noqa: F403
from lms.settings.base import env

DEBUG = False
SECRET_KEY = "test-only-key-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Tasks run in-process; a real worker started by an integration test gets its broker here.
CELERY_BROKER_URL = env.str("LMS_TEST_WORKER_BROKER_URL", default="")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
# Each test run's worker and producer share a key prefix no other run (or stale worker) uses.
CELERY_BROKER_TRANSPORT_OPTIONS = {"global_keyprefix": env.str("LMS_TEST_WORKER_KEYPREFIX", "")}
# That worker writes its mail to files the test reads.
if env.str("EMAIL_FILE_PATH", default=""):
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = env.str("EMAIL_FILE_PATH")
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# Pages are rendered afresh in tests unless a test turns the page cache on.
PAGE_CACHE_SECONDS = 0
# Sessions in the database whatever REDIS_URL says, so the pinned query counts mean one thing.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
# xAPI: no learning record store unless a test starts one (tests/courses/xapi).
XAPI_LRS = []
# A second alias standing for a read replica (the test database mirrored), used only by the tests
# that turn DATABASE_REPLICA_READS on to prove the router (tests/courses/reports/test_replica.py).
DATABASES["replica"] = {**DATABASES["default"], "TEST": {"MIRROR": "default"}}  # noqa: F405
DATABASE_REPLICA_READS = False
