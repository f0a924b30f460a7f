"""The e-mails: at once (once, in the recipient's language, with the unsubscribe headers) and
the daily digest (one per person per Bishkek day, grouped by kind, never twice), with the
clock frozen across days and around Bishkek midnight."""

import datetime as dt
from smtplib import SMTPRecipientsRefused
from unittest import mock

from django.conf import settings
from django.core import mail
from django.utils import timezone, translation

import pytest
import time_machine

from lms.notifications.mailing import notification_digests_send, notification_emails_send
from lms.notifications.models import MailState, Notification, NotificationDigest
from lms.notifications.services import preferences_save
from lms.notifications.tasks import notification_digests_send as digest_task
from lms.notifications.tokens import unsubscribe_token_read
from tests.lms.notifications.conftest import announce

pytestmark = pytest.mark.django_db

BISHKEK = dt.timezone(dt.timedelta(hours=6))


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    """A moment in December 2026, Bishkek time."""
    return dt.datetime(2026, 12, day, hour, minute, tzinfo=BISHKEK)


def test_an_at_once_mail_has_the_title_link_reason_and_one_click_unsubscribe(make_user, mailoutbox):
    person = make_user(preferred_language="en", email="asel@example.org")
    (row,) = announce([person], kind="grade", title="Your grade", body="90 of 100", url="/en/x/")
    (message,) = mailoutbox
    assert message.subject == "Your grade"
    assert message.to == ["asel@example.org"]
    assert "90 of 100" in message.body
    assert settings.SITE_URL + "/en/x/" in message.body
    assert "because your notification settings" in message.body
    header = message.extra_headers["List-Unsubscribe"]
    assert header.startswith(f"<{settings.SITE_URL}/en/notifications/unsubscribe/")
    assert header[1:-1] in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    token = header.rstrip("/>").rsplit("/", 1)[1]
    assert unsubscribe_token_read(token) == (person.pk, "grade")
    row.refresh_from_db()
    assert row.mail_state == MailState.SENT and row.mailed_at is not None


def test_a_rerun_sends_nothing_twice(make_user, mailoutbox):
    (row,) = announce([make_user()])
    assert len(mailoutbox) == 1
    assert notification_emails_send(ids=[row.pk]) == 0
    assert len(mailoutbox) == 1


def test_a_failed_send_stays_due_for_the_retry(make_user, mailoutbox):
    person = make_user()
    down = mock.patch("django.core.mail.EmailMessage.send", side_effect=OSError("down"))
    with down, pytest.raises(OSError):
        announce([person])
    row = Notification.objects.get(recipient=person)
    assert row.mail_state == MailState.NOW
    assert notification_emails_send(ids=[row.pk]) == 1
    assert len(mailoutbox) == 1


def test_a_refused_address_is_given_up_without_stopping_the_others(make_user, mailoutbox):
    first, second = make_user(), make_user()
    refused = SMTPRecipientsRefused({first.email: (550, b"no such user")})
    real_send = mail.EmailMessage.send

    def send(message, *args, **kwargs):
        if first.email in message.to:
            raise refused
        return real_send(message, *args, **kwargs)

    with mock.patch("django.core.mail.EmailMessage.send", send):
        announce([first, second])
    assert [m.to for m in mailoutbox] == [[second.email]]
    assert Notification.objects.get(recipient=first).mail_state == MailState.NONE


def _digest_person(make_user, language="en", **kw):
    person = make_user(preferred_language=language, **kw)
    preferences_save(user=person, choices={"announcement": "digest", "reply": "digest"})
    return person


def test_the_digest_is_one_mail_per_person_grouped_by_kind_in_their_language(make_user, mailoutbox):
    english = _digest_person(make_user, "en")
    russian = _digest_person(make_user, "ru")
    with time_machine.travel(at(2, 15), tick=False):
        announce([english, russian], title="First")
        announce([english, russian], title="Second")
        announce([english], kind="reply", title="A reply")
    assert mailoutbox == []
    with time_machine.travel(at(3, 8), tick=False):
        assert digest_task.apply().get() == {"sent": 2, "skipped": 0}
    by_person = {message.to[0]: message for message in mailoutbox}
    assert set(by_person) == {english.email, russian.email}
    body = by_person[english.email].body
    assert by_person[english.email].subject.endswith("3 new notifications")
    assert body.index("Course announcements") < body.index("First") < body.index("Second")
    assert body.index("Second") < body.index("Replies to my topics") < body.index("A reply")
    assert "because your notification settings" in body
    assert by_person[english.email].extra_headers["List-Unsubscribe-Post"]
    with translation.override("ru"):
        russian_label = str(translation.gettext("Course announcements"))
    assert russian_label in by_person[russian.email].body
    assert not Notification.objects.filter(mail_state=MailState.DIGEST).exists()
    digest = NotificationDigest.objects.get(recipient=english)
    assert (digest.day, digest.count) == (dt.date(2026, 12, 3), 3)


