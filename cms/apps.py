from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    """The public site's base: home and standard pages, SEO, shared blocks, site search, sitemap.

    The portal (cms.portal) and news (cms.news) are apps of their own on top of it.
    """

    name = "cms"
    verbose_name = _("Public site")
