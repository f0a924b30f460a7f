"""Demo content of the public site's base (home pages, About), and the helpers the portal's and
news' demos build with; all built in code and safe to run again."""

from django.db import transaction

from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from cms.demo_images import demo_image_get
from cms.models import HomePage, StandardPage

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


# --- Helpers for the demos of the portal and news, and the About page ---------------------------

LANGUAGES = ("ky", "ru", "en")


def demo_locales() -> dict:
    """The three languages' locales, made if missing."""
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}


def demo_publish(page) -> None:
    """Publish through a revision, as an editor does."""
    page.save_revision().publish()


def demo_translations_create(source, texts: dict, apply) -> None:
    """Copy `source` into each language it lacks, let `apply` set that language's text, publish."""
    for code, locale in demo_locales().items():
        if code == source.locale.language_code or code not in texts:
            continue
        if source.get_translation_or_none(locale) is not None:
            continue
        translation = source.copy_for_translation(locale)
        apply(translation, code)
        demo_publish(translation)


def demo_index_get_or_create(model, *, home, slug: str, texts: dict):
    """An index page under the home page, published, with its translations (idempotent)."""
    page = model.objects.filter(locale=home.locale, slug=slug).first()
    if page is None:
        page = home.add_child(
            instance=model(slug=slug, show_in_menus=True, locale=home.locale, **texts["ky"])
        )
        demo_publish(page)

    def apply(translation, code):
        for field, value in texts[code].items():
            setattr(translation, field, value)

    demo_translations_create(page, texts, apply)
    return page


def demo_body(blocks: list, *, language: str) -> list:
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
                        "alt": demo_text_in(value.get("alt", ""), language),
                        "caption": demo_text_in(value.get("caption", ""), language),
                    },
                )
            )
        else:
            body.append((kind, value))
    return body


def demo_text_in(value, language: str) -> str:
    """A text that is either one string or one per language."""
    if isinstance(value, dict):
        return value.get(language) or value.get("ky") or ""
    return value or ""


@transaction.atomic
def about_page_create(*, about: dict, home: HomePage | None = None) -> StandardPage:
    """The About page under the home page, in every language (idempotent)."""
    home = home or home_pages_create()
    page = StandardPage.objects.filter(locale=home.locale, slug=about["slug"]).first()
    if page is None:
        page = StandardPage(slug=about["slug"], show_in_menus=True)
        _standard_text_apply(page, about, "ky")
        home.add_child(instance=page)
        demo_publish(page)
    demo_translations_create(
        page,
        about["text"],
        lambda translation, code: _standard_text_apply(translation, about, code),
    )
    return page


def _standard_text_apply(page, about: dict, language: str) -> None:
    text = about["text"][language]
    page.title = text["title"]
    page.intro = text.get("intro", "")
    page.body = demo_body(text.get("body", []), language=language)
