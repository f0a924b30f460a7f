"""Catalogue models; import from the package (`from courses.catalogue.models import CoursePage`)."""

from courses.catalogue.models.pages import (
    CourseIndexPage,
    CoursePage,
    EnrolmentMethod,
    LessonPage,
    Level,
    ModulePage,
)
from courses.catalogue.models.taxonomy import Topic

__all__ = [
    "CourseIndexPage",
    "CoursePage",
    "EnrolmentMethod",
    "LessonPage",
    "Level",
    "ModulePage",
    "Topic",
]
