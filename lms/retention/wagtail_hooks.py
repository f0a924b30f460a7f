"""Retention's own sweeps (accounts, data-request ZIPs), its admin list, and what it holds
about a person (the inactivity warning)."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from lms.privacy.providers import PERSONAL_DATA_PROVIDERS, PersonalDataProvider
from lms.retention import services
from lms.retention.hooks import RETENTION_SWEEPS
from lms.retention.models import InactivityWarning
from lms.retention.views import RetentionRunViewSet


@hooks.register("register_admin_viewset")
def retention_admin_viewset():
    return RetentionRunViewSet()


# Anonymise after warning, so an account is never warned and anonymised the same night.
@hooks.register(RETENTION_SWEEPS, order=10)
def inactive_accounts_anonymise(now):
    return "accounts.inactive_anonymised", services.inactive_accounts_anonymise(now=now)


@hooks.register(RETENTION_SWEEPS, order=20)
def inactive_accounts_warn(now):
    return "accounts.inactive_warned", services.inactive_accounts_warn(now=now)


@hooks.register(RETENTION_SWEEPS, order=30)
def data_exports_expire(now):
    """ "Download my data" ZIPs past their link's life (privacy sets `expires_at` from
    RETENTION_DATA_EXPORT_DAYS); files older than that period are gone whatever it says."""
    from lms.privacy.services import data_exports_expire as expire

    return "privacy.data_exports", expire(now)


def _warning_records(user):
    for warning in InactivityWarning.objects.filter(user=user):
        yield {
            "warned_at": warning.created_at.isoformat(),
            "emailed_at": warning.emailed_at and warning.emailed_at.isoformat(),
        }


def _warning_erase(user) -> int:
    """The warning goes: nothing is left to warn about."""
    return InactivityWarning.objects.filter(user=user).delete()[0]


@hooks.register(PERSONAL_DATA_PROVIDERS)
def retention_personal_data():
    return PersonalDataProvider(
        key="inactivity_warning",
        title=_("Warning about an unused account"),
        models=("retention.InactivityWarning",),
        records=_warning_records,
        erase=_warning_erase,
        order=90,
    )
