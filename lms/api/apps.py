from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    """The REST API's foundation; the course apps add their routers through API_ROUTERS."""

    name = "lms.api"
    label = "api"
    verbose_name = _("API")
