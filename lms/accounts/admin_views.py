"""Wagtail's user admin with our profile fields in place of first and last name."""

from django.utils import timezone

from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from lms.accounts.forms import MunicipalityChoiceField
from lms.accounts.services import PROFILE_FIELDS

ADMIN_FIELDS = {"email", "is_superuser", "groups", *PROFILE_FIELDS}


class AdminProfileFieldsMixin:
    """Drops Wagtail's first/last name fields; the templates in lms/templates show ours."""

    first_name = None
    last_name = None
    municipality = MunicipalityChoiceField(required=False)

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


class UserViewSet(WagtailUserViewSet):
    def get_form_class(self, for_update=False):
        return AdminUserEditForm if for_update else AdminUserCreationForm
