"""A real broker stopped and started again: every action answers while it is down, and every
message goes out once it is back (a Redis server of the test's own, a real Celery worker)."""

import re
import shutil
import subprocess
import time
import uuid
from pathlib import Path

from django.db import connection
from django.urls import reverse

import pytest

from cms.portal.models import CaseSubmission
from courses.catalogue.services import course_index_setup
from courses.enrolment.models import Enrollment, EnrollmentStatus
from lms.accounts.models import User
from lms.outbox.models import OutboxMessage
from lms.outbox.services import outbox_dispatch
from tests.factories.cms import portal_index
from tests.factories.courses import (
    CourseIndexPageFactory,
    CoursePageFactory,
    EnrollmentFactory,
    LessonPageFactory,
)
from tests.factories.places import MunicipalityFactory
from tests.lms.test_celery import wait_for_worker, worker_start, worker_stop
from tests.services import redis_available, require
from tests.support.ports import free_port

# One message per action; completing the course sends two (the note and the certificate).
EXPECTED = sorted(
    [
        ("lms.accounts.tasks.user_confirmation_email_send", "new.learner@example.org"),
        # Enrolling is a notification now; its e-mail goes at once by default.
        ("lms.notifications.tasks.notification_emails_send", "enrolling@example.org"),
        ("lms.accounts.tasks.email_send", "forgetful@example.org"),
        ("cms.portal.tasks.case_submission_receipt_send", "aigul@example.org"),
        ("courses.enrolment.tasks.enrollment_email_send", "finishing@example.org"),
        ("courses.certificates.tasks.certificate_issue", "finishing@example.org"),
    ]
)


class RedisServer:
    """A redis-server of this test's own on a free port, stopped and started at will."""

    def __init__(self, log_path: Path):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.log_path = log_path
        self.process = None

    def start(self):
        command = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1"]
        command += ["--save", "", "--appendonly", "no"]
        with self.log_path.open("a") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603
        deadline = time.monotonic() + 20
        while not redis_available(self.url):
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise AssertionError(f"redis-server did not start: {self.log_path.read_text()}")
            time.sleep(0.1)

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)
        assert not redis_available(self.url)


@pytest.fixture
def redis_server(tmp_path):
    require("redis-server", shutil.which("redis-server") is not None, "not on PATH")
    server = RedisServer(tmp_path / "redis.log")
    server.start()
    yield server
    server.stop()


def wait_for(condition, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError("timed out")


def mails(folder: Path) -> list[str]:
    return [path.read_text() for path in sorted(folder.glob("*.log")) if path.stat().st_size]


@pytest.mark.integration
# Transactional: each request commits, as in production, and the worker sees the rows; the
# serialized rollback puts back the migrated data for the tests that follow.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_no_request_fails_and_no_message_is_lost_while_the_broker_is_down(
    client, home_page, make_user, redis_server, celery_conf, tmp_path
):
    require("PostgreSQL", connection.vendor == "postgresql", "the worker shares the test database")
    (tmp_path / "mail").mkdir()
    portal_index(home_page)
    catalogue = CourseIndexPageFactory(parent=home_page)
    course_index_setup(catalogue=catalogue)
    open_course = CoursePageFactory(parent=catalogue)
    LessonPageFactory(parent=open_course)
    last_course = CoursePageFactory(parent=catalogue, certificate_enabled=True)
    last_lesson = LessonPageFactory(parent=last_course)
    enrolling = make_user(role="Learner", email="enrolling@example.org")
    finishing = make_user(role="Learner", email="finishing@example.org")
    EnrollmentFactory(user=finishing, course_key=last_course.translation_key)
    make_user(email="forgetful@example.org")
    municipality = MunicipalityFactory()

    keyprefix = f"lms-outbox-test-{uuid.uuid4().hex}:"
    celery_conf(
        broker_url=redis_server.url,
        task_always_eager=False,
        broker_transport_options={"global_keyprefix": keyprefix},
    )
    redis_server.stop()

    # ---- the broker is down: every action answers as usual (the test client raises on a 500)
    slowest = 0.0

    def post(url, data=None):
        nonlocal slowest
        started = time.monotonic()
        response = client.post(url, data or {})
        slowest = max(slowest, time.monotonic() - started)
        assert response.status_code == 302, url
        return response

    post(
        reverse("accounts:register"),
        {
            "email": "new.learner@example.org",
            "password1": "Outage-Test-2026",
            "password2": "Outage-Test-2026",
            "full_name": "Бурул Кадырова",
            "position": "ao_deputy",
            "gender": "female",
            "preferred_language": "ky",
        },
    )
    assert User.objects.filter(email="new.learner@example.org").exists()
    client.force_login(enrolling)
    post(reverse("enrolment:enrol", args=[open_course.pk]))
    assert Enrollment.objects.get(user=enrolling).status == EnrollmentStatus.ACTIVE
    client.logout()
    post(reverse("accounts:password_reset"), {"email": "forgetful@example.org"})
    post(
        "/ky/best-practices/submit/",
        {
            "contact_name": "Айгүл Асанова",
            "email": "aigul@example.org",
            "municipality": municipality.pk,
            "title": "Жаштар борбору",
            "description": "Айыл өкмөтү жаштар борборун жеке уюмга берди.",
            "website": "",
        },
    )
    assert CaseSubmission.objects.filter(email="aigul@example.org").exists()
    client.force_login(finishing)
    post(reverse("progress:lesson_complete", args=[last_lesson.pk]))
    assert Enrollment.objects.get(user=finishing).status == EnrollmentStatus.COMPLETED
    print(f"slowest request while the broker was down: {slowest:.2f} s")  # noqa: T201

    pending = list(OutboxMessage.objects.filter(sent_at=None).order_by("pk"))
    assert sorted(m.task_name for m in pending) == sorted(name for name, _ in EXPECTED)
    assert all(m.attempts == 1 and m.last_error for m in pending)

    # ---- the broker is back: the dispatcher (what the sweep runs) hands each over once
    redis_server.start()
    assert outbox_dispatch() == len(EXPECTED)
    assert outbox_dispatch() == 0  # a second run sends nothing
    assert not OutboxMessage.objects.filter(sent_at=None).exists()

    worker, log_path = worker_start(
        broker_url=redis_server.url, keyprefix=keyprefix, folder=tmp_path
    )
    try:
        wait_for_worker(worker, log_path)
        succeeded = re.compile(r"Task (\S+)\[([0-9a-f-]+)\] succeeded")
        wait_for(lambda: len(succeeded.findall(log_path.read_text())) >= len(EXPECTED))
        wait_for(lambda: len(mails(tmp_path / "mail")) >= len(EXPECTED))
        time.sleep(2)  # anything sent twice would arrive now
        assert outbox_dispatch() == 0
        runs = succeeded.findall(log_path.read_text())
        # Each message ran once, under its outbox row's own task id.
        assert sorted(runs) == sorted((m.task_name, str(m.task_id)) for m in pending)
        delivered = mails(tmp_path / "mail")
        recipients = sorted(re.search(r"^To: (\S+)$", m, re.MULTILINE).group(1) for m in delivered)
        assert recipients == sorted(address for _, address in EXPECTED)
        print(f"messages delivered after the outage: {len(delivered)}")  # noqa: T201
    finally:
        worker_stop(worker, log_path)
