"""Celery: eager in-process by default, and a real worker through Redis in integration runs."""

import os
import re
import subprocess
import sys
import time
import uuid
from pathlib import Path

from django.core import mail
from django.db import connection
from django.urls import reverse

import pytest
from kombu import pools as kombu_pools

from lms.accounts.models import User
from lms.celery import app as celery_app
from tests.services import REDIS_TEST_URL, redis_available, require

BASE_DIR = Path(__file__).resolve().parents[2]


def test_app_serialises_json_and_finds_tasks(settings):
    assert celery_app.conf.task_serializer == "json"
    assert celery_app.conf.accept_content == ["json"]
    celery_app.loader.import_default_modules()
    assert "lms.accounts.tasks.user_confirmation_email_send" in celery_app.tasks


@pytest.mark.django_db
def test_task_enqueued_only_after_commit(django_capture_on_commit_callbacks, home_page):
    from lms.accounts.services import user_register
    from tests.on_commit import without_housekeeping

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        user_register(email="a@example.org", password="Long-Password-1", full_name="A")
        assert mail.outbox == []  # nothing is sent inside the transaction
    # Besides renewing the kept permissions (the new learner joined a group) and dropping any
    # kept copy of the new user's row, one task.
    callbacks = without_housekeeping(callbacks)
    assert len(callbacks) == 1
    callbacks[0]()
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_confirmation_task_is_idempotent(make_user):
    from lms.accounts.tasks import user_confirmation_email_send

    user = make_user(email_confirmed_at=None)
    assert user_confirmation_email_send.apply(args=[user.pk]).get() is True
    user.email_confirmed_at = user.date_joined
    user.save()
    # Once confirmed, a late or repeated run sends nothing; so does a deleted user.
    assert user_confirmation_email_send.apply(args=[user.pk]).get() is False
    assert user_confirmation_email_send.apply(args=[999_999]).get() is False
    assert len(mail.outbox) == 1


@pytest.fixture
def celery_worker_process(tmp_path):
    """A real `celery worker` on Redis, sharing the test database; yields the mail folder."""
    require("Redis", redis_available(), REDIS_TEST_URL)
    require(
        "PostgreSQL",
        connection.vendor == "postgresql",
        "the worker must share the test database (set DATABASE_URL to PostgreSQL)",
    )
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    keyprefix = f"lms-test-{uuid.uuid4().hex}:"
    saved = {
        "broker_url": celery_app.conf.broker_url,
        "task_always_eager": celery_app.conf.task_always_eager,
        "broker_transport_options": celery_app.conf.broker_transport_options,
    }
    worker, log_path = worker_start(broker_url=REDIS_TEST_URL, keyprefix=keyprefix, folder=tmp_path)
    try:
        use_broker(
            broker_url=REDIS_TEST_URL,
            task_always_eager=False,
            broker_transport_options={"global_keyprefix": keyprefix},
        )
        wait_for_worker(worker, log_path)
        yield mail_dir
    finally:
        use_broker(**saved)
        worker_stop(worker, log_path)


def worker_start(*, broker_url: str, keyprefix: str, folder: Path) -> tuple:
    """A real `celery worker` process on `broker_url`, sharing the test database; its mail,
    media and log go under `folder`. Returns the process and its log's path."""
    db = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        "LMS_TEST_WORKER_BROKER_URL": broker_url,
        "LMS_TEST_WORKER_KEYPREFIX": keyprefix,
        "DATABASE_URL": (
            f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or '127.0.0.1'}:"
            f"{db['PORT'] or 5432}/{db['NAME']}"
        ),
        "EMAIL_FILE_PATH": str(folder / "mail"),
        # Where the test's own storage reads (tests/conftest.py points both under tmp_path).
        "MEDIA_ROOT": str(folder / "media"),
        "PRIVATE_MEDIA_ROOT": str(folder / "private"),
        "PYTHONUNBUFFERED": "1",
    }
    command = [sys.executable, "-m", "celery", "-A", "lms", "worker", "--pool=solo"]
    command += ["--loglevel=INFO", "--without-gossip", "--without-mingle", "--without-heartbeat"]
    log_path = folder / "worker.log"
    with log_path.open("w") as log:
        worker = subprocess.Popen(  # noqa: S603 - our interpreter, fixed arguments
            command, cwd=BASE_DIR, env=env, stdout=log, stderr=subprocess.STDOUT
        )
    return worker, log_path


