from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    """Learning: course and lesson pages, enrolment, progress, quizzes and certificates."""

    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from courses import signals  # noqa: F401 - connects the receivers
