from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    """Programme reports: figures, breakdowns, charts, exports and the summary."""

    name = "courses.reports"
    label = "reports"
    verbose_name = _("Reports")
