"""Completing a course issues one certificate through a real Celery worker (PostgreSQL, Redis)."""

import re
import time

import pytest

from courses.certificates.models import Certificate
from courses.progress.signals import course_completed
from tests.lms.test_celery import wait_for_mail

SUCCEEDED = re.compile(
    r"Task courses\.certificates\.tasks\.certificate_issue\[[^\]]+\] succeeded in \S+: (\w+)"
)


def wait_for_runs(log_path, count, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        results = SUCCEEDED.findall(log_path.read_text())
        if len(results) >= count:
            return results
        time.sleep(0.2)
    raise AssertionError("the worker did not finish the certificate task in time")


@pytest.mark.integration
# Serialized rollback: the flush at the end leaves no half-made data (post-migrate content
# types) under the browser tests, which restore the migrated rows themselves.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_completion_issues_exactly_one_certificate_through_a_worker(
    celery_worker_process,
    tmp_path,
    course,
    complete,
    make_user,
):
    learner = make_user(role="Learner", full_name="Нургүл Ташиева")
    enrollment = complete(learner, course)
    course_completed.send(sender=None, enrollment_id=enrollment.pk)  # as progress does on commit

    message = wait_for_mail(celery_worker_process)
    assert f"To: {learner.email}" in message
    assert wait_for_runs(tmp_path / "worker.log", 1) == ["True"]
    certificate = Certificate.objects.get()
    assert certificate.holder_name == "Нургүл Ташиева"
    assert certificate.rendered_at and certificate.emailed_at
    assert certificate.code in message

    course_completed.send(sender=None, enrollment_id=enrollment.pk)  # a repeated signal
    assert wait_for_runs(tmp_path / "worker.log", 2) == ["True", "False"]
    assert Certificate.objects.count() == 1
    assert len(list(celery_worker_process.glob("*.log"))) == 1  # no second e-mail
