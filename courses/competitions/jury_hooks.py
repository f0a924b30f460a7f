"""Hooks of the jury and results (registered on import by wagtail_hooks.py)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from courses.competitions.selectors_jury import DECLARATION_ACTION


@hooks.register("register_log_actions")
def jury_log_actions(actions):
    """A juror's declaration of conflicts is an audited act (and marks the call as declared)."""
    actions.register_action(
        DECLARATION_ACTION,
        _("Declare conflicts of interest"),
        _("Jury: conflicts of interest declared"),
    )


class JuryManageMenuItem(MenuItem):
    def is_shown(self, request):
        from courses.competitions.selectors_jury import manager_is

        return manager_is(request.user)


@hooks.register("register_admin_menu_item")
def jury_manage_menu_item():
    """The managers' progress, ranking, decisions and results screens, from the admin."""
    return JuryManageMenuItem(
        _("Competition jury and results"),
        reverse("competitions:manage"),
        icon_name="group",
        order=262,
    )
