from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    """The learning side as a whole: holds only what spans every domain (the demo command).

    Each domain is its own app below this package (courses.catalogue, courses.quizzes, ...).
    """

    name = "courses"
    verbose_name = _("Courses")
