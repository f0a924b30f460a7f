from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CalendarConfig(AppConfig):
    """Deadlines and the calendar: every date that concerns a person, and their private feed."""

    name = "courses.calendar"
    label = "calendar"
    verbose_name = _("Calendar")
