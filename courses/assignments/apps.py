from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AssignmentsConfig(AppConfig):
    """Assignments: work learners hand in, rubrics, grading, feedback and its release."""

    name = "courses.assignments"
    label = "assignments"
    verbose_name = _("Assignments")
