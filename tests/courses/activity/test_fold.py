"""Old learning events folded into months: exact days, idempotent, and the reports' active
learners unchanged by the fold (the hand-counted world of tests/courses/reports/conftest.py)."""

import datetime as dt
import uuid
from zoneinfo import ZoneInfo

import pytest
import time_machine

from courses.activity.models import LearningEvent, LearningEventMonth, LearningObject
from courses.activity.services import learning_events_fold
from courses.activity.wagtail_hooks import learning_events_retention
from courses.reports.selectors.figures import ReportFilters, report_headline
from tests.courses.reports.conftest import (
    END,
    START,
    world,  # noqa: F401 (the hand-counted fixture)
)

pytestmark = pytest.mark.django_db

TZ = ZoneInfo("Asia/Bishkek")
COURSE = uuid.uuid4()


def event(actor, moment, verb="viewed", course_key=COURSE):
    return LearningEvent.objects.create(
        actor=actor,
        verb=verb,
        object_type=LearningObject.LESSON,
        object_key=uuid.uuid4(),
        course_key=course_key,
        created_at=moment,
    )


def months():
    rows = LearningEventMonth.objects.values_list(
        "month", "actor_id", "course_key", "verb", "count", "days"
    )
    return sorted(rows, key=lambda row: (row[0], row[3], str(row[2])))


def test_events_are_folded_by_local_month_and_day(learner):
    # 31 March 23:30 in Bishkek is still March; 1 April 00:30 there is 31 March in UTC.
    event(learner, dt.datetime(2024, 3, 31, 23, 30, tzinfo=TZ))
    event(learner, dt.datetime(2024, 3, 2, 10, tzinfo=TZ))
    event(learner, dt.datetime(2024, 3, 2, 11, tzinfo=TZ))
    event(learner, dt.datetime(2024, 4, 1, 0, 30, tzinfo=TZ))
    event(learner, dt.datetime(2024, 4, 1, 9, tzinfo=TZ), verb="completed", course_key=None)
    assert learning_events_fold(before=dt.datetime(2024, 5, 1, tzinfo=TZ), batch_size=2) == 5
    assert months() == [
        (dt.date(2024, 3, 1), learner.pk, COURSE, "viewed", 3, (1 << 1) | (1 << 30)),
        (dt.date(2024, 4, 1), learner.pk, None, "completed", 1, 1),
        (dt.date(2024, 4, 1), learner.pk, COURSE, "viewed", 1, 1),
    ]
    assert not LearningEvent.objects.exists()


def test_folding_twice_changes_nothing_and_later_events_join_their_month(learner):
    event(learner, dt.datetime(2024, 3, 5, 12, tzinfo=TZ))
    before = dt.datetime(2024, 3, 10, tzinfo=TZ)
    assert learning_events_fold(before=before) == 1
    folded = months()
    assert learning_events_fold(before=before) == 0
    assert months() == folded
    event(learner, dt.datetime(2024, 3, 20, 12, tzinfo=TZ))
    assert learning_events_fold(before=dt.datetime(2024, 4, 1, tzinfo=TZ)) == 1
    assert months() == [
        (dt.date(2024, 3, 1), learner.pk, COURSE, "viewed", 2, (1 << 4) | (1 << 19))
    ]


@pytest.mark.parametrize("hour", [0, 5, 23])
def test_the_sweep_folds_a_day_before_the_period_and_keeps_the_day_after(settings, learner, hour):
    settings.RETENTION_LEARNING_EVENT_DAYS = 730
    now = dt.datetime(2026, 5, 10, hour, 30, tzinfo=TZ)
    cutoff_day = dt.date(2026, 5, 10) - dt.timedelta(days=730)
    old = event(
        learner, dt.datetime.combine(cutoff_day, dt.time(23, 59), tzinfo=TZ) - dt.timedelta(days=1)
    )
    kept = event(learner, dt.datetime.combine(cutoff_day, dt.time(0, 1), tzinfo=TZ))
    with time_machine.travel(now, tick=False):
        assert learning_events_retention(now) == ("activity.learning_events_folded", 1)
        assert learning_events_retention(now) == ("activity.learning_events_folded", 0)
    assert list(LearningEvent.objects.values_list("pk", flat=True)) == [kept.pk]
    assert LearningEventMonth.objects.get().count == 1
    assert not LearningEvent.objects.filter(pk=old.pk).exists()


def active(built, user=None, **filters):
    filters = ReportFilters(date_from=START, **filters)
    return report_headline(user=user or built.manager, filters=filters).active


def views(built):
    """The active-learners figure for periods in the folded range, across the fold's edge and
    after it, for a manager, a trainer and with the people and course filters."""
    key = built.courses["A"].translation_key
    cases = {}
    for date_to in (
        dt.date(2026, 2, 25),
        dt.date(2026, 3, 14),
        dt.date(2026, 3, 18),
        END,
        dt.date(2026, 4, 5),
        dt.date(2026, 4, 30),
    ):
        cases[(date_to, "all")] = active(built, date_to=date_to)
        cases[(date_to, "trainer")] = active(built, user=built.trainers["T1"], date_to=date_to)
        cases[(date_to, "female")] = active(built, date_to=date_to, gender="female")
        cases[(date_to, "course A")] = active(built, date_to=date_to, course_keys=(key,))
        cases[(date_to, "oblast")] = active(built, date_to=date_to, oblast=built.places["O2"].pk)
    return cases


@pytest.mark.parametrize("fold_before", [dt.date(2026, 3, 18), dt.date(2026, 4, 1)])
def test_the_reports_active_learners_are_the_same_after_folding(world, fold_before):  # noqa: F811
    expected = views(world)
    assert expected[(END, "all")] == 3  # L3, L5, L7 (conftest)
    assert expected[(dt.date(2026, 4, 5), "all")] == 4  # and L8, whose event stays raw
    before = dt.datetime.combine(fold_before, dt.time.min, tzinfo=TZ)
    assert learning_events_fold(before=before) > 0
    assert not LearningEvent.objects.filter(created_at__lt=before).exists()
    assert views(world) == expected
