"""The notifications' personal data: exported with the rest, erased on deletion, and the
retention run's sweep (read notifications after 180 days, digest records after 400)."""

import datetime as dt

from django.utils import timezone, translation

import pytest

from lms.notifications.models import Notification, NotificationDigest, NotificationPreference
from lms.notifications.personal_data import notifications_provider
from lms.notifications.services import notifications_expire, preferences_save
from lms.privacy.providers import personal_data_providers
from lms.retention.hooks import retention_sweeps
from tests.lms.notifications.conftest import announce

pytestmark = pytest.mark.django_db


def test_the_provider_is_registered_for_the_three_models():
    (provider,) = [p for p in personal_data_providers() if p.key == "notifications"]
    assert set(provider.models) == {
        "notifications.Notification",
        "notifications.NotificationPreference",
        "notifications.NotificationDigest",
    }


def test_the_export_holds_the_persons_notifications_choices_and_digests(make_user):
    person, other = make_user(), make_user()
    announce([person], title="Mine", body="Text")
    announce([other], title="Theirs")
    preferences_save(user=person, choices={"reply": "never"})
    NotificationDigest.objects.create(recipient=person, day=dt.date(2026, 12, 3), count=2)
    records = list(notifications_provider().records(person))
    assert [r["title"] for r in records if r["type"] == "notification"] == ["Mine"]
    assert {"type": "preference", "kind": "reply", "email": "never"} in records
    assert [r["day"] for r in records if r["type"] == "digest"] == ["2026-12-03"]


def test_deletion_erases_them_and_leaves_others(make_user):
    person, other = make_user(), make_user()
    announce([person, other])
    preferences_save(user=person, choices={"reply": "never"})
    NotificationDigest.objects.create(recipient=person, day=dt.date(2026, 12, 3))
    provider = notifications_provider()
    with translation.override("en"):
        assert "1 notifications" in provider.describe(person)
    assert provider.erase(person) == 3
    assert not Notification.objects.filter(recipient=person).exists()
    assert not NotificationPreference.objects.filter(user=person).exists()
    assert not NotificationDigest.objects.filter(recipient=person).exists()
    assert Notification.objects.filter(recipient=other).count() == 1
    assert provider.describe(person) is None


def test_retention_deletes_old_read_notifications_and_old_digest_records(make_user, settings):
    assert settings.RETENTION_NOTIFICATION_DAYS == 180
    assert settings.RETENTION_NOTIFICATION_DIGEST_DAYS == 400
    person = make_user()
    now = timezone.now()
    old_read, old_unread, recent_read = announce([person]) + announce([person]) + announce([person])
    Notification.objects.filter(pk__in=[old_read.pk, old_unread.pk]).update(
        created_at=now - dt.timedelta(days=300)
    )
    Notification.objects.filter(pk=old_read.pk).update(read_at=now - dt.timedelta(days=181))
    Notification.objects.filter(pk=recent_read.pk).update(read_at=now - dt.timedelta(days=179))
    today = timezone.localdate(now)
    NotificationDigest.objects.create(recipient=person, day=today - dt.timedelta(days=401))
    NotificationDigest.objects.create(recipient=person, day=today - dt.timedelta(days=399))
    assert notifications_expire(now=now) == 2
    assert set(Notification.objects.values_list("pk", flat=True)) == {
        old_unread.pk,
        recent_read.pk,
    }
    assert NotificationDigest.objects.count() == 1
    assert notifications_expire(now=now) == 0  # a second run the same night removes nothing


def test_the_nightly_run_includes_the_sweep(make_user):
    labels = [sweep(timezone.now())[0] for sweep in retention_sweeps()]
    assert "notifications.read_and_digests" in labels
