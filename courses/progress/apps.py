from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgressConfig(AppConfig):
    """Lesson and course completion, My learning and the trainers' view of their learners."""

    name = "courses.progress"
    label = "progress"
    verbose_name = _("Progress")
