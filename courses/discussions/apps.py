from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscussionsConfig(AppConfig):
    """Course discussions: announcements, discussion topics, lesson questions, moderation."""

    name = "courses.discussions"
    label = "discussions"
    verbose_name = _("Discussions")
