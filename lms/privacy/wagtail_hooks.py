"""The foundation's personal-data providers (lms/privacy/personal_data.py)."""

from wagtail import hooks

from lms.privacy import personal_data
from lms.privacy.providers import PERSONAL_DATA_PROVIDERS

for provider_factory in (
    personal_data.account_provider,
    personal_data.sign_in_provider,
    personal_data.policies_provider,
    personal_data.access_log_provider,
    personal_data.privacy_provider,
    personal_data.wagtail_provider,
):
    hooks.register(PERSONAL_DATA_PROVIDERS, provider_factory)
