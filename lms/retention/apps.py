from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RetentionConfig(AppConfig):
    """Retention periods applied every night: inactive accounts, old events, old files."""

    name = "lms.retention"
    label = "retention"
    verbose_name = _("Retention")
