"""Admin wiring of reports: the menu item to the staff reports area outside the admin."""

from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem


class ReportsMenuItem(MenuItem):
    def is_shown(self, request):
        from courses.reports.selectors.figures import report_user_allowed

        return report_user_allowed(request.user)


@hooks.register("register_admin_menu_item")
def reports_menu_item():
    """Managers and trainers reach the reports from the admin too."""
    return ReportsMenuItem(
        _("Learning reports"), reverse_lazy("reports:dashboard"), icon_name="doc-full", order=230
    )
