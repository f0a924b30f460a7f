from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SeminarsConfig(AppConfig):
    """Face-to-face seminars: sessions, registration with a waiting list, attendance."""

    name = "courses.seminars"
    label = "seminars"
    verbose_name = _("Seminars")

    def ready(self):
        from django.conf import settings
        from django.db.models.signals import post_save

        from courses.seminars.walk_ins import walk_ins_on_signup

        # Walk-ins with the address of a new account join it (docs/seminars.md, Attendance).
        post_save.connect(
            walk_ins_on_signup,
            sender=settings.AUTH_USER_MODEL,
            dispatch_uid="seminars_walk_ins_on_signup",
        )
