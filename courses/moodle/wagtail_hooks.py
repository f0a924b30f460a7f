"""The Moodle import in the Wagtail admin: its screens, menu item and personal-data provider."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from courses.moodle.personal_data import moodle_personal_data
from lms.privacy.providers import PERSONAL_DATA_PROVIDERS


@hooks.register("register_admin_urls")
def moodle_admin_urls():
    from courses.moodle import admin_views

    return [
        path(
            "moodle-import/",
            include(
                (
                    [
                        path("", admin_views.import_index, name="index"),
                        path("<int:import_id>/", admin_views.import_job, name="job"),
                    ],
                    "moodle_admin",
                )
            ),
        )
    ]


class MoodleImportMenuItem(MenuItem):
    def is_shown(self, request):
        from courses.moodle.selectors import import_allowed

        return import_allowed(user=request.user)


@hooks.register("register_admin_menu_item")
def moodle_import_menu_item():
    return MoodleImportMenuItem(
        _("Moodle import"), reverse("moodle_admin:index"), icon_name="upload", order=230
    )


hooks.register(PERSONAL_DATA_PROVIDERS, moodle_personal_data)
