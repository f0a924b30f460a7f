"""Remembering a person's interface language, the platform's name in each language, and
content stored in per-language columns."""

from django.conf import settings
from django.utils import translation


def language_cookie_set(response, language: str):
    """Store `language` in Django's language cookie, which picks the language for a bare `/`."""
    if language in dict(settings.LANGUAGES):
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language,
            max_age=settings.LANGUAGE_COOKIE_AGE or 365 * 24 * 3600,
            samesite="Lax",
            secure=settings.LANGUAGE_COOKIE_SECURE,
            httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        )
    return response


def platform_name(language: str | None = None) -> str:
    """The platform's name in `language` (the active one by default), from PLATFORM_NAME; the
    default language's name where that language has none."""
    names = settings.PLATFORM_NAME
    if isinstance(names, str):  # one name for every language
        return names
    code = (language or translation.get_language() or settings.LANGUAGE_CODE)[:2]
    return names.get(code) or names.get(settings.LANGUAGE_CODE) or ""


def text_in_language(obj, field: str, language: str | None = None) -> str:
    """`obj.<field>` in `language` (the active one by default) from per-language columns:
    `field` is Kyrgyz (the default), `field_ru`, `field_en`; Kyrgyz where the other is empty."""
    language = (language or translation.get_language() or "ky")[:2]
    if language != "ky":
        value = getattr(obj, f"{field}_{language}", "")
        if value:
            return value
    return getattr(obj, field)
