"""Admin wiring of LTI: the registrations' screen (Managers) and the personal-data provider."""

from wagtail import hooks

from courses.lti.personal_data import lti_personal_data
from courses.lti.viewsets import LtiPlatformViewSet
from lms.privacy.providers import PERSONAL_DATA_PROVIDERS


@hooks.register("register_admin_viewset")
def lti_platforms_viewset():
    return LtiPlatformViewSet("lti_platforms")


# What LTI holds about a person (export, deletion): docs/privacy-providers.md.
hooks.register(PERSONAL_DATA_PROVIDERS, lti_personal_data)
