"""The admin's read-only list of retention runs: managers and administrators."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from lms.accounts.access_cache import user_group_names
from lms.accounts.roles import MANAGER
from lms.retention.models import RetentionRun

PER_PAGE = 30


def retention_runs_allowed(user) -> bool:
    """Managers and administrators: the list says how much data each night removed."""
    return user.is_superuser or MANAGER in user_group_names(user)


def retention_run_index(request):
    """The runs, newest first, with each sweep's count (two queries a page)."""
    if not retention_runs_allowed(request.user):
        raise PermissionDenied
    page = Paginator(RetentionRun.objects.all(), PER_PAGE).get_page(request.GET.get("p"))
    for run in page.object_list:
        run.count_rows = sorted(run.counts.items())
        run.error_rows = sorted(run.errors.items())
    return TemplateResponse(
        request,
        "retention/admin/index.html",
        {"page_title": _("Retention runs"), "header_icon": "history", "page_obj": page},
    )


class RetentionMenuItem(MenuItem):
    def is_shown(self, request):
        return retention_runs_allowed(request.user)


class RetentionRunViewSet(ViewSet):
    name = "retention_admin"
    url_prefix = "retention"
    icon = "history"
    menu_label = gettext_lazy("Retention runs")
    menu_hook = "register_reports_menu_item"
    menu_order = 900
    menu_item_class = RetentionMenuItem

    def get_urlpatterns(self):
        return [path("", retention_run_index, name="index")]

    @property
    def menu_url(self):
        return reverse("retention_admin:index")
