from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesApiConfig(AppConfig):
    """Routers of the REST API for the catalogue, enrolment, progress, certificates, the portal."""

    name = "courses.api"
    label = "courses_api"
    verbose_name = _("Courses API")
