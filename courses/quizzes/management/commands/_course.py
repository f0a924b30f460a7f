"""Shared by `questions_import` and `questions_export`: the course named on the command line."""

from uuid import UUID

from django.core.management.base import CommandError

from courses.catalogue.models import CoursePage


def course_from_argument(value: str) -> CoursePage:
    """A course by page id, slug or translation key (any language's page of it)."""
    courses = CoursePage.objects.all()
    course = None
    if value.isdigit():
        course = courses.filter(pk=int(value)).first()
    else:
        try:
            key = UUID(value)
        except ValueError:
            course = courses.filter(slug=value).order_by("pk").first()
        else:
            course = courses.filter(translation_key=key).order_by("pk").first()
    if course is None:
        raise CommandError(f"No course {value!r} (give its page id, slug or translation key).")
    return course


def category_from_argument(course_key, name: str | None):
    """The category `name` ("Top/Sub" for a path) of the course's bank, made if missing."""
    from courses.quizzes import bank

    if not name:
        return None
    return bank.category_for_path(course_key, [part for part in name.split("/") if part.strip()])
