from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    """A person's rights over their data: download it, have the account deleted, retention."""

    name = "lms.privacy"
    label = "privacy"
    verbose_name = _("Personal data")
