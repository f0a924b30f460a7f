"""Places (read): oblasts, districts and municipalities, with names in each language."""

from typing import Literal

from ninja import Field, Query, Router, Schema

from lms.api.pagination import MAX_ID, PageQuery, page_schema, paginate
from lms.api.schemas import (
    LANG_QUERY,
    MunicipalityRef,
    PlaceRef,
    municipality_ref,
    place_ref,
)
from lms.places.models import District, Municipality, Oblast

router = Router(tags=["places"])

Lang = Literal["ky", "ru", "en"]


class DistrictOut(PlaceRef):
    oblast: PlaceRef = Field(..., description="The oblast the district lies in.")


OblastPage = page_schema(PlaceRef, "OblastPage")
DistrictPage = page_schema(DistrictOut, "DistrictPage")
MunicipalityPage = page_schema(MunicipalityRef, "MunicipalityPage")


class PlaceFilters(Schema):
    oblast: int | None = Field(None, ge=1, le=MAX_ID, description="Only those in this oblast.")
    district: int | None = Field(
        None, ge=1, le=MAX_ID, description="Only those in this district (municipalities)."
    )


def _page(found, items):
    return {"items": items, "next": found.next, "next_cursor": found.next_cursor}


@router.get("/oblasts/", response=OblastPage, summary="Oblasts")
def oblasts(request, page: Query[PageQuery], lang: Lang = LANG_QUERY):
    found = paginate(request, Oblast.objects.all(), page)
    return _page(found, [place_ref(row, lang) for row in found.items])


@router.get("/districts/", response=DistrictPage, summary="Districts")
def districts(
    request,
    filters: Query[PlaceFilters],
    page: Query[PageQuery],
    lang: Lang = LANG_QUERY,
):
    rows = District.objects.select_related("oblast")
    if filters.oblast:
        rows = rows.filter(oblast_id=filters.oblast)
    found = paginate(request, rows, page)
    items = [{**place_ref(row, lang), "oblast": place_ref(row.oblast, lang)} for row in found.items]
    return _page(found, items)


@router.get("/municipalities/", response=MunicipalityPage, summary="Municipalities")
def municipalities(
    request,
    filters: Query[PlaceFilters],
    page: Query[PageQuery],
    lang: Lang = LANG_QUERY,
):
    rows = Municipality.objects.select_related("district__oblast")
    if filters.district:
        rows = rows.filter(district_id=filters.district)
    if filters.oblast:
        rows = rows.filter(district__oblast_id=filters.oblast)
    found = paginate(request, rows, page)
    return _page(found, [municipality_ref(row, lang) for row in found.items])
