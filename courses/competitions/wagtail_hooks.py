"""The competitions' admin and hooks; the jury's and results' own hooks live in jury_hooks.py."""

from wagtail import hooks

from courses.competitions import jury_hooks  # noqa: F401  (registers its hooks on import)
from courses.competitions.admin import CallViewSet
from courses.competitions.personal_data import competitions_personal_data
from lms.privacy.providers import PERSONAL_DATA_PROVIDERS


@hooks.register("register_admin_viewset")
def competition_calls_viewset():
    return CallViewSet("competition_calls")


# What competitions hold about a person (export, deletion): docs/privacy-providers.md.
hooks.register(PERSONAL_DATA_PROVIDERS, competitions_personal_data)