def worker_stop(worker, log_path: Path) -> None:
    worker.terminate()
    try:
        worker.wait(timeout=30)
    except subprocess.TimeoutExpired:
        worker.kill()
    print(log_path.read_text()[-3000:])  # noqa: T201 - shown when the test fails


def use_broker(**conf):
    """Reconfigure the web side's Celery app; cached connection pools would keep the old URL."""
    if celery_app._pool is not None:
        celery_app._pool.force_close_all()
    celery_app._pool = None
    celery_app.amqp._producer_pool = None
    # kombu keeps its pools in registries keyed by connection: forget the closed ones, or the
    # next eager task after a worker test acquires from a closed pool.
    kombu_pools.reset()
    celery_app.conf.update(conf)


def wait_for_worker(worker, log_path, timeout=60):
    """Wait for the worker to say it is ready, so it consumes what the test sends next."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if worker.poll() is not None:
            raise AssertionError("the Celery worker exited at start-up")
        if " ready." in log_path.read_text():
            return
        time.sleep(0.2)
    raise AssertionError("the Celery worker did not start in time")


def wait_for_mail(folder: Path, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        files = sorted(folder.glob("*.log"))
        if files and files[0].stat().st_size:
            time.sleep(0.2)
            return files[0].read_text()
        time.sleep(0.2)
    raise AssertionError("the worker sent no e-mail in time")


@pytest.mark.integration
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_registration_email_is_sent_by_a_real_worker(client, celery_worker_process, home_page):
    response = client.post(
        reverse("accounts:register"),
        {
            "email": "worker.test@example.org",
            "password1": "Worker-Test-2026",
            "password2": "Worker-Test-2026",
            "full_name": "Бурул Кадырова",
            "position": "ao_deputy",
            "gender": "female",
            "preferred_language": "ky",
        },
    )
    assert response.status_code == 302
    assert mail.outbox == []  # not sent by the web process

    message = wait_for_mail(celery_worker_process)
    assert "To: worker.test@example.org" in message
    link = re.search(r"https?://\S+(/ky/accounts/confirm/\S+/)", message).group(1)
    assert client.post(link).status_code == 302
    assert User.objects.get(email="worker.test@example.org").email_confirmed


@pytest.fixture
def flaky_mail(settings):
    from tests.support.mail import FlakyEmailBackend

    settings.EMAIL_BACKEND = "tests.support.mail.FlakyEmailBackend"
    FlakyEmailBackend.attempts = 0
    # Eager retries run in-process only when failures are not re-raised at once.
    celery_app.conf.task_eager_propagates = False
    yield FlakyEmailBackend
    celery_app.conf.task_eager_propagates = True
    FlakyEmailBackend.failures = 0


@pytest.mark.django_db
def test_confirmation_email_is_retried_when_the_mail_server_fails(make_user, flaky_mail):
    from lms.accounts.tasks import user_confirmation_email_send

    flaky_mail.failures = 2
    user = make_user(email_confirmed_at=None)
    # Eagerly, Celery runs the retries at once; a worker would wait with back-off between them.
    assert user_confirmation_email_send.apply(args=[user.pk]).get() is True
    assert flaky_mail.attempts == 3  # two failures, then delivered
    assert [m.to for m in mail.outbox] == [[user.email]]


@pytest.mark.django_db
def test_retries_give_up_after_the_limit(make_user, flaky_mail):
    from smtplib import SMTPServerDisconnected

    from lms.accounts.tasks import RETRY, user_confirmation_email_send

    flaky_mail.failures = 100
    user = make_user(email_confirmed_at=None)
    with pytest.raises(SMTPServerDisconnected):
        user_confirmation_email_send.apply(args=[user.pk]).get()
    assert flaky_mail.attempts == RETRY["max_retries"] + 1
    assert mail.outbox == []
