from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    """The public site: home page, and later the best-practice portal, news and search."""

    name = "cms"
    verbose_name = _("Public site")
