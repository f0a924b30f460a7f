from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogueConfig(AppConfig):
    """Catalogue: course, module and lesson pages, lesson blocks, topics, trainer rights, review."""

    name = "courses.catalogue"
    label = "catalogue"
    verbose_name = _("Course catalogue")

    def ready(self):
        from wagtail.models import Page
        from wagtail.permissions import register_permission_policy

        from courses.catalogue import (
            signals,  # noqa: F401 - connects the receivers
            workflow_names,  # noqa: F401 - the review's names translated
        )
        from courses.catalogue.permissions import CoursePagePermissionPolicy
        from courses.catalogue.review_notifications import connect

        connect()  # review steps as notifications (kind "review")

        # Every page's policy (Wagtail looks pages up by class): ownership grants nothing in
        # the course tree. Registered here, before any admin view asks for it.
        register_permission_policy(Page, CoursePagePermissionPolicy())
