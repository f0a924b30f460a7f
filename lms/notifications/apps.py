from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    """What the platform tells a person: the notification list, the bell and the e-mails."""

    name = "lms.notifications"
    label = "notifications"
    verbose_name = _("Notifications")
