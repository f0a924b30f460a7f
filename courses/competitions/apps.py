from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CompetitionsConfig(AppConfig):
    """Competitions of municipalities and clusters: calls, applications, the jury, results."""

    name = "courses.competitions"
    label = "competitions"
    verbose_name = _("Competitions")
