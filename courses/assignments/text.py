"""Per-language text columns: `field` is Kyrgyz (the default), `field_ru`, `field_en`."""

from django.utils import translation


def text_in_language(obj, field: str, language: str | None = None) -> str:
    """The field in the active language, falling back to Kyrgyz (the default column)."""
    language = (language or translation.get_language() or "ky")[:2]
    if language != "ky":
        value = getattr(obj, f"{field}_{language}", "")
        if value:
            return value
    return getattr(obj, field)
