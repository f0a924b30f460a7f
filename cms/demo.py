"""Demo content for the public site, built in code and safe to run again."""

from datetime import date
from decimal import Decimal

from django.db import transaction

from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from cms.demo_images import demo_document_get, demo_image_get
from cms.models import (
    BestPracticeIndexPage,
    CaseDocument,
    CaseFundingSource,
    CaseGalleryImage,
    CaseKeyFigure,
    CasePartner,
    CaseStudyPage,
    CaseTimelineEntry,
    HomePage,
    NewsIndexPage,
    NewsPage,
    StandardPage,
)
from lms.places.models import Cluster, Municipality

# Written for this platform; one entry per language.
HOME_TEXT = {
    "ky": {
        "title": "Башкы бет",
        "hero_title": "Муниципалитеттердин кызматкерлери үчүн онлайн окутуу",
        "intro": (
            "Айыл өкмөттөрдүн, айылдык кеңештердин жана мэриялардын кызматкерлери үчүн акысыз "
            "курстар: жергиликтүү кызматтарга жеке секторду тартуу, муниципалитеттер аралык "
            "кызматташтык, бюджет жана тарифтер. Башка аймактардын ийгиликтүү тажрыйбасын окуп, "
            "өз муниципалитетиңизде колдонуңуз."
        ),
    },
    "ru": {
        "title": "Главная",
        "hero_title": "Онлайн-обучение для сотрудников муниципалитетов",
        "intro": (
            "Бесплатные курсы для сотрудников айыл окмоту, айылных кенешей и мэрий: привлечение "
            "частного сектора к местным услугам, межмуниципальное сотрудничество, бюджет и "
            "тарифы. Изучайте успешный опыт других регионов и применяйте его у себя."
        ),
    },
    "en": {
        "title": "Home",
        "hero_title": "Online learning for municipal staff",
        "intro": (
            "Free courses for the staff of ayil okmotus, ayil keneshes and mayors' offices: "
            "involving the private sector in local services, intermunicipal cooperation, budgets "
            "and tariffs. Learn from what worked in other regions and apply it at home."
        ),
    },
}


@transaction.atomic
def home_pages_create() -> HomePage:
    """Make the Kyrgyz home page the default site's root, with Russian and English translations."""
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in HOME_TEXT}
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=locales["ky"], depth=2).first()
    if home is None:
        _remove_wagtail_welcome_page(root)
        home = root.add_child(
            instance=HomePage(locale=locales["ky"], slug="home", **HOME_TEXT["ky"])
        )
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    for code, text in HOME_TEXT.items():
        if code == "ky" or home.get_translation_or_none(locales[code]) is not None:
            continue
        translation = home.copy_for_translation(locales[code])
        for field, value in text.items():
            setattr(translation, field, value)
        translation.save_revision().publish()
    return home


def _remove_wagtail_welcome_page(root: Page) -> None:
    """Wagtail's install leaves a plain "Welcome" page at the top; the home page replaces it."""
    for page in root.get_children().filter(content_type__model="page", numchild=0):
        Site.objects.filter(root_page=page).update(root_page=root)
        page.delete()


# --- Portal, news and About ------------------------------------------------------------------

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
    "news": {
        "ky": {"title": "Жаңылыктар", "intro": "Платформанын жана долбоордун жаңылыктары."},
        "ru": {"title": "Новости", "intro": "Новости платформы и проекта."},
        "en": {"title": "News", "intro": "News of the platform and the project."},
    },
}
LANGUAGES = ("ky", "ru", "en")
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


def _locales() -> dict:
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}


def _publish(page) -> None:
    page.save_revision().publish()


def _translations_create(source, texts: dict, apply) -> None:
    """Copy `source` into each language it lacks, let `apply` set that language's text, publish."""
    for code, locale in _locales().items():
        if code == source.locale.language_code or code not in texts:
            continue
        if source.get_translation_or_none(locale) is not None:
            continue
        translation = source.copy_for_translation(locale)
        apply(translation, code)
        _publish(translation)


