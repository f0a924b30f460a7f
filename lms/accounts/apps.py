from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    """Users with e-mail login, their learner profile, registration and roles."""

    name = "lms.accounts"
    label = "accounts"
    default = True
    verbose_name = _("Accounts")

    def ready(self):
        from lms.accounts import (
            access_cache,  # noqa: F401 - connects its signal receivers
            signals,  # noqa: F401 - one language for site and admin
            user_cache,  # noqa: F401 - drops a kept user row when it changes
        )


class AccountsUsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with the profile fields of our User."""

    user_viewset = "lms.accounts.admin_views.UserViewSet"

    def ready(self):
        super().ready()
        from django.contrib.auth import get_user_model

        from wagtail.permissions import register_permission_policy

        from lms.accounts.admin_rights import UserPermissionPolicy

        # Replaces the plain model policy Wagtail registered just above: no one acts on an
        # account with more rights than their own (lms/accounts/admin_rights.py).
        user_model = get_user_model()
        register_permission_policy(user_model, UserPermissionPolicy(user_model))
