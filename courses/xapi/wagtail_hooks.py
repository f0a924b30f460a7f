"""xAPI's part of a person's data (export, deletion), and its retention."""

from wagtail import hooks

from courses.xapi.personal_data import xapi_personal_data
from courses.xapi.services import statements_expire
from lms.privacy.providers import PERSONAL_DATA_PROVIDERS
from lms.retention.hooks import RETENTION_SWEEPS

hooks.register(PERSONAL_DATA_PROVIDERS, xapi_personal_data)


@hooks.register(RETENTION_SWEEPS)
def xapi_statements_retention(now):
    """Statements every LRS took more than RETENTION_XAPI_DAYS (90) ago."""
    return "xapi.statements_deleted", statements_expire(now=now)
