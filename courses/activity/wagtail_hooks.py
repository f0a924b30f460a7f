"""The learning event log's part of a person's data (export, deletion), and its retention."""

import datetime

from django.conf import settings
from django.utils import timezone

from wagtail import hooks

from courses.activity.personal_data import activity_personal_data
from courses.activity.services import learning_events_fold
from lms.privacy.providers import PERSONAL_DATA_PROVIDERS
from lms.retention.hooks import RETENTION_SWEEPS

hooks.register(PERSONAL_DATA_PROVIDERS, activity_personal_data)


@hooks.register(RETENTION_SWEEPS)
def learning_events_retention(now):
    """Fold events from before local midnight RETENTION_LEARNING_EVENT_DAYS ago."""
    day = timezone.localdate(now) - datetime.timedelta(days=settings.RETENTION_LEARNING_EVENT_DAYS)
    before = datetime.datetime.combine(
        day, datetime.time.min, tzinfo=timezone.get_current_timezone()
    )
    return "activity.learning_events_folded", learning_events_fold(before=before)
