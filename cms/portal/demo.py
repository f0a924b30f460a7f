"""Demo best-practice cases in every language, built in code and safe to run again."""

from decimal import Decimal

from django.db import transaction

from cms.demo import (
    demo_body,
    demo_index_get_or_create,
    demo_publish,
    demo_text_in,
    demo_translations_create,
    home_pages_create,
)
from cms.demo_images import demo_document_get, demo_image_get
from cms.models import HomePage
from cms.portal.models import (
    BestPracticeIndexPage,
    CaseDocument,
    CaseFundingSource,
    CaseGalleryImage,
    CaseKeyFigure,
    CasePartner,
    CaseStudyPage,
    CaseTimelineEntry,
)
from lms.i18n import platform_name
from lms.places.models import Cluster, Municipality

INDEX_TEXT = {
    "best-practices": {
        "ky": {
            "title": "Мыкты тажрыйбалар",
            "intro": (
                "Муниципалитеттер жеке секторду кызматтарга кантип тартканын жана коңшулары "
                "менен кантип кызматташканын окуңуз: чыныгы кейстер, сандар жана сабактар."
            ),
        },
        "ru": {
            "title": "Лучшие практики",
            "intro": (
                "Как муниципалитеты привлекают частный сектор к услугам и сотрудничают с "
                "соседями: реальные кейсы, цифры и уроки."
            ),
        },
        "en": {
            "title": "Best practices",
            "intro": (
                "How municipalities involve private operators in their services and work with "
                "their neighbours: real cases, figures and lessons."
            ),
        },
    },
}
CASE_TEXT_FIELDS = (
    "title",
    "summary",
    "situation_before",
    "sustainability",
    "challenges",
    "lessons_learned",
    "transferability",
)
SUPPORT_FIELDS = ("financial", "technical", "administrative", "political")
# The demo's pictures are drawn by the platform (cms/demo_images.py), so they are credited to
# it, in each language, unless a gallery item names its own credit.
ILLUSTRATION_CREDIT = {
    "ky": "{platform} (иллюстрация)",
    "ru": "{platform} (иллюстрация)",
    "en": "{platform} (illustration)",
}
# One demo document per case: the contract of a private operator, the plan of a cluster.
DEMO_DOCUMENTS = {
    "service-contract": (
        "contract",
        {
            "ky": "Кызмат көрсөтүү келишиминин үлгүсү (демо)",
            "ru": "Образец договора на оказание услуг (демо)",
            "en": "Model service contract (demo)",
        },
    ),
    "imc-agreement": (
        "action-plan",
        {
            "ky": "Кызматтарды жакшыртуу боюнча иш-аракет планы (демо)",
            "ru": "План действий по улучшению услуг (демо)",
            "en": "Service improvement action plan (demo)",
        },
    ),
}


def _case_text_apply(page, case: dict, language: str) -> None:
    text = case["text"][language]
    for field in CASE_TEXT_FIELDS:
        setattr(page, field, text.get(field, ""))
    page.body = demo_body(text.get("body", []), language=language)
    page.cover_alt = demo_text_in(case.get("cover", {}).get("alt", ""), language)
    # Translated children keep their order; set each one's text in this language and assign
    # the list back, so the revision saved next carries it.
    children = (
        ("key_figures", "key_figures", "label", "label"),
        ("timeline", "timeline", "event", "event"),
        ("funding_sources", "funding_sources", "source", "source"),
        ("gallery_images", "gallery", "caption", "caption"),
    )
    if case["mechanism"] in DEMO_DOCUMENTS:
        titles = DEMO_DOCUMENTS[case["mechanism"]][1]
        documents = list(page.documents.all())
        for document in documents:
            document.title = titles[language]
        page.documents = documents
    for relation, key, field, text_key in children:
        objects = list(getattr(page, relation).all())
        for child, item in zip(objects, case.get(key, []), strict=False):
            setattr(child, field, demo_text_in(item.get(text_key, ""), language))
            if relation == "gallery_images":
                child.alt = child.caption
                child.credit = _credit(item, language)
        setattr(page, relation, objects)


