from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class XapiConfig(AppConfig):
    """xAPI: learning events as xAPI 1.0.3 statements, forwarded to learning record stores."""

    name = "courses.xapi"
    label = "xapi"
    verbose_name = _("xAPI statements")

    def ready(self):
        from courses.xapi import signals  # noqa: F401 - connects the receivers
