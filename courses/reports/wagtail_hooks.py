"""Admin wiring of reports: the menu item to the staff reports area outside the admin."""

from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from courses.reports.personal_data import reports_personal_data
from courses.reports.services import report_exports_expire
from lms.api.hooks import API_ROUTERS
from lms.privacy.providers import PERSONAL_DATA_PROVIDERS
from lms.retention.hooks import RETENTION_SWEEPS


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


# What reports hold about a person (export, deletion): docs/privacy-providers.md.
hooks.register(PERSONAL_DATA_PROVIDERS, reports_personal_data)


@hooks.register(RETENTION_SWEEPS)
def report_exports_retention(now):
    """Export files older than RETENTION_EXPORT_FILE_DAYS."""
    return "reports.export_files", report_exports_expire(now=now)


@hooks.register(API_ROUTERS)
def report_routers():
    """Report aggregates at /api/v1/reports/ (docs/api.md): lms may not import reports."""
    from courses.reports.api import router

    return [("/reports", router)]
