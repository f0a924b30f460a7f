"""The outbox: stored with the caller's change, handed to Celery on commit, swept when the broker
was away, each message once; a broker outage never fails the request."""

import re
import threading
from datetime import timedelta
from pathlib import Path

from django.core import mail
from django.db import connection, connections, transaction
from django.urls import reverse
from django.utils import timezone

import pytest

from lms.accounts.models import User
from lms.accounts.tasks import user_confirmation_email_send
from lms.outbox import services
from lms.outbox.models import OutboxMessage
from lms.outbox.services import KEEP_SENT, outbox_dispatch, outbox_send, outbox_trim
from lms.outbox.tasks import outbox_sweep
from tests.services import require

ROOT = Path(__file__).resolve().parents[3]

REGISTRATION = {
    "email": "asel.bekova@example.org",
    "password1": "Long-Password-2026",
    "password2": "Long-Password-2026",
    "full_name": "Асель Бекова",
    "position": "ao_deputy",
    "gender": "female",
    "preferred_language": "ru",
}


@pytest.mark.django_db
def test_message_is_stored_in_the_transaction_and_dispatched_on_commit(
    make_user, django_capture_on_commit_callbacks
):
    user = make_user(email_confirmed_at=None)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        message = outbox_send(user_confirmation_email_send, user.pk)
        assert mail.outbox == []  # nothing goes inside the transaction
    assert message.task_name == "lms.accounts.tasks.user_confirmation_email_send"
    assert message.args == [user.pk] and message.sent_at is None
    assert len(callbacks) == 1
    callbacks[0]()  # the commit: eagerly (no broker) the task runs in this process
    assert [m.to for m in mail.outbox] == [[user.email]]
    message.refresh_from_db()
    assert message.sent_at is not None and message.attempts == 0
    callbacks[0]()  # a second dispatch of the same message sends nothing
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_nothing_is_stored_or_sent_when_the_transaction_rolls_back(
    make_user, django_capture_on_commit_callbacks
):
    user = make_user(email_confirmed_at=None)
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        outbox_send(user_confirmation_email_send, user.pk)
        raise RuntimeError("the change failed")
    assert callbacks == []
    assert not OutboxMessage.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_arguments_must_be_json(make_user):
    with pytest.raises(TypeError):
        outbox_send(user_confirmation_email_send, object())


@pytest.mark.django_db
def test_registration_succeeds_with_the_broker_down_and_the_message_waits(
    client, home_page, broker_down, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("accounts:register"), REGISTRATION)
    assert response.status_code == 302  # not a 500 from kombu
    assert User.objects.filter(email="asel.bekova@example.org").exists()
    message = OutboxMessage.objects.get()
    assert message.task_name == "lms.accounts.tasks.user_confirmation_email_send"
    assert message.sent_at is None and message.attempts == 1
    assert "OperationalError" in message.last_error
    assert message.available_after <= timezone.now()  # the next sweep tries it at once
    assert mail.outbox == []


@pytest.mark.django_db
def test_broker_error_stops_the_batch_and_backs_off(broker_down, make_user):
    users = [make_user(email_confirmed_at=None) for _ in range(3)]
    messages = [
        OutboxMessage.objects.create(task_name=user_confirmation_email_send.name, args=[u.pk])
        for u in users
    ]
    now = timezone.now()
    assert outbox_dispatch(now=now) == 0
    first, *others = (OutboxMessage.objects.get(pk=m.pk) for m in messages)
    # The broker is away for all of them: one attempt is recorded, the others are not tried.
    assert first.attempts == 1 and first.available_after == now
    assert [(m.attempts, m.last_error) for m in others] == [(0, ""), (0, "")]
    assert outbox_dispatch(now=now) == 0
    first.refresh_from_db()
    assert first.attempts == 2 and first.available_after == now + timedelta(minutes=1)
    assert all(m.sent_at is None for m in OutboxMessage.objects.all())


@pytest.mark.django_db
def test_sweep_sends_what_was_left_once_and_trims_old_messages(make_user):
    # Left pending by an outage: one due, one backing off, one sent long ago.
    due, later = (make_user(email_confirmed_at=None) for _ in range(2))
    OutboxMessage.objects.create(
        task_name=user_confirmation_email_send.name, args=[due.pk], attempts=1
    )
    waiting = OutboxMessage.objects.create(
        task_name=user_confirmation_email_send.name,
        args=[later.pk],
        attempts=3,
        available_after=timezone.now() + timedelta(minutes=4),
    )
    OutboxMessage.objects.create(
        task_name=user_confirmation_email_send.name,
        args=[later.pk],
        sent_at=timezone.now() - KEEP_SENT - timedelta(hours=1),
    )
    assert outbox_sweep.apply().get() == {"sent": 1, "trimmed": 1}
    assert [m.to for m in mail.outbox] == [[due.email]]
    assert outbox_sweep.apply().get() == {"sent": 0, "trimmed": 0}  # nothing twice
    assert len(mail.outbox) == 1
    waiting.refresh_from_db()
    assert waiting.sent_at is None
    # Its time comes.
    assert outbox_dispatch(now=timezone.now() + timedelta(minutes=5)) == 1
    assert [m.to for m in mail.outbox] == [[due.email], [later.email]]
    assert outbox_trim(now=timezone.now() + KEEP_SENT + timedelta(minutes=10)) == 2


