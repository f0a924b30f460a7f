"""notify(): what is written for whom, in which language and e-mail state; reading and the
preferences; the kept unread count (docs/notifications.md)."""

from django.utils import translation

import pytest

from lms.notifications.counts import unread_count
from lms.notifications.kinds import KINDS, Delivery, deliveries_allowed
from lms.notifications.models import MailState, Notification, NotificationPreference
from lms.notifications.services import (
    notification_open,
    notifications_read_all,
    notify,
    preferences_get,
    preferences_save,
    unsubscribe_apply,
)
from lms.outbox.models import OutboxMessage
from tests.lms.notifications.conftest import announce

pytestmark = pytest.mark.django_db


def test_each_person_gets_it_in_their_language(make_user):
    ky = make_user(preferred_language="ky")
    ru = make_user(preferred_language="ru")
    rows = announce([ky, ru], title="Notifications")
    titles = {row.recipient_id: row.title for row in rows}
    with translation.override("ru"):
        russian = translation.gettext("Notifications")
    assert titles[ru.pk] == russian
    assert titles[ky.pk] != "" and len(rows) == 2


def test_inactive_and_missing_people_get_nothing(make_user):
    gone = make_user(is_active=False)
    assert announce([gone, None]) == []


def test_the_mail_state_follows_the_persons_choice_and_the_kinds_rules(make_user):
    person = make_user()
    NotificationPreference.objects.create(user=person, kind="reply", delivery=Delivery.NEVER)
    NotificationPreference.objects.create(user=person, kind="grade", delivery=Delivery.DIGEST)
    # A row left from before the rules: announcements may not be turned off, so mail goes.
    NotificationPreference.objects.create(user=person, kind="announcement", delivery=Delivery.NEVER)
    states = {
        kind: announce([person], kind=kind)[0].mail_state
        for kind in ("reply", "grade", "announcement", "deadline", "certificate")
    }
    assert states == {
        "reply": MailState.NONE,
        "grade": MailState.DIGEST,
        "announcement": MailState.NOW,
        "deadline": MailState.DIGEST,  # the kind's default
        "certificate": MailState.NOW,
    }


def test_a_dedupe_key_writes_one_notification_per_person(make_user):
    person = make_user()
    announce([person], kind="reminder", dedupe_key="reminder:course:1")
    assert announce([person], kind="reminder", dedupe_key="reminder:course:1") == []
    assert Notification.objects.filter(recipient=person).count() == 1


def test_at_once_mail_goes_through_the_outbox_after_commit(
    make_user, mailoutbox, django_capture_on_commit_callbacks
):
    person = make_user()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        notify([person], "grade", render=lambda: ("Graded", ""))
    assert mailoutbox == []  # nothing before the commit
    for callback in callbacks:
        callback()
    assert len(mailoutbox) == 1


def test_without_mail_the_notification_is_listed_and_nothing_is_queued(
    make_user, mailoutbox, django_capture_on_commit_callbacks
):
    """For news whose own e-mail exists already (the certificate's PDF, Wagtail's review mail)."""
    person = make_user()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        written = notify([person], "certificate", render=lambda: ("Earned", ""), mail=False)
    assert [row.mail_state for row in written] == [MailState.NONE]
    assert OutboxMessage.objects.count() == 0  # nothing to hand over
    assert len(callbacks) == 1  # only the unread count's renewal
    assert mailoutbox == []
    assert unread_count(person) == 1


def test_the_unread_count_is_kept_and_renewed_on_every_change(make_user, django_assert_num_queries):
    person = make_user()
    assert unread_count(person) == 0
    first, second = announce([person]) + announce([person])
    with django_assert_num_queries(1):  # renewed: read once
        assert unread_count(person) == 2
    with django_assert_num_queries(0):  # kept
        assert unread_count(person) == 2
    notification_open(user=person, notification_id=first.pk)
    assert unread_count(person) == 1
    notification_open(user=person, notification_id=first.pk)  # twice: still one read
    assert unread_count(person) == 1
    assert notifications_read_all(user=person) == 1
    assert unread_count(person) == 0


def test_nobody_opens_someone_elses_notification(make_user):
    owner, other = make_user(), make_user()
    (row,) = announce([owner])
    assert notification_open(user=other, notification_id=row.pk) is None
    row.refresh_from_db()
    assert row.read_at is None


def test_preferences_keep_only_allowed_choices_and_no_row_for_a_default(make_user):
    person = make_user()
    changed = preferences_save(
        user=person,
        choices={
            "reply": Delivery.DIGEST,
            "announcement": Delivery.NEVER,  # not allowed
            "security": Delivery.DIGEST,  # not allowed
            "grade": Delivery.NOW,  # the default
            "nonsense": Delivery.NEVER,
        },
    )
    assert changed == ["reply"]
    assert list(NotificationPreference.objects.values_list("kind", "delivery")) == [
        ("reply", "digest")
    ]
    assert preferences_get(user=person)["announcement"] == Delivery.NOW
    preferences_save(user=person, choices={"reply": Delivery.NOW})
    assert not NotificationPreference.objects.exists()


def test_turning_a_kind_off_cancels_its_mail_waiting_for_the_digest(make_user):
    person = make_user()
    (waiting,) = announce([person], kind="deadline")
    preferences_save(user=person, choices={"deadline": Delivery.NEVER})
    waiting.refresh_from_db()
    assert waiting.mail_state == MailState.NONE


def test_unsubscribe_stops_a_kind_moves_announcements_to_the_digest_and_keeps_security(
    make_user,
):
    person = make_user()
    assert unsubscribe_apply(user=person, kind_code="reply") == "unsubscribed"
    assert unsubscribe_apply(user=person, kind_code="announcement") == "digest"
    assert unsubscribe_apply(user=person, kind_code="security") == "not_allowed"
    chosen = preferences_get(user=person)
    assert (chosen["reply"], chosen["announcement"], chosen["security"]) == (
        "never",
        "digest",
        "now",
    )


def test_unsubscribing_from_the_digest_stops_every_digest_kind_it_may(make_user):
    person = make_user()
    preferences_save(user=person, choices={"announcement": "digest", "grade": "digest"})
    unsubscribe_apply(user=person, kind_code="digest")
    chosen = preferences_get(user=person)
    assert chosen["grade"] == chosen["deadline"] == chosen["case"] == "never"
    assert chosen["announcement"] == "digest"  # may not be turned off
    assert chosen["reply"] == "now"  # was not in the digest


def test_every_kind_offers_at_once_and_security_nothing_else():
    for kind in KINDS.values():
        assert deliveries_allowed(kind)[0] == Delivery.NOW
    assert deliveries_allowed(KINDS["security"]) == [Delivery.NOW]
    assert deliveries_allowed(KINDS["announcement"]) == [Delivery.NOW, Delivery.DIGEST]
