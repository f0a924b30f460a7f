"""Reads for the best-practice portal: faceted, searchable case lists and one case's parts.

Oblast and district are not stored on a case: they are joined from its municipalities, so a
municipality moved to another district (or a corrected reference table) never leaves stale copies.
"""

import html
from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import Case, Count, IntegerField, Prefetch, Q, QuerySet, Value, When
from django.utils.safestring import SafeString, mark_safe

from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from cms.portal.models import CaseRelatedCase, CaseRelatedCourse, CaseStudyPage
from cms.portal.models.cases import COURSE_PAGE_LABEL, CaseStatus, Mechanism, ServiceArea, Theme
from lms.places.models import Municipality, Oblast
from lms.search_text import pages_search_ids, text_passage

CARD_RENDITION = "fill-480x270"
# What portal/case_study_page.html's gallery {% picture %} asks for: two sizes in two formats.
GALLERY_RENDITIONS = tuple(
    f"format-{image_format}|max-{size}"
    for image_format in ("webp", "jpeg")
    for size in ("480x360", "960x720")
)
RELATED_CASES = 4

# Facets in the order the sidebar shows them; the value is the choices (None: read from data).
FACETS = {
    "theme": Theme,
    "service_area": ServiceArea,
    "mechanism": Mechanism,
    "oblast": None,
    "status": CaseStatus,
    "year": None,
}
SORTS = ("newest", "title", "relevance")

MunicipalityLink = CaseStudyPage.municipalities.through


@dataclass(frozen=True)
class PortalQuery:
    """What the reader asked for, read from the query string and cleaned."""

    q: str = ""
    filters: dict = field(default_factory=dict)  # facet -> tuple of values
    sort: str = "newest"


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    """A facet with its options; the view adds the label and links that keep the selection."""

    name: str
    options: list
    label: str = ""
    links: list = field(default_factory=list)


def portal_query_parse(params) -> PortalQuery:
    """Keep only known facets and values, so a tampered URL shows a page, not an error."""
    filters = {}
    for name, choices in FACETS.items():
        values = [v.strip() for v in params.getlist(name) if v.strip()]
        if choices is not None:
            values = [v for v in values if v in choices.values]
        elif name == "year":
            values = [v for v in values if v.isdigit() and len(v) == 4]
        else:
            values = [v[:64] for v in values]
        filters[name] = tuple(dict.fromkeys(values))
    q = " ".join(params.get("q", "").split())[:200]
    sort = params.get("sort", "")
    if sort not in SORTS or (sort == "relevance" and not q):
        sort = "relevance" if q else "newest"
    return PortalQuery(q=q, filters=filters, sort=sort)


def cases_live(*, locale: Locale) -> QuerySet:
    """Live public cases in one language (the view-restriction check runs one query, here)."""
    return CaseStudyPage.objects.live().public().filter(locale=locale)


def _filtered(qs: QuerySet, filters: dict, *, skip: str | None = None) -> QuerySet:
    for name, values in filters.items():
        if name == skip or not values:
            continue
        if name == "oblast":
            links = MunicipalityLink.objects.filter(
                municipality__district__oblast__code__in=values
            ).values("casestudypage_id")
            qs = qs.filter(pk__in=links)
        else:
            qs = qs.filter(**{f"{name}__in": values})
    return qs


def _search_ids(*, locale: Locale, q: str) -> list[int]:
    """Case ids matching any form of every word, best first (Wagtail search: one query)."""
    cases = CaseStudyPage.objects.live().filter(locale=locale)
    return pages_search_ids(cases, q, language=locale.language_code)


def _facet_counts(qs: QuerySet, name: str) -> dict[str, int]:
    if name == "oblast":
        rows = (
            MunicipalityLink.objects.filter(casestudypage__in=qs.values("pk"))
            .values("municipality__district__oblast__code")
            .annotate(n=Count("casestudypage_id", distinct=True))
        )
        return {row["municipality__district__oblast__code"]: row["n"] for row in rows}
    rows = qs.order_by().values(name).annotate(n=Count("pk"))
    return {str(row[name]): row["n"] for row in rows}


def portal_facets(*, base: QuerySet, query: PortalQuery) -> list[Facet]:
    """Each facet's counts under every other facet's selection: one query per facet, plus one
    for the oblasts' names."""
    facets = []
    counts = {
        name: _facet_counts(_filtered(base, query.filters, skip=name), name) for name in FACETS
    }
    oblast_codes = set(counts["oblast"]) | set(query.filters["oblast"])
    oblasts = {o.code: o.name for o in Oblast.objects.filter(code__in=oblast_codes)}
    for name, choices in FACETS.items():
        selected = set(query.filters[name])
        if choices is not None:
            labels = dict(choices.choices)
        elif name == "oblast":
            labels = dict(sorted(oblasts.items(), key=lambda item: item[1]))
        else:
            labels = {y: y for y in sorted(set(counts["year"]) | selected, reverse=True)}
        options = [
            FacetOption(
                value=value,
                label=str(label),
                count=counts[name].get(value, 0),
                selected=value in selected,
            )
            for value, label in labels.items()
            if counts[name].get(value) or value in selected
        ]
        facets.append(Facet(name=name, options=options))
    return facets


