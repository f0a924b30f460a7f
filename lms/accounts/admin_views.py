"""Wagtail's user admin with our profile fields; only administrators make administrators."""

from django.core.exceptions import PermissionDenied
from django.utils import timezone

from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import users as wagtail_users

from lms.accounts.forms import MunicipalityChoiceField
from lms.accounts.services import PROFILE_FIELDS

ADMIN_FIELDS = {"email", "is_superuser", "groups", *PROFILE_FIELDS}


class AdminProfileFieldsMixin:
    """Drops Wagtail's first/last name fields; the templates in lms/templates show ours."""

    first_name = None
    last_name = None
    municipality = MunicipalityChoiceField(required=False)

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        # Managers may add and edit users, but only an administrator makes administrators.
        if "is_superuser" in self.fields and not (for_user and for_user.is_superuser):
            self.fields["is_superuser"].disabled = True

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


class CreateView(wagtail_users.CreateView):
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class EditView(wagtail_users.EditView):
    def get_object(self, queryset=None):
        user = super().get_object(queryset)
        # Editing an administrator (their password, say) would make the editor one.
        if user.is_superuser and not self.request.user.is_superuser:
            raise PermissionDenied
        return user

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class UserViewSet(wagtail_users.UserViewSet):
    add_view_class = CreateView
    edit_view_class = EditView

    def get_form_class(self, for_update=False):
        return AdminUserEditForm if for_update else AdminUserCreationForm
