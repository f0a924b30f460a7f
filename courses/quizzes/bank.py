"""The course's question bank: finding or making categories by path.

Importers (GIFT `$CATEGORY`, Moodle XML categories, `.mbz` question banks) and the quiz editor
all place questions through these, so a path names one category per course.
"""

from uuid import UUID

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from courses.quizzes.models import QuestionCategory

DEFAULT_CATEGORY_NAME = _("Default")


@transaction.atomic
def category_for_path(course_key: UUID, path: list[str]) -> QuestionCategory:
    """The category at `path` (names from the top) in the course's bank, made if missing.

    An empty path is the course's default category.
    """
    names = [name.strip() for name in path if name and name.strip()]
    if not names:
        # Stored content, so in the site's language whatever language the request speaks.
        with translation.override(settings.LANGUAGE_CODE):
            names = [str(DEFAULT_CATEGORY_NAME)]
    parent = None
    for name in names:
        parent, _created = QuestionCategory.objects.get_or_create(
            course_key=course_key, parent=parent, name=name[:255]
        )
    return parent


def default_category(course_key: UUID) -> QuestionCategory:
    return category_for_path(course_key, [])
