from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MoodleConfig(AppConfig):
    """Whole courses brought in from Moodle backups (.mbz)."""

    name = "courses.moodle"
    label = "moodle"
    verbose_name = _("Moodle import")
