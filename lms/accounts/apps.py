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
        from lms.accounts import access_cache  # noqa: F401 - connects its signal receivers


class AccountsUsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with the profile fields of our User."""

    user_viewset = "lms.accounts.admin_views.UserViewSet"