def test_a_second_run_the_same_day_sends_nothing_and_the_next_day_sends_what_is_new(
    make_user, mailoutbox
):
    person = _digest_person(make_user)
    with time_machine.travel(at(2, 15), tick=False):
        announce([person], title="Yesterday")
    with time_machine.travel(at(3, 8), tick=False):
        notification_digests_send()
    with time_machine.travel(at(3, 9), tick=False):
        announce([person], title="This morning")
        # The beat restarted, or a second beat process: the day's digest went already.
        assert notification_digests_send() == {"sent": 0, "skipped": 1}
    assert len(mailoutbox) == 1
    with time_machine.travel(at(4, 8), tick=False):
        assert notification_digests_send() == {"sent": 1, "skipped": 0}
    assert len(mailoutbox) == 2
    assert "This morning" in mailoutbox[1].body and "Yesterday" not in mailoutbox[1].body
    with time_machine.travel(at(5, 8), tick=False):
        assert notification_digests_send() == {"sent": 0, "skipped": 0}  # nothing new
    assert len(mailoutbox) == 2


def test_a_notification_at_2359_bishkek_goes_in_the_next_mornings_digest(make_user, mailoutbox):
    person = _digest_person(make_user)
    with time_machine.travel(at(2, 8), tick=False):
        notification_digests_send()  # the morning's run: nothing yet
    with time_machine.travel(at(2, 23, 59), tick=False):  # 17:59 UTC, still the 2nd in UTC
        announce([person], title="Late evening")
    with time_machine.travel(at(3, 8), tick=False):
        assert notification_digests_send() == {"sent": 1, "skipped": 0}
    assert "Late evening" in mailoutbox[0].body
    assert NotificationDigest.objects.get(recipient=person).day == dt.date(2026, 12, 3)


def test_the_digest_day_is_the_bishkek_date_at_the_awkward_hours(
    make_user, mailoutbox, awkward_hour
):
    person = _digest_person(make_user)
    announce([person])
    notification_digests_send()
    assert NotificationDigest.objects.get(recipient=person).day == timezone.localdate()
    assert timezone.localdate() == dt.datetime.now(BISHKEK).date()
    # 18:30 UTC on the 31st is the 1st of January in Bishkek; 17:59 UTC still the 31st.


def test_people_are_taken_in_batches(make_user, mailoutbox, django_assert_max_num_queries):
    people = [_digest_person(make_user) for _ in range(5)]
    with time_machine.travel(at(2, 15), tick=False):
        for person in people:
            announce([person])
    with time_machine.travel(at(3, 8), tick=False):
        assert notification_digests_send(batch=2) == {"sent": 5, "skipped": 0}
    assert sorted(m.to[0] for m in mailoutbox) == sorted(p.email for p in people)


def test_the_digest_waits_for_a_mail_server_that_is_down(make_user, mailoutbox):
    person = _digest_person(make_user)
    announce([person])
    down = mock.patch("django.core.mail.EmailMessage.send", side_effect=OSError("down"))
    with down, pytest.raises(OSError):
        notification_digests_send()
    assert not NotificationDigest.objects.exists()
    assert Notification.objects.get().mail_state == MailState.DIGEST
    assert notification_digests_send() == {"sent": 1, "skipped": 0}


def test_the_digest_runs_at_eight_in_the_morning():
    entry = settings.CELERY_BEAT_SCHEDULE["notifications-digests-send"]
    assert entry["task"] == "lms.notifications.tasks.notification_digests_send"
    assert entry["schedule"].hour == {8} and entry["schedule"].minute == {0}
    assert settings.TIME_ZONE == "Asia/Bishkek"
