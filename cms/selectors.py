"""Read queries for the public pages."""

from dataclasses import dataclass

from django.apps import apps
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

# Page types named by label, so cms never imports courses; a section shows once its type exists.
HOME_SECTIONS = (
    ("catalogue.CoursePage", _("Courses")),
    ("portal.CaseStudyPage", _("Best practices")),
    ("news.NewsPage", _("Latest news")),
)
HOME_SECTION_SIZE = 3


@dataclass(frozen=True)
class HomeSection:
    title: str
    items: list


def home_sections(*, locale: Locale) -> list[HomeSection]:
    """The newest live pages of each section type in this locale: one query per existing type."""
    sections = []
    for label, title in HOME_SECTIONS:
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        items = list(
            model.objects.live()
            .public()
            .filter(locale=locale)
            .order_by("-first_published_at")[:HOME_SECTION_SIZE]
        )
        if items:
            sections.append(HomeSection(title=str(title), items=items))
    return sections