def _index_get_or_create(model, *, home, slug: str):
    texts = INDEX_TEXT[slug]
    page = model.objects.filter(locale=home.locale, slug=slug).first()
    if page is None:
        page = home.add_child(
            instance=model(slug=slug, show_in_menus=True, locale=home.locale, **texts["ky"])
        )
        _publish(page)

    def apply(translation, code):
        for field, value in texts[code].items():
            setattr(translation, field, value)

    _translations_create(page, texts, apply)
    return page


def _body(blocks: list, *, language: str) -> list:
    """The schema's (type, value) blocks as StreamField values, images drawn by motif."""
    body = []
    for n, (kind, value) in enumerate(blocks):
        if kind == "paragraph":
            body.append(("paragraph", RichText(value)))
        elif kind == "image":
            image = demo_image_get(motif=value["motif"], variant=n)
            body.append(
                (
                    "image",
                    {
                        "image": image,
                        "alt": _in(value.get("alt", ""), language),
                        "caption": _in(value.get("caption", ""), language),
                    },
                )
            )
        else:
            body.append((kind, value))
    return body


def _in(value, language: str) -> str:
    """A text that is either one string or one per language."""
    if isinstance(value, dict):
        return value.get(language) or value.get("ky") or ""
    return value or ""


def _case_text_apply(page, case: dict, language: str) -> None:
    text = case["text"][language]
    for field in CASE_TEXT_FIELDS:
        setattr(page, field, text.get(field, ""))
    page.body = _body(text.get("body", []), language=language)
    page.cover_alt = _in(case.get("cover", {}).get("alt", ""), language)
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
            setattr(child, field, _in(item.get(text_key, ""), language))
            if relation == "gallery_images":
                child.alt = child.caption
        setattr(page, relation, objects)


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
            name=p["name"],
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
            image=demo_image_get(motif=g["motif"], variant=n + 1), credit=g.get("credit", "")
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
def portal_demo_create(*, cases: list, news: list, about: dict | None) -> dict[str, int]:
    """The portal and news indexes, About, cases and news in every language (idempotent)."""
    home = home_pages_create()
    portal = _index_get_or_create(BestPracticeIndexPage, home=home, slug="best-practices")
    news_index = _index_get_or_create(NewsIndexPage, home=home, slug="news")
    created = {"cases": 0, "news": 0}

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
            _publish(page)
            created["cases"] += 1
        _translations_create(
            page,
            case["text"],
            lambda translation, code, case=case: _case_text_apply(translation, case, code),
        )

    for item in news:
        page = NewsPage.objects.filter(locale=news_index.locale, slug=item["slug"]).first()
        if page is None:
            cover = item.get("cover") or {}
            page = NewsPage(
                slug=item["slug"],
                date=date.fromisoformat(item["date"]),
                cover_image=demo_image_get(motif=cover["motif"], variant=0) if cover else None,
            )
            _news_text_apply(page, item, "ky")
            news_index.add_child(instance=page)
            _publish(page)
            created["news"] += 1
        _translations_create(
            page,
            item["text"],
            lambda translation, code, item=item: _news_text_apply(translation, item, code),
        )

    if about:
        page = StandardPage.objects.filter(locale=home.locale, slug=about["slug"]).first()
        if page is None:
            page = StandardPage(slug=about["slug"], show_in_menus=True)
            _standard_text_apply(page, about, "ky")
            home.add_child(instance=page)
            _publish(page)
        _translations_create(
            page,
            about["text"],
            lambda translation, code: _standard_text_apply(translation, about, code),
        )
    return created


def _news_text_apply(page, item: dict, language: str) -> None:
    text = item["text"][language]
    page.title = text["title"]
    page.summary = text.get("summary", "")
    page.body = _body(text.get("body", []), language=language)
    page.cover_alt = _in((item.get("cover") or {}).get("alt", ""), language)


def _standard_text_apply(page, about: dict, language: str) -> None:
    text = about["text"][language]
    page.title = text["title"]
    page.intro = text.get("intro", "")
    page.body = _body(text.get("body", []), language=language)
