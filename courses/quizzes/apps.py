from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    """Quizzes, questions, attempts and grading, GIFT and Moodle XML, the gradebook."""

    name = "courses.quizzes"
    label = "quizzes"
    verbose_name = _("Quizzes")

    def ready(self):
        from courses.quizzes import bank, signals  # noqa: F401 - connects the receivers
