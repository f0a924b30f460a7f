"""The periodic task that keeps django-axes' tables small."""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

import pytest
from axes.models import AccessAttempt, AccessLog

from lms.accounts.tasks import login_records_trim

pytestmark = pytest.mark.django_db


def attempt(username, age):
    row = AccessAttempt.objects.create(
        username=username, ip_address="203.0.113.1", user_agent="test", failures_since_start=3
    )
    AccessAttempt.objects.filter(pk=row.pk).update(attempt_time=timezone.now() - age)


def log(username, age):
    row = AccessLog.objects.create(username=username, ip_address="203.0.113.1", user_agent="t")
    AccessLog.objects.filter(pk=row.pk).update(attempt_time=timezone.now() - age)


def test_trim_removes_expired_attempts_and_old_logs_only():
    attempt("old@example.org", settings.AXES_COOLOFF_TIME + timedelta(minutes=1))
    attempt("fresh@example.org", timedelta(minutes=1))
    log("old@example.org", timedelta(days=91))
    log("fresh@example.org", timedelta(days=2))

    result = login_records_trim.apply().get()

    assert result == {"attempts": 1, "logs": 1}
    assert list(AccessAttempt.objects.values_list("username", flat=True)) == ["fresh@example.org"]
    assert list(AccessLog.objects.values_list("username", flat=True)) == ["fresh@example.org"]


def test_trim_is_in_the_beat_schedule():
    entry = settings.CELERY_BEAT_SCHEDULE["accounts-login-records-trim"]
    assert entry["task"] == "lms.accounts.tasks.login_records_trim"