def _credit(item: dict, language: str) -> str:
    if "credit" in item:
        return demo_text_in(item["credit"], language)
    template = ILLUSTRATION_CREDIT.get(language, ILLUSTRATION_CREDIT["en"])
    return template.format(platform=platform_name(language))


def _case_build(case: dict):
    """A Kyrgyz case page, unsaved, with its places, figures, dates, partners and gallery."""
    cover = case.get("cover") or {}
    budget = case.get("budget") or {}
    page = CaseStudyPage(
        slug=case["slug"],
        theme=case["theme"],
        service_area=case["service_area"],
        mechanism=case["mechanism"],
        status=case["status"],
        year=case["year"],
        population_served=case.get("population_served"),
        municipality_population=case.get("municipality_population"),
        budget_amount=Decimal(budget["amount"]) if budget.get("amount") is not None else None,
        budget_currency=budget.get("currency") or "KGS",
        cover_image=demo_image_get(motif=cover["motif"], variant=0) if cover else None,
    )
    page.key_figures = [
        CaseKeyFigure(
            label="", before=f.get("before"), after=f.get("after"), unit=f.get("unit", "")
        )
        for f in case.get("key_figures", [])
    ]
    page.timeline = [CaseTimelineEntry(date=t["date"], event="") for t in case.get("timeline", [])]
    page.partners = [
        CasePartner(
            name=demo_text_in(p["name"], "ky"),
            name_ru=demo_text_in(p["name"], "ru"),
            name_en=demo_text_in(p["name"], "en"),
            kind=p["kind"],
            **{field: field in p.get("support", []) for field in SUPPORT_FIELDS},
        )
        for p in case.get("partners", [])
    ]
    page.funding_sources = [
        CaseFundingSource(source="", amount=s.get("amount"), currency=s.get("currency", "KGS"))
        for s in case.get("funding_sources", [])
    ]
    page.gallery_images = [
        CaseGalleryImage(
            image=demo_image_get(motif=g["motif"], variant=n + 1), credit=_credit(g, "ky")
        )
        for n, g in enumerate(case.get("gallery", []))
    ]
    if case["mechanism"] in DEMO_DOCUMENTS:
        kind, titles = DEMO_DOCUMENTS[case["mechanism"]]
        document = demo_document_get(slug=case["slug"], title=f"{case['slug']} ({kind})")
        page.documents = [CaseDocument(document=document, kind=kind, title=titles["ky"])]
    _case_text_apply(page, case, "ky")
    return page


@transaction.atomic
def cases_demo_create(*, cases: list, home: HomePage | None = None) -> int:
    """The portal index and its cases in every language; returns how many cases are new."""
    home = home or home_pages_create()
    portal = demo_index_get_or_create(
        BestPracticeIndexPage, home=home, slug="best-practices", texts=INDEX_TEXT["best-practices"]
    )
    created = 0
    codes = {code for case in cases for code in case["municipalities"]}
    municipalities = {m.code: m for m in Municipality.objects.filter(code__in=codes)}
    clusters = {
        c.code: c
        for c in Cluster.objects.filter(code__in={c["cluster"] for c in cases if c.get("cluster")})
    }
    for case in cases:
        page = CaseStudyPage.objects.filter(locale=portal.locale, slug=case["slug"]).first()
        if page is None:
            page = _case_build(case)
            page.cluster = clusters.get(case.get("cluster"))
            page.municipalities = [
                municipalities[c] for c in case["municipalities"] if c in municipalities
            ]
            portal.add_child(instance=page)
            demo_publish(page)
            created += 1
        demo_translations_create(
            page,
            case["text"],
            lambda translation, code, case=case: _case_text_apply(translation, case, code),
        )
    return created