@pytest.mark.django_db
def test_unknown_task_is_recorded_and_the_others_still_go(celery_conf, monkeypatch):
    celery_conf(task_always_eager=False)
    published = []
    monkeypatch.setattr("celery.app.task.Task.apply_async", lambda task, **kw: published.append(kw))
    bad = OutboxMessage.objects.create(task_name="lms.accounts.tasks.no_such_task")
    good = OutboxMessage.objects.create(task_name=user_confirmation_email_send.name, args=[1])
    assert outbox_dispatch() == 1
    assert [kw["task_id"] for kw in published] == [str(good.task_id)]  # the row's own task id
    bad.refresh_from_db()
    assert bad.sent_at is None and bad.attempts == 1 and "no_such_task" in bad.last_error


@pytest.mark.django_db
def test_every_mail_of_the_site_goes_through_the_outbox(
    client, home_page, broker_down, make_user, django_capture_on_commit_callbacks
):
    """Registration, a new link and a password reset with the broker down: each waits."""
    make_user(email="aibek@example.org")
    make_user(email="unconfirmed@example.org", email_confirmed_at=None)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(reverse("accounts:register"), REGISTRATION).status_code == 302
        response = client.post(reverse("accounts:password_reset"), {"email": "aibek@example.org"})
        assert response.status_code == 302
        response = client.post(
            reverse("accounts:confirmation_resend"), {"email": "unconfirmed@example.org"}
        )
        assert response.status_code in (200, 302)
    assert sorted(OutboxMessage.objects.values_list("task_name", flat=True)) == [
        "lms.accounts.tasks.email_send",
        "lms.accounts.tasks.user_confirmation_email_send",
        "lms.accounts.tasks.user_confirmation_email_send",
    ]
    assert not OutboxMessage.objects.filter(sent_at__isnull=False).exists()


# Transactional, so the threads see committed rows; the serialized rollback puts back the
# migrated data for the transactional tests that follow.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_dispatchers_hand_each_message_over_once(celery_conf, monkeypatch):
    require("PostgreSQL", connection.vendor == "postgresql", "SKIP LOCKED needs a real server")
    celery_conf(task_always_eager=False)
    messages = [
        OutboxMessage.objects.create(task_name=user_confirmation_email_send.name, args=[n])
        for n in range(40)
    ]
    published = []
    lock = threading.Lock()

    def publish(message):
        with lock:
            published.append(message.task_id)
        threading.Event().wait(0.01)  # a slow broker widens the window for a double send

    monkeypatch.setattr(services, "_publish", publish)
    dispatchers = 6
    start = threading.Barrier(dispatchers)
    counts = []

    def dispatch():
        try:
            start.wait()
            while sent := outbox_dispatch(limit=5):
                counts.append(sent)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=dispatch) for _ in range(dispatchers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(published) == sorted(m.task_id for m in messages)  # each once
    assert sum(counts) == len(messages)
    assert not OutboxMessage.objects.filter(sent_at__isnull=True).exists()


def test_no_code_hands_a_task_to_the_broker_except_the_outbox():
    """Any `delay`, `apply_async` or `send_task` outside lms/outbox would fail its request while
    the broker is down, or lose its message."""
    direct = re.compile(r"\.(delay|delay_on_commit|apply_async|apply_async_on_commit|send_task)\(")
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for package in ("lms", "cms", "courses")
        for path in (ROOT / package).rglob("*.py")
        if "migrations" not in path.parts and path.parent != ROOT / "lms" / "outbox"
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if direct.search(line)
    ]
    assert found == []


def test_a_mail_redelivered_with_the_same_task_id_is_sent_once():
    """The password reset mail has no state to re-read: a second delivery of the same outbox
    message (same task id) sends nothing; another message with the same text is sent."""
    from lms.accounts.tasks import email_send

    kwargs = {"subject": "Reset", "body": "Link", "recipients": ["a@example.org"]}
    assert email_send.apply(kwargs=kwargs, task_id="message-1").get() is True
    assert email_send.apply(kwargs=kwargs, task_id="message-1").get() is False
    assert email_send.apply(kwargs=kwargs, task_id="message-2").get() is True
    assert len(mail.outbox) == 2


def test_running_a_task_here_leaves_celerys_process_wide_join_flag_alone(
    make_user, monkeypatch, django_capture_on_commit_callbacks
):
    """An eager `apply_async` sets a process-wide flag while the task runs; two threads (the
    live server, runserver) could leave it set, and every later `.get()` failed ("Never call
    result.get() within a task!"), as the suite did once. Tasks run here through `apply`."""
    from celery._state import task_join_will_block

    from lms.accounts import emails

    seen = []
    monkeypatch.setattr(
        emails, "confirmation_email_send", lambda user: seen.append(task_join_will_block())
    )
    user = make_user(email_confirmed_at=None)
    with django_capture_on_commit_callbacks(execute=True):
        outbox_send(user_confirmation_email_send, user.pk)
    assert seen == [False]
