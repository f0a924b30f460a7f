"""Demo content for the public site, built in code and safe to run again."""

from django.db import transaction

from wagtail.models import Locale, Page, Site

from cms.models import HomePage

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
