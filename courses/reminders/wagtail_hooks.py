"""Reminders' part of the personal-data rights (lms.privacy)."""

from wagtail import hooks

from courses.reminders.personal_data import reminders_personal_data
from lms.privacy.providers import PERSONAL_DATA_PROVIDERS

hooks.register(PERSONAL_DATA_PROVIDERS, reminders_personal_data)
