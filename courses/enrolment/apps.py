from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EnrolmentConfig(AppConfig):
    """Enrolments, enrolment methods and requests, pre-enrolment and bulk enrolment."""

    name = "courses.enrolment"
    label = "enrolment"
    verbose_name = _("Enrolment")

    def ready(self):
        from courses.enrolment import signals  # noqa: F401 - connects the receivers
