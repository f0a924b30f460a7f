"""Notifications' personal-data provider and retention sweep."""

from wagtail import hooks

from lms.notifications import personal_data, services
from lms.privacy.providers import PERSONAL_DATA_PROVIDERS
from lms.retention.hooks import RETENTION_SWEEPS

hooks.register(PERSONAL_DATA_PROVIDERS, personal_data.notifications_provider)


@hooks.register(RETENTION_SWEEPS, order=60)
def notifications_retention(now):
    return "notifications.read_and_digests", services.notifications_expire(now=now)
