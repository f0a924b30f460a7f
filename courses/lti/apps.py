from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LtiConfig(AppConfig):
    """LTI 1.3 tool: other platforms (Moodle, Canvas) launch our courses and get grades back."""

    name = "courses.lti"
    label = "lti"
    verbose_name = _("LTI")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from courses.lti import signals  # noqa: F401 - connects the receivers
