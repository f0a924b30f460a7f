"""Partners are named in the reader's language; demo credits and old English labels too."""

from importlib import import_module

from django.apps import apps
from django.utils import translation

from wagtail.models import Locale

import pytest

from cms.portal.demo import cases_demo_create
from cms.portal.models import CaseGalleryImage, CasePartner, CaseStudyPage
from tests.factories.cms import case_create

pytestmark = pytest.mark.django_db

PARTNER = {"ky": "Өнүгүү саясаты институту", "ru": "Институт политики развития", "en": "DPI"}


def test_a_partner_is_named_in_the_language_of_the_page(client, portal):
    case = case_create(portal, title="Таштанды")
    case.partners = [
        CasePartner(name=PARTNER["ky"], name_ru=PARTNER["ru"], name_en=PARTNER["en"], kind="ngo"),
        CasePartner(name="HELVETAS", kind="ngo"),  # one name for every language
    ]
    case.save_revision().publish()
    russian = case.copy_for_translation(Locale.objects.get(language_code="ru"))
    russian.save_revision().publish()
    for page, language in ((case, "ky"), (russian, "ru")):
        html = client.get(page.url).content.decode()
        assert PARTNER[language] in html and "HELVETAS" in html
        assert [
            PARTNER[code] for code in PARTNER if code != language and PARTNER[code] in html
        ] == []
    with translation.override("en"):
        assert [p.local_name for p in case.partners.all()] == ["DPI", "HELVETAS"]


def test_the_demo_names_partners_and_credits_in_each_language(home_page):
    from cms.portal.demo_content import CASES

    case = next(c for c in CASES if c["slug"] == "teploklyuchenka-waste-contract")
    cases_demo_create(cases=[case], home=home_page)
    pages = {p.locale.language_code: p for p in CaseStudyPage.objects.filter(slug=case["slug"])}
    partner = pages["ky"].partners.first()
    assert (partner.name, partner.name_ru, partner.name_en) == (
        "Жергиликтүү жеке оператор (ЖЧК)",
        "Местный частный оператор (ОсОО)",
        "Local private operator (LLC)",
    )
    credits = {code: page.gallery_images.first().credit for code, page in pages.items()}
    assert credits == {
        "ky": "Муниципалдык академия (иллюстрация)",
        "ru": "Муниципальная академия (иллюстрация)",
        "en": "Municipal Academy (illustration)",
    }


def test_the_migration_gives_old_english_labels_their_languages(portal):
    case = case_create(portal, title="Таштанды")
    russian = case.copy_for_translation(Locale.objects.get(language_code="ru"))
    russian.save()
    for page in (case, russian):
        page.partners = [CasePartner(name="Local private operator (LLC)", kind="private-company")]
        page.gallery_images = [
            CaseGalleryImage(
                image=_image(), credit="Municipal Academy (illustration)", locale=page.locale
            )
        ]
        page.save()
    migration = import_module("cms.portal.migrations.0004_partner_name_per_language")
    migration.forwards(apps, None)
    partner = CasePartner.objects.filter(page=russian).get()
    assert (partner.name, partner.name_ru, partner.name_en) == (
        "Жергиликтүү жеке оператор (ЖЧК)",
        "Местный частный оператор (ОсОО)",
        "Local private operator (LLC)",
    )
    assert CaseGalleryImage.objects.get(page=russian).credit == (
        "Муниципальная академия (иллюстрация)"
    )
    assert CaseGalleryImage.objects.get(page=case).credit == "Муниципалдык академия (иллюстрация)"


def _image():
    from cms.demo_images import demo_image_get

    return demo_image_get(motif="chart")
