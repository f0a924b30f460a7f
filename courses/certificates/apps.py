from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    """Certificates: issuing, rendering, verification and Open Badges."""

    name = "courses.certificates"
    label = "certificates"
    verbose_name = _("Certificates")

    def ready(self):
        from courses.certificates import signals  # noqa: F401 - connects the receivers
