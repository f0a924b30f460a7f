from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PoliciesConfig(AppConfig):
    """Site policies (privacy notice, terms of use) in versions, and who accepted which."""

    name = "lms.policies"
    label = "policies"
    verbose_name = _("Site policies")
