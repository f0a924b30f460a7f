from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LmsConfig(AppConfig):
    """Site-wide templates, static files, translations and management commands."""

    name = "lms"
    verbose_name = _("Platform")

    def ready(self):
        from lms import signals  # noqa: F401 - connects the page cache receivers
        from lms.slugs import slug_widget_register

        slug_widget_register()
