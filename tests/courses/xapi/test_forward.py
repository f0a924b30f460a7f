"""Forwarding statements to each LRS: batches, retries with growing pauses, refusals, several
stores, the outbox and the beat sweep, retention and a person's data (docs/xapi.md). The LRS
here is a stand-in recording each POST; tests/courses/xapi/test_ralph.py uses a real one."""

import datetime as dt

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone, translation

import pytest
import time_machine

from courses.activity.services import learning_event_record
from courses.xapi import services
from courses.xapi.lrs import LrsUnavailable, lrs_configured
from courses.xapi.models import XapiDelivery, XapiStatement
from courses.xapi.personal_data import xapi_personal_data
from courses.xapi.tasks import xapi_statements_forward
from lms.privacy.providers import personal_data_providers
from lms.retention.hooks import retention_sweeps

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 12, 3, 8, 0, tzinfo=dt.UTC)


class StandInLrs:
    """Answers each POST with the next planned status (default 200) and keeps what it stored,
    dropping a statement whose id it already holds, as the specification says."""

    def __init__(self):
        self.posts: list[tuple[str, list[str]]] = []
        self.plan: dict[str, list] = {}
        self.stored: dict[str, list[str]] = {}
        self.refuse: set[str] = set()

    def __call__(self, lrs, statements):
        ids = [statement["id"] for statement in statements]
        self.posts.append((lrs.name, ids))
        planned = self.plan.get(lrs.name) or []
        answer = planned.pop(0) if planned else 200
        if answer == "down":
            raise LrsUnavailable("connection refused")
        if answer == 200 and self.refuse & set(ids):
            answer = 400
        if answer in (200, 204):
            held = self.stored.setdefault(lrs.name, [])
            held += [i for i in ids if i not in held]
        return answer, ""


@pytest.fixture
def lrs(xapi_on, monkeypatch):
    stand_in = StandInLrs()
    monkeypatch.setattr(services, "statements_post", stand_in)
    return stand_in


@pytest.fixture
def course(make_course):
    return make_course(lessons=1, modules=0)


@pytest.fixture
def record(learner, course):
    def make(count=1, actor=None):
        events = [
            learning_event_record(
                actor=actor or learner,
                verb="viewed",
                object_type="lesson",
                object_key=course.translation_key,
                course_key=course.translation_key,
            )
            for _ in range(count)
        ]
        statements = XapiStatement.objects.filter(event_id__in=[e.pk for e in events])
        return [str(s.pk) for s in statements.order_by("event_id")]

    return make


def _forward(now=NOW):
    with time_machine.travel(now, tick=False):
        return xapi_statements_forward.apply().get()


def test_statements_go_in_batches_each_once(lrs, record, settings):
    settings.XAPI_BATCH_SIZE = 2
    ids = record(5)
    assert _forward() == {"main": {"sent": 5, "rejected": 0, "failed": 0}}
    assert [len(batch) for _name, batch in lrs.posts] == [2, 2, 1]
    assert sorted(lrs.stored["main"]) == sorted(ids)
    assert XapiDelivery.objects.filter(lrs="main", sent_at=NOW).count() == 5
    # Nothing is left to send: a second run posts nothing.
    lrs.posts.clear()
    assert _forward()["main"]["sent"] == 0
    assert lrs.posts == []


def test_an_lrs_that_is_away_is_tried_again_after_growing_pauses(lrs, record):
    ids = record(2)
    lrs.plan["main"] = ["down", "down"]
    assert _forward()["main"] == {"sent": 0, "rejected": 0, "failed": 2}
    delivery = XapiDelivery.objects.get(statement_id=ids[0])
    assert (delivery.attempts, delivery.sent_at) == (1, None)
    assert delivery.next_try_at == NOW + dt.timedelta(minutes=1)
    assert "connection refused" in delivery.last_error
    # Within the pause nothing is posted; after it, a second failure doubles the pause.
    assert _forward(NOW + dt.timedelta(seconds=30))["main"]["failed"] == 0
    assert len(lrs.posts) == 1
    _forward(NOW + dt.timedelta(minutes=1))
    delivery.refresh_from_db()
    assert delivery.attempts == 2
    assert delivery.next_try_at == NOW + dt.timedelta(minutes=3)
    assert _forward(NOW + dt.timedelta(minutes=3))["main"]["sent"] == 2
    assert sorted(lrs.stored["main"]) == sorted(ids)
    delivery.refresh_from_db()
    assert (delivery.attempts, delivery.sent_at) == (3, NOW + dt.timedelta(minutes=3))


def test_a_server_error_is_retried_like_an_absence(lrs, record):
    record(1)
    lrs.plan["main"] = [503]
    assert _forward()["main"]["failed"] == 1
    assert XapiDelivery.objects.get().last_error.startswith("503")


def test_a_statement_the_lrs_refuses_is_not_retried_and_does_not_hold_up_the_others(lrs, record):
    ids = record(3)
    lrs.refuse = {ids[1]}
    assert _forward()["main"] == {"sent": 2, "rejected": 1, "failed": 0}
    assert sorted(lrs.stored["main"]) == sorted([ids[0], ids[2]])
    refused = XapiDelivery.objects.get(statement_id=ids[1])
    assert refused.rejected_at == NOW and refused.sent_at is None
    lrs.posts.clear()
    _forward(NOW + dt.timedelta(days=1))
    assert lrs.posts == []


