"""Schemas shared by the API's routers: places and the person's profile."""

from ninja import Field, Query, Schema


class PlaceRef(Schema):
    id: int = Field(..., description="The place's id.")
    code: str = Field(..., description="A stable code (ASCII).")
    name: str = Field(..., description="The name in the requested language.")


class MunicipalityRef(PlaceRef):
    district: PlaceRef | None = Field(None, description="The district the municipality lies in.")
    oblast: PlaceRef | None = Field(None, description="The oblast (region) of its district.")


def place_name(place, language: str) -> str:
    return getattr(place, f"name_{language}", "") or place.name_ky


def place_ref(place, language: str) -> dict | None:
    if place is None:
        return None
    return {"id": place.pk, "code": place.code, "name": place_name(place, language)}


def municipality_ref(municipality, language: str) -> dict | None:
    """A municipality with its district and oblast (joined by the caller's select_related)."""
    if municipality is None:
        return None
    district = municipality.district
    return {
        **place_ref(municipality, language),
        "district": place_ref(district, language),
        "oblast": place_ref(district.oblast if district else None, language),
    }


LANG_DESCRIPTION = "The language of names and titles: ky (default), ru or en."

# Parameters shared by several operations, declared once (django-ninja reads them as defaults).
LANG_QUERY = Query("ky", description=LANG_DESCRIPTION)
