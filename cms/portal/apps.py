from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """The best-practice portal: cases, their facets and search, feeds, proposals."""

    name = "cms.portal"
    label = "portal"
    verbose_name = _("Best practices")