def portal_cases(*, base: QuerySet, query: PortalQuery, search_ids: list[int] | None) -> QuerySet:
    """The cases to list, sorted, with what a card shows prefetched (slice it to paginate).

    `base` is already narrowed to `search_ids` (see `portal_context`); the ids give the order.
    """
    qs = _filtered(base, query.filters)
    if query.sort == "relevance" and search_ids:
        rank = Case(
            *[When(pk=pk, then=Value(i)) for i, pk in enumerate(search_ids)],
            output_field=IntegerField(),
        )
        qs = qs.annotate(rank=rank).order_by("rank")
    elif query.sort == "title":
        qs = qs.order_by("title", "pk")
    else:
        qs = qs.order_by("-first_published_at", "-pk")
    return qs.select_related("cover_image").prefetch_related(
        Prefetch(
            "municipalities",
            queryset=Municipality.objects.select_related("district__oblast"),
        ),
        _renditions_prefetch("cover_image", CARD_RENDITION),
    )


def portal_search(*, locale: Locale, query: PortalQuery) -> list[int] | None:
    """Ids of cases matching the words, or None when nothing was searched for."""
    return _search_ids(locale=locale, q=query.q) if query.q else None


def _renditions_prefetch(path: str, *specs: str) -> Prefetch:
    rendition_model = get_image_model().get_rendition_model()
    return Prefetch(
        f"{path}__renditions", queryset=rendition_model.objects.filter(filter_spec__in=specs)
    )


def case_snippet(*, case: CaseStudyPage, q: str, language: str) -> SafeString:
    """The passage around the first word searched for (any of its forms), marked; else the
    summary."""
    passage = text_passage(" ".join(case.search_texts()), q, language=language)
    return passage or mark_safe(html.escape(case.summary))  # noqa: S308 - escaped just here


@dataclass(frozen=True)
class CaseDetail:
    """Everything a case page shows beyond its own fields, read in a fixed number of queries."""

    municipalities: list
    districts: list
    oblasts: list
    key_figures: list
    timeline: list
    partners: list
    funding_sources: list
    gallery: list
    documents: list
    related_cases: list
    related_courses: list


def case_detail_get(*, page: CaseStudyPage) -> CaseDetail:
    """Parts of one case: one query per part, whatever the number of cases on the site."""
    municipalities = list(page.municipalities.select_related("district__oblast"))
    districts = list({m.district_id: m.district for m in municipalities}.values())
    oblasts = list({d.oblast_id: d.oblast for d in districts}.values())
    gallery = list(
        page.gallery_images.select_related("image").prefetch_related(
            _renditions_prefetch("image", *GALLERY_RENDITIONS)
        )
    )
    return CaseDetail(
        municipalities=municipalities,
        districts=districts,
        oblasts=oblasts,
        key_figures=list(page.key_figures.all()),
        timeline=list(page.timeline.all()),
        partners=list(page.partners.all()),
        funding_sources=list(page.funding_sources.all()),
        gallery=gallery,
        documents=list(page.documents.select_related("document")),
        related_cases=related_cases(page=page),
        related_courses=related_courses(page=page),
    )


def related_cases(*, page: CaseStudyPage, limit: int = RELATED_CASES) -> list:
    """The editor's choices first, then cases sharing the service area or the mechanism."""
    chosen = CaseRelatedCase.objects.filter(page=page).values("case__translation_key")
    qs = (
        CaseStudyPage.objects.live()
        .filter(locale_id=page.locale_id)
        .exclude(translation_key=page.translation_key)
        .filter(
            Q(translation_key__in=chosen)
            | Q(service_area=page.service_area)
            | Q(mechanism=page.mechanism)
        )
        .annotate(
            chosen=Case(
                When(translation_key__in=chosen, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("chosen", "-first_published_at", "pk")
        .defer_streamfields()
        .select_related("cover_image")
        .prefetch_related(
            Prefetch(
                "municipalities",
                queryset=Municipality.objects.select_related("district__oblast"),
            ),
            _renditions_prefetch("cover_image", CARD_RENDITION),
        )
    )
    return list(qs[:limit])


def related_courses(*, page: CaseStudyPage) -> list:
    """Live courses the editor linked, in the page's language; plain pages before courses exist."""
    try:
        model = apps.get_model(COURSE_PAGE_LABEL)
    except LookupError:
        model = Page
    chosen = CaseRelatedCourse.objects.filter(page=page).values("course__translation_key")
    return list(
        model.objects.live()
        .public()
        .filter(locale_id=page.locale_id, translation_key__in=chosen)
        .order_by("title")
    )
