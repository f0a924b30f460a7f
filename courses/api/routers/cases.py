"""Best-practice cases (public), with the portal's filters (repeatable, combined as there)."""

from ninja import Field, Query, Router, Schema

from cms.portal.models.cases import CaseStatus, Mechanism, ServiceArea, Theme
from cms.portal.selectors import PortalQuery, cases_live, portal_cases, portal_search
from courses.api.common import LANG_QUERY, Lang, locale_for, page_dict
from courses.api.schemas import CaseOut
from lms.api.pagination import PageQuery, page_schema, paginate

router = Router(tags=["cases"])
CasePage = page_schema(CaseOut, "CasePage")


class CaseQuery(Schema):
    q: str | None = Field(None, max_length=200, description="Words to find, in any form.")
    theme: list[Theme] = Field([], description="Themes (repeatable).")
    service_area: list[ServiceArea] = Field([], description="Municipal services (repeatable).")
    mechanism: list[Mechanism] = Field([], description="Mechanisms (repeatable).")
    oblast: list[str] = Field([], max_length=20, description="Oblast codes (repeatable).")
    status: list[CaseStatus] = Field([], description="Statuses (repeatable).")
    year: list[int] = Field([], max_length=20, description="Years (repeatable).")


@router.get("/", response=CasePage, auth=None, summary="Best-practice cases")
def cases(
    request,
    filters: Query[CaseQuery],
    page: Query[PageQuery],
    lang: Lang = LANG_QUERY,
):
    """Live cases in the language, narrowed as the portal's facets and search narrow them."""
    locale = locale_for(lang)
    query = PortalQuery(
        q=" ".join((filters.q or "").split()),
        filters={
            "theme": tuple(filters.theme),
            "service_area": tuple(filters.service_area),
            "mechanism": tuple(filters.mechanism),
            "oblast": tuple(code[:64] for code in filters.oblast),
            "status": tuple(filters.status),
            "year": tuple(str(year) for year in filters.year if 1000 <= year <= 9999),
        },
    )
    base = cases_live(locale=locale)
    search_ids = portal_search(locale=locale, query=query)
    if search_ids is not None:
        base = base.filter(pk__in=search_ids)
    found = paginate(request, portal_cases(base=base, query=query, search_ids=None), page)
    items = []
    for case in found.items:
        places = list(case.municipalities.all())
        items.append(
            {
                "page_id": case.pk,
                "title": case.title,
                "summary": case.summary,
                "url": case.get_url(request) or "",
                "theme": case.theme,
                "service_area": case.service_area,
                "mechanism": case.mechanism,
                "status": case.status,
                "year": case.year,
                "municipalities": [
                    getattr(place, f"name_{lang}", "") or place.name_ky for place in places
                ],
                "oblasts": sorted({place.district.oblast.code for place in places}),
            }
        )
    return page_dict(found, items)
