"""Wagtail's active and default locales without a query each time they are asked for.

`Locale.get_active()` and `Locale.get_default()` read the database on every call; a page that
needs both, twice, spends four queries on two rows that change only when an administrator adds
a language (a Locale save starts a new content version, `PAGE_CACHE_INVALIDATED_BY`).
"""

from django.conf import settings
from django.utils.translation import get_language

from wagtail.models import Locale

from lms.process_memo import remembered


def locale_active(*, request=None) -> Locale:
    """The locale of the language this request is in (Wagtail's `Locale.get_active`)."""
    code = get_language() or settings.LANGUAGE_CODE
    return remembered("locale_active", code, Locale.get_active, request=request)


def locale_default(*, request=None) -> Locale:
    """The site's default locale (Wagtail's `Locale.get_default`)."""
    return remembered("locale_default", settings.LANGUAGE_CODE, Locale.get_default, request=request)
