from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutboxConfig(AppConfig):
    """Messages for Celery written in the caller's transaction (lms.outbox.services)."""

    name = "lms.outbox"
    label = "outbox"
    verbose_name = _("Outbox")
