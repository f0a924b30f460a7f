from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlacesConfig(AppConfig):
    """Oblasts, districts, municipalities and clusters: where learners and cases are."""

    name = "lms.places"
    label = "places"
    verbose_name = _("Places")
