"""Unused accounts: warned once in their language, anonymised after the warning period unless
they sign in; staff never. The clock is frozen at NOW (Bishkek)."""

import datetime as dt
from zoneinfo import ZoneInfo

from django.contrib.auth.models import Group
from django.core import mail

import pytest
import time_machine

from lms.accounts.selectors import COURSE_TRAINERS_PREFIX
from lms.retention import services
from lms.retention.models import InactivityWarning

pytestmark = pytest.mark.django_db

TZ = ZoneInfo("Asia/Bishkek")
NOW = dt.datetime(2026, 5, 10, 3, 30, tzinfo=TZ)
DAYS = 1095
WARNING_DAYS = 30


@pytest.fixture(autouse=True)
def _periods(settings):
    settings.RETENTION_INACTIVE_ACCOUNT_DAYS = DAYS
    settings.RETENTION_INACTIVE_WARNING_DAYS = WARNING_DAYS


@pytest.fixture
def anonymised(monkeypatch):
    """account_anonymise replaced by a recorder (the real one is tested by privacy and below)."""
    calls = []

    def fake(user, *, reason, actor=None):
        calls.append((user.pk, reason, actor))
        user.is_active = False
        user.save(update_fields=["is_active"])

    monkeypatch.setattr("lms.privacy.services.account_anonymise", fake)
    return calls


def idle(make_user, days: float, **fields):
    """A learner whose last sign-in was `days` before NOW."""
    user = make_user(role="Learner", **fields)
    user.last_login = NOW - dt.timedelta(days=days)
    user.date_joined = NOW - dt.timedelta(days=days + 10)
    user.save(update_fields=["last_login", "date_joined"])
    return user


def warn(django_capture_on_commit_callbacks, at=NOW) -> int:
    with time_machine.travel(at, tick=False), django_capture_on_commit_callbacks(execute=True):
        return services.inactive_accounts_warn(now=at)


def anonymise(at) -> int:
    with time_machine.travel(at, tick=False):
        return services.inactive_accounts_anonymise(now=at)


def test_warned_a_day_after_the_period_not_a_day_before(
    make_user, django_capture_on_commit_callbacks
):
    before = idle(make_user, DAYS - 1)
    after = idle(make_user, DAYS + 1)
    never = make_user(role="Learner")
    never.date_joined = NOW - dt.timedelta(days=DAYS + 1)
    never.save(update_fields=["date_joined"])
    assert warn(django_capture_on_commit_callbacks) == 2
    assert set(InactivityWarning.objects.values_list("user_id", flat=True)) == {after.pk, never.pk}
    assert sorted(message.to[0] for message in mail.outbox) == sorted([after.email, never.email])
    assert not InactivityWarning.objects.filter(user=before).exists()


def test_the_warning_goes_once_in_the_recipients_language(
    make_user, django_capture_on_commit_callbacks
):
    user = idle(make_user, DAYS + 1, preferred_language="ru")
    assert warn(django_capture_on_commit_callbacks) == 1
    assert warn(django_capture_on_commit_callbacks, NOW + dt.timedelta(days=1)) == 0
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [user.email]
    assert "Муниципальная академия" in message.from_email  # the sender's name in Russian
    assert "/ru/accounts/login/" in message.body
    assert "9 июня 2026" in message.body  # the deadline, 30 days on, as Russian writes dates
    assert InactivityWarning.objects.get(user=user).emailed_at == NOW


@pytest.mark.parametrize(
    "staff",
    ["Trainer", "Reviewer", "Manager", "course_trainer", "is_superuser", "is_staff"],
)
def test_staff_are_never_warned_nor_anonymised(
    make_user, staff, anonymised, django_capture_on_commit_callbacks
):
    user = idle(make_user, DAYS * 3)
    if staff == "course_trainer":
        user.groups.add(Group.objects.create(name=f"{COURSE_TRAINERS_PREFIX}Budget"))
    elif staff in ("is_superuser", "is_staff"):
        setattr(user, staff, True)
        user.save()
    else:
        user.groups.add(Group.objects.get(name=staff))
    # Even one warned before becoming staff.
    InactivityWarning.objects.create(user=user, created_at=NOW - dt.timedelta(days=90))
    InactivityWarning.objects.filter(user=user).update(emailed_at=NOW - dt.timedelta(days=90))
    assert warn(django_capture_on_commit_callbacks) == 0
    assert anonymise(NOW) == 0
    assert anonymised == [] and mail.outbox == []


def test_anonymised_a_day_after_the_warning_period_not_a_day_before(
    make_user, anonymised, django_capture_on_commit_callbacks
):
    user = idle(make_user, DAYS + 1)
    warn(django_capture_on_commit_callbacks)
    assert anonymise(NOW + dt.timedelta(days=WARNING_DAYS - 1)) == 0
    assert anonymised == []
    assert anonymise(NOW + dt.timedelta(days=WARNING_DAYS + 1)) == 1
    assert anonymised == [(user.pk, "inactive", None)]
    assert anonymise(NOW + dt.timedelta(days=WARNING_DAYS + 2)) == 0  # idempotent


def test_signing_in_after_the_warning_keeps_the_account(
    make_user, anonymised, django_capture_on_commit_callbacks
):
    user = idle(make_user, DAYS + 1)
    warn(django_capture_on_commit_callbacks)
    user.last_login = NOW + dt.timedelta(days=3)
    user.save(update_fields=["last_login"])
    later = NOW + dt.timedelta(days=WARNING_DAYS + 1)
    assert anonymise(later) == 0
    assert warn(django_capture_on_commit_callbacks, later) == 0
    assert not InactivityWarning.objects.exists()  # withdrawn: a new spell warns again
    assert anonymised == []


def test_an_unsent_warning_anonymises_nobody(make_user, anonymised):
    user = idle(make_user, DAYS + 1)
    InactivityWarning.objects.create(user=user, created_at=NOW - dt.timedelta(days=90))
    assert anonymise(NOW) == 0


def test_the_real_anonymisation_removes_name_and_address(
    make_user, django_capture_on_commit_callbacks
):
    user = idle(make_user, DAYS + 1, full_name="Айгүл Асанова")
    warn(django_capture_on_commit_callbacks)
    assert anonymise(NOW + dt.timedelta(days=WARNING_DAYS + 1)) == 1
    user.refresh_from_db()
    assert (user.full_name, user.email, user.is_active) == ("", f"deleted-{user.pk}@invalid", False)
    assert not user.has_usable_password()
    assert not InactivityWarning.objects.exists()
