"""Wagtail's user admin with our profile fields, limited to the accounts one may manage.

Only administrators make or touch administrators, and no one grants a group with more rights than
their own (`lms.accounts.admin_rights`). The rule sits in the viewset's URLs, its listing and its
forms, so views Wagtail adds to the viewset later are covered too; the bulk actions are guarded in
`lms/accounts/wagtail_hooks.py`.
"""

from functools import wraps

from django.contrib.admin.utils import unquote
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.forms.models import model_to_dict
from django.shortcuts import get_object_or_404
from django.utils import timezone

from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import users as wagtail_users
from wagtail.users.views.bulk_actions import (
    AssignRoleBulkAction,
    DeleteBulkAction,
    SetActiveStateBulkAction,
)
from wagtail.utils.urlpatterns import decorate_urlpatterns

from lms.accounts.admin_rights import NO_RIGHTS, AdminRights, admin_rights_of
from lms.accounts.forms import MunicipalityChoiceField
from lms.accounts.services import PROFILE_FIELDS
from lms.params import IdModelMultipleChoiceField

ADMIN_FIELDS = {"email", "is_superuser", "groups", *PROFILE_FIELDS}


def offer_only_grantable_groups(form, rights: AdminRights) -> None:
    """Every choice of groups in `form` offers, and so accepts, only groups one may grant."""
    for field in form.fields.values():
        if getattr(field, "queryset", None) is not None and field.queryset.model is Group:
            field.queryset = rights.grantable_groups()


class AdminProfileFieldsMixin:
    """Drops Wagtail's first/last name fields; the templates in lms/templates show ours."""

    first_name = None
    last_name = None
    municipality = MunicipalityChoiceField(required=False)

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        # Managers may add and edit users, but only an administrator makes administrators,
        # and the groups offered are those the editor may grant.
        rights = admin_rights_of(for_user) if for_user else NO_RIGHTS
        if "is_superuser" in self.fields and not rights.is_superuser:
            self.fields["is_superuser"].disabled = True
        offer_only_grantable_groups(self, rights)

    def save(self, commit=True):
        user = super().save(commit=False)
        # Someone in the admin vouches for the address of an account they create.
        if user.email_confirmed_at is None and user._state.adding:
            user.email_confirmed_at = timezone.now()
        if commit:
            user.save()
            self.save_m2m()
        return user


class AdminUserCreationForm(AdminProfileFieldsMixin, UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = ADMIN_FIELDS


class AdminUserEditForm(AdminProfileFieldsMixin, UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = ADMIN_FIELDS | {"is_active"}


def _for_manageable_user(view):
    """Refuses a view about an account (its `pk`) that the signed-in user may not manage."""

    @wraps(view)
    def guarded(request, *args, **kwargs):
        if "pk" in kwargs:
            user = get_object_or_404(get_user_model(), pk=unquote(str(kwargs["pk"])))
            if not admin_rights_of(request.user).may_manage(user):
                raise PermissionDenied
        return view(request, *args, **kwargs)

    return guarded


class UserFilterSet(wagtail_users.UserFilterSet):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail's group filter let `?group=<25 digits>` reach the database: a 500.
        self.filters["group"].field_class = IdModelMultipleChoiceField


class IndexView(wagtail_users.IndexView):
    def get_base_queryset(self):
        return admin_rights_of(self.request.user).manageable(super().get_base_queryset())


class CreateView(wagtail_users.CreateView):
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class CopyView(CreateView):
    """A new account filled in like an existing one. Saving always creates a new account:
    Wagtail's copy bound the form to the original, so saving overwrote it."""

    def get_initial(self):
        source = get_object_or_404(self.model, pk=unquote(str(self.kwargs["pk"])))
        if not self.permission_policy.user_has_any_permission_for_instance(
            self.request.user, ["change", "view"], source
        ):
            raise PermissionDenied
        fields = set(self.get_form_class()._meta.fields) - {"email"}
        return {**super().get_initial(), **model_to_dict(source, fields=fields)}

    def get_initial_form_instance(self):
        return self.model()


class EditView(wagtail_users.EditView):
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class UserViewSet(wagtail_users.UserViewSet):
    filterset_class = UserFilterSet
    index_view_class = IndexView
    add_view_class = CreateView
    copy_view_class = CopyView
    edit_view_class = EditView

    def get_form_class(self, for_update=False):
        return AdminUserEditForm if for_update else AdminUserCreationForm

    def get_urlpatterns(self):
        # Every view about one account, Wagtail's present ones and any it adds, is guarded here.
        return decorate_urlpatterns(super().get_urlpatterns(), _for_manageable_user)


class ManageableUsersBulkActionMixin:
    """A bulk action lists the accounts one may not manage as "no permission" and leaves them
    alone, and offers only groups one may grant."""

    def get_actionable_objects(self):
        objects, without_access = super().get_actionable_objects()
        allowed = admin_rights_of(self.request.user).manageable_pks(obj.pk for obj in objects)
        refused = [obj for obj in objects if obj.pk not in allowed]
        without_access["items_with_no_access"] = [
            *without_access.get("items_with_no_access", []),
            *refused,
        ]
        return [obj for obj in objects if obj.pk in allowed], without_access

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        offer_only_grantable_groups(form, admin_rights_of(self.request.user))
        return form


class UserAssignRoleBulkAction(ManageableUsersBulkActionMixin, AssignRoleBulkAction):
    pass


class UserDeleteBulkAction(ManageableUsersBulkActionMixin, DeleteBulkAction):
    pass


class UserSetActiveStateBulkAction(ManageableUsersBulkActionMixin, SetActiveStateBulkAction):
    pass


USER_BULK_ACTIONS = [UserAssignRoleBulkAction, UserDeleteBulkAction, UserSetActiveStateBulkAction]
