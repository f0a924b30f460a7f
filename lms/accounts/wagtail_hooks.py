"""The user admin's bulk actions act only on accounts one may manage (lms.accounts.admin_rights)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet

from wagtail import hooks

from lms.accounts.admin_rights import admin_rights_of
from lms.accounts.admin_views import USER_BULK_ACTIONS

# Registered after Wagtail's own (order 0) under the same action names, so they replace them.
for action_class in USER_BULK_ACTIONS:
    hooks.register("register_bulk_action", action_class, order=100)


@hooks.register("before_bulk_action")
def refuse_user_bulk_action_beyond_rights(request, action_type, objects, action):
    """The backstop for every bulk action on users, including any Wagtail adds later: nothing
    is done to an account one may not manage, and no group one may not grant is given."""
    if action.model is not get_user_model():
        return
    rights = admin_rights_of(request.user)
    if len(rights.manageable_pks(obj.pk for obj in objects)) != len(objects):
        raise PermissionDenied
    chosen = action.cleaned_form.cleaned_data.values() if action.cleaned_form else ()
    if any(not rights.may_grant(group) for value in chosen for group in _groups_in(value)):
        raise PermissionDenied


def _groups_in(value) -> list[Group]:
    """The groups a bulk action's form field holds: one, several, or none."""
    if isinstance(value, Group):
        return [value]
    if isinstance(value, QuerySet):
        return list(value) if value.model is Group else []
    if isinstance(value, list | tuple | set):
        return [item for item in value if isinstance(item, Group)]
    return []
