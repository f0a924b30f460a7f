from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogueConfig(AppConfig):
    """Catalogue: course, module and lesson pages, lesson blocks, topics, trainer rights, review."""

    name = "courses.catalogue"
    label = "catalogue"
    verbose_name = _("Course catalogue")

    def ready(self):
        from courses.catalogue import signals  # noqa: F401 - connects the receivers
