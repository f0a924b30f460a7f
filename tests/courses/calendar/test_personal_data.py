"""The calendar's personal data: the export says a feed exists and when, never its secret;
deletion removes the feeds."""

import pytest

from courses.calendar.models import CalendarFeed
from courses.calendar.personal_data import calendar_personal_data
from courses.calendar.services import feed_create
from lms.privacy.providers import personal_data_providers

pytestmark = pytest.mark.django_db


def test_export_and_erase(learner, make_user):
    provider = calendar_personal_data()
    assert provider.key in {p.key for p in personal_data_providers()}
    assert provider.describe(learner) is None
    old = feed_create(user=learner)
    feed = feed_create(user=learner)
    other = feed_create(user=make_user(role="Learner"))
    records = list(provider.records(learner))
    assert len(records) == 2
    assert records[0]["turned_off_at"] and records[1]["turned_off_at"] is None
    assert all(old.token not in str(r) and feed.token not in str(r) for r in records)
    assert provider.describe(learner)
    assert provider.erase(learner) == 2
    assert list(CalendarFeed.objects.values_list("pk", flat=True)) == [other.pk]
