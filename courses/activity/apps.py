from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActivityConfig(AppConfig):
    """The learning activity log: an append-only record of what learners did."""

    name = "courses.activity"
    label = "activity"
    verbose_name = _("Learning activity")
