from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """The best-practice portal: cases, their facets and search, feeds, proposals."""

    name = "cms.portal"
    label = "portal"
    verbose_name = _("Best practices")

    def ready(self):
        from wagtail.signals import page_published

        from cms.portal.follows import case_published
        from cms.portal.models import CaseStudyPage

        page_published.connect(
            case_published, sender=CaseStudyPage, dispatch_uid="portal_case_published"
        )
