from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SeminarsConfig(AppConfig):
    """Face-to-face seminars: sessions, registration with a waiting list, attendance."""

    name = "courses.seminars"
    label = "seminars"
    verbose_name = _("Seminars")
