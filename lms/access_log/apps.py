from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccessLogConfig(AppConfig):
    """Who looked at whose personal data: staff views of records and exports with names."""

    name = "lms.access_log"
    label = "access_log"
    verbose_name = _("Access log")
