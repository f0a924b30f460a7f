from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    """News of the platform."""

    name = "cms.news"
    label = "news"
    verbose_name = _("News")
