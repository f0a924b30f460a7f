from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RemindersConfig(AppConfig):
    """Reminders that bring learners back: inactivity, due dates, trainers' nudges, and the log."""

    name = "courses.reminders"
    label = "reminders"
    verbose_name = _("Reminders")
