"""Settings come from the environment; production refuses to start half-configured."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "SECRET_KEY": "Zq8!vR2#mT6@xW4&nB0^cL7*hJ3(pK9)sD5_fG1+yU8=eA2-oI6~",
    "ALLOWED_HOSTS": "learn.example.kg,www.learn.example.kg",
    "CSRF_TRUSTED_ORIGINS": "https://learn.example.kg",
    "SITE_URL": "https://learn.example.kg/",
    "DATABASE_URL": "postgres://lms:secret@db.internal:5432/lms",
    "REDIS_URL": "redis://cache.internal:6379/1",
    "CELERY_BROKER_URL": "redis://cache.internal:6379/0",
    "EMAIL_URL": "smtp+tls://mailer:pw@smtp.example.kg:587",
    "MEDIA_ROOT": "/srv/lms/media",
    "AWS_STORAGE_BUCKET_NAME": "lms-media",
    "AWS_S3_ENDPOINT_URL": "https://s3.example.kg",
}

PROBE = """
import json, django
from django.conf import settings
django.setup()
print(json.dumps({
    "DEBUG": settings.DEBUG,
    "ALLOWED_HOSTS": settings.ALLOWED_HOSTS,
    "CSRF_TRUSTED_ORIGINS": settings.CSRF_TRUSTED_ORIGINS,
    "DB_ENGINE": settings.DATABASES["default"]["ENGINE"],
    "DB_HOST": settings.DATABASES["default"]["HOST"],
    "DB_NAME": str(settings.DATABASES["default"]["NAME"]),
    "CACHE": settings.CACHES["default"]["BACKEND"],
    "CACHE_LOCATION": settings.CACHES["default"].get("LOCATION", ""),
    "EAGER": settings.CELERY_TASK_ALWAYS_EAGER,
    "BROKER": settings.CELERY_BROKER_URL,
    "EMAIL_BACKEND": settings.EMAIL_BACKEND,
    "EMAIL_HOST": settings.EMAIL_HOST,
    "EMAIL_USE_TLS": settings.EMAIL_USE_TLS,
    "MEDIA_ROOT": str(settings.MEDIA_ROOT),
    "STORAGE": settings.STORAGES["default"]["BACKEND"],
    "STATIC": settings.STORAGES["staticfiles"]["BACKEND"],
    "SITE_URL": settings.SITE_URL,
}))
"""


def run(module, env, code=PROBE, args=None):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(tuple(PRODUCTION_ENV))}
    clean.pop("DEBUG", None)
    clean.update(env, DJANGO_SETTINGS_MODULE=module)
    command = [sys.executable, *(args or ["-c", code])]
    return subprocess.run(  # noqa: S603 - our own interpreter and script
        command, cwd=BASE_DIR, env=clean, capture_output=True, text=True, timeout=120
    )


def test_production_reads_everything_from_environment():
    result = run("lms.settings.production", PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["DEBUG"] is False
    assert values["ALLOWED_HOSTS"] == ["learn.example.kg", "www.learn.example.kg"]
    assert values["CSRF_TRUSTED_ORIGINS"] == ["https://learn.example.kg"]
    assert values["DB_ENGINE"] == "lms.postgres"  # Django's, its health check cheaper
    assert (values["DB_HOST"], values["DB_NAME"]) == ("db.internal", "lms")
    assert values["CACHE"] == "lms.cache.PooledClientRedisCache"
    assert values["CACHE_LOCATION"] == "redis://cache.internal:6379/1"
    assert values["EAGER"] is False
    assert values["BROKER"] == "redis://cache.internal:6379/0"
    assert values["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert (values["EMAIL_HOST"], values["EMAIL_USE_TLS"]) == ("smtp.example.kg", True)
    assert values["MEDIA_ROOT"] == "/srv/lms/media"
    assert values["STORAGE"] == "lms.public_storage.AsciiS3Storage"  # S3, ASCII file names
    assert values["STATIC"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    assert values["SITE_URL"] == "https://learn.example.kg"


def test_development_defaults_need_no_environment():
    result = run("lms.settings.dev", {})
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["DEBUG"] is True
    assert values["DB_ENGINE"] == "django.db.backends.sqlite3"
    assert values["DB_NAME"] == str(BASE_DIR / "db.sqlite3")
    assert values["CACHE"] == "django.core.cache.backends.locmem.LocMemCache"
    assert values["EAGER"] is True  # no broker: tasks run in-process
    assert values["EMAIL_BACKEND"] == "lms.mail_console.ReadableConsoleBackend"
    assert values["STORAGE"] == "lms.public_storage.AsciiFileSystemStorage"


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("SECRET_KEY", "SECRET_KEY must be set"),
        ("ALLOWED_HOSTS", "ALLOWED_HOSTS must name"),
        ("SITE_URL", "SITE_URL must be the site's https:// address"),
        ("REDIS_URL", "REDIS_URL must name the Redis cache"),
        ("CELERY_BROKER_URL", "CELERY_BROKER_URL must name the Celery broker"),
        ("DATABASE_URL", "DATABASE_URL must name a PostgreSQL database"),
    ],
)
def test_production_refuses_to_start_without_secrets(missing, message):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = run("lms.settings.production", env)
    assert result.returncode != 0
    assert message in result.stderr


def test_production_refuses_sqlite():
    result = run("lms.settings.production", {**PRODUCTION_ENV, "DATABASE_URL": "sqlite:///x.db"})
    assert result.returncode != 0
    assert "DATABASE_URL must name a PostgreSQL database" in result.stderr


def test_production_passes_check_deploy_without_warnings():
    # The checks need no connection: the hosts in PRODUCTION_ENV are never reached.
    result = run(
        "lms.settings.production",
        PRODUCTION_ENV,
        args=["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


SCALE_PROBE = """
import json, django
from django.conf import settings
django.setup()
replica = settings.DATABASES.get("replica", {})
print(json.dumps({
    "REPLICA_HOST": replica.get("HOST"),
    "REPLICA_OPTIONS": replica.get("OPTIONS"),
    "SERVER_BINDING": settings.DATABASES["default"].get("OPTIONS", {}).get("server_side_binding"),
    "REPLICA_READS": settings.DATABASE_REPLICA_READS,
    "NO_CURSORS": settings.DATABASES["default"].get("DISABLE_SERVER_SIDE_CURSORS", False),
    "ROUTES": sorted(getattr(settings, "CELERY_TASK_ROUTES", None) or {}),
}))
"""


def test_production_scales_out_with_a_replica_pgbouncer_and_queues():
    env = {
        **PRODUCTION_ENV,
        "DATABASE_REPLICA_URL": "postgres://lms:secret@replica.internal:5432/lms",
        "PGBOUNCER": "true",
        "CELERY_QUEUES_SPLIT": "true",
    }
    result = run("lms.settings.production", env, code=SCALE_PROBE)
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout)
    assert values["REPLICA_HOST"] == "replica.internal"
    # Behind PgBouncer in transaction mode no statement is prepared (it may not be on the next
    # server connection), on the primary and on the replica.
    assert values["REPLICA_OPTIONS"] == {"options": "-c jit=off", "server_side_binding": False}
    assert values["SERVER_BINDING"] is False
    assert values["REPLICA_READS"] is True
    assert values["NO_CURSORS"] is True
    assert "courses.reports.tasks.report_export_run" in values["ROUTES"]


def test_production_without_a_replica_reads_from_the_primary():
    values = json.loads(run("lms.settings.production", PRODUCTION_ENV, code=SCALE_PROBE).stdout)
    assert values["SERVER_BINDING"] is True  # psycopg prepares what a connection repeats
    assert values["REPLICA_HOST"] is None
    assert values["REPLICA_READS"] is False
    assert values["NO_CURSORS"] is False
    assert values["ROUTES"] == []


def test_server_side_binding_can_be_turned_off():
    env = {**PRODUCTION_ENV, "DATABASE_SERVER_SIDE_BINDING": "false"}
    values = json.loads(run("lms.settings.production", env, code=SCALE_PROBE).stdout)
    assert values["SERVER_BINDING"] is False