def test_a_conflict_on_a_batch_is_settled_statement_by_statement(lrs, record):
    ids = record(3)
    # The whole batch is answered 409 (one id held, differently); alone, each is judged.
    lrs.plan["main"] = [409, 204, 409, 204]
    assert _forward()["main"] == {"sent": 3, "rejected": 0, "failed": 0}
    assert [batch for _name, batch in lrs.posts] == [ids, [ids[0]], [ids[1]], [ids[2]]]


def test_each_lrs_gets_each_statement_once_and_one_away_does_not_stop_the_other(
    lrs, record, settings
):
    settings.XAPI_LRS = [
        {"name": "ministry", "endpoint": "https://lrs.gov.kg/xAPI/"},
        {"name": "donor", "endpoint": "https://lrs.donor.org/xapi"},
    ]
    ids = record(2)
    lrs.plan["donor"] = ["down"]
    result = _forward()
    assert result["ministry"]["sent"] == 2 and result["donor"]["failed"] == 2
    _forward(NOW + dt.timedelta(minutes=1))
    assert sorted(lrs.stored["ministry"]) == sorted(lrs.stored["donor"]) == sorted(ids)
    assert [name for name, _batch in lrs.posts] == ["ministry", "donor", "donor"]


def test_a_run_already_forwarding_to_an_lrs_is_not_doubled(lrs, record):
    record(1)
    cache.add("xapi:forward:main", 1, 60)
    assert _forward()["main"]["sent"] == 0
    assert lrs.posts == []


def test_new_statements_are_forwarded_through_the_outbox_when_the_event_commits(
    lrs, record, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ids = record(1)
    assert lrs.stored["main"] == ids


def test_beat_sweeps_every_minute():
    schedule = settings.CELERY_BEAT_SCHEDULE["courses-xapi-statements-forward"]
    assert schedule["task"] == "courses.xapi.tasks.xapi_statements_forward"
    assert schedule["schedule"] == dt.timedelta(minutes=1)


@pytest.mark.parametrize(
    "setting",
    [
        [{"endpoint": "https://lrs.example.org/xAPI/"}],
        [{"name": "a", "endpoint": "ftp://lrs.example.org/"}],
        [{"name": "a", "endpoint": "https://a/"}, {"name": "a", "endpoint": "https://b/"}],
        ["https://lrs.example.org/xAPI/"],
    ],
)
def test_a_malformed_lrs_setting_is_said_at_once(settings, setting):
    settings.XAPI_LRS = setting
    with pytest.raises(ImproperlyConfigured):
        lrs_configured()


# ---- retention and a person's data -------------------------------------------------------


def test_statements_every_lrs_took_over_90_days_ago_are_deleted(lrs, record, settings):
    settings.XAPI_LRS = [
        {"name": "ministry", "endpoint": "https://lrs.gov.kg/xAPI/"},
        {"name": "donor", "endpoint": "https://lrs.donor.org/xapi"},
    ]
    with time_machine.travel(NOW, tick=False):
        old = record(2)
    lrs.plan["donor"] = [200, "down"]
    settings.XAPI_BATCH_SIZE = 1
    _forward()  # old[0] to both; old[1] to the ministry only
    with time_machine.travel(NOW + dt.timedelta(days=89), tick=False):
        recent = record(1)
    sweep = next(s for s in retention_sweeps() if s.__name__ == "xapi_statements_retention")
    assert sweep(NOW + dt.timedelta(days=90, hours=1)) == ("xapi.statements_deleted", 1)
    assert sorted(str(pk) for pk in XapiStatement.objects.values_list("pk", flat=True)) == sorted(
        [old[1], *recent]
    )
    assert sweep(NOW + dt.timedelta(days=90, hours=2))[1] == 0


def test_the_export_holds_the_statements_about_the_person(lrs, record, learner, make_user):
    mine = record(2)
    record(1, actor=make_user(role="Learner"))
    _forward()
    assert "xapi_statements" in [provider.key for provider in personal_data_providers()]
    records = list(xapi_personal_data().records(learner))
    assert [r["statement"]["id"] for r in records] == mine
    assert records[0]["sent_to"] == [{"lrs": "main", "at": timezone.localtime(NOW).isoformat()}]


def test_deletion_drops_unsent_statements_and_keeps_sent_ones_without_the_person(
    lrs, record, learner, settings
):
    sent = record(1)
    _forward()
    unsent = record(1)
    provider = xapi_personal_data()
    with translation.override("en"):
        assert "2 xAPI statements" in provider.describe(learner)
    assert provider.erase(learner) == 2
    assert not XapiStatement.objects.filter(pk=unsent[0]).exists()
    kept = XapiStatement.objects.get(pk=sent[0])
    assert kept.actor is None
    assert kept.payload["actor"] == {
        "objectType": "Agent",
        "account": {"homePage": settings.SITE_URL, "name": "anonymous"},
    }
    assert list(provider.records(learner)) == []
