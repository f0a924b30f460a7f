"""Short ASCII addresses and file names from Kyrgyz and Russian, by one rule everywhere."""

import re

from django.apps import apps
from django.core.files.base import ContentFile
from django.urls import reverse

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

import pytest

from cms.models import StandardPage
from lms.slugs import AsciiSlugMixin, ascii_file_name, ascii_slug, slug_formatters

LONG_TITLE = (
    "Бүргөндү жана Достук айыл аймактарынын таштанды чыгаруу боюнча муниципалитеттер аралык "
    "кызматташтыгы: 2019–2023-жылдардагы тажрыйба жана сабактар"
)


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Бүргөндү", "burgondu"),
        ("Өнүгүү", "onuguu"),
        ("Жаңы кеңеш", "zhangy-kengesh"),
        ("Айыл өкмөтү", "ayyl-okmotu"),
        ("От потребности до тендера", "ot-potrebnosti-do-tendera"),
        ("Щедрый объём: «вода», 5 000 000 сом!", "shchedryy-obem-voda-5-000-000-som"),
        ("Street lighting by contract", "street-lighting-by-contract"),
        ("???", ""),
    ],
)
def test_titles_in_kyrgyz_and_russian_become_ascii_slugs(title, slug):
    assert ascii_slug(title) == slug


def test_a_long_title_is_cut_after_a_whole_word_within_80_characters():
    slug = ascii_slug(LONG_TITLE)
    assert len(slug) <= 80
    assert slug.startswith("burgondu-zhana-dostuk-ayyl-aymaktarynyn-tashtandy")
    assert not slug.endswith("-")
    assert slug.split("-")[-1] in ascii_slug(LONG_TITLE, max_length=200).split("-")
    assert len(ascii_slug("Ж" * 200)) == 80  # one endless word is cut where it must


@pytest.mark.parametrize(
    ("name", "stored"),
    [
        ("Келишим 2024 (акыркы).PDF", "Kelishim_2024_akyrky.pdf"),
        ("Бүргөндү.jpg", "Burgondu.jpg"),
        ("report.final.xlsx", "report.final.xlsx"),
        ("???.pdf", "file.pdf"),
        ("Ө" * 120 + ".docx", "O" * 80 + ".docx"),
    ],
)
def test_file_names_are_transliterated_and_capped(name, stored):
    assert ascii_file_name(name) == stored


def _browser_slug(title: str) -> str:
    """What the admin's slug widget does in the browser: our formatters in order, then Wagtail's
    `urlify` (lower case, drop what is not a word character, hyphens for spaces)."""
    value = title.strip()
    for pattern, replacement in slug_formatters():
        value = re.sub(pattern, replacement.replace("$1", r"\1"), value)
    value = value.lower()
    value = re.sub(r"[^-\w\s]", "", value, flags=re.ASCII)
    value = re.sub(r"[-\s]+", "-", value)
    return value[:255].strip("-")


@pytest.mark.parametrize(
    "title",
    [
        "Бүргөндү",
        "Жаңы кеңеш: өнүгүү",
        "От потребности до тендера",
        "Щедрый объём «вода»",
        LONG_TITLE,
        "Ы" * 90,
    ],
)
def test_the_admin_widget_spells_titles_as_the_server_does(title):
    assert _browser_slug(title) == ascii_slug(title)


def test_every_page_model_of_ours_makes_ascii_slugs():
    ours = [
        model
        for model in apps.get_models()
        if issubclass(model, Page)
        and model is not Page
        and model.__module__.startswith(("cms.", "courses.", "lms."))
    ]
    assert len(ours) >= 10
    assert [m.__name__ for m in ours if not issubclass(m, AsciiSlugMixin)] == []


@pytest.mark.django_db
def test_a_page_titled_in_kyrgyz_gets_a_short_ascii_slug(home_page):
    page = home_page.add_child(instance=StandardPage(title=LONG_TITLE))
    assert page.slug == ascii_slug(LONG_TITLE)
    assert len(page.slug) <= 80
    assert page.url.isascii()
    twin = home_page.add_child(instance=StandardPage(title=LONG_TITLE))
    assert twin.slug == f"{page.slug}-2"
    typed = home_page.add_child(instance=StandardPage(title="Биз жөнүндө", slug="биз-жөнүндө"))
    assert typed.slug == "biz-zhonundo"


@pytest.mark.django_db
def test_an_existing_page_keeps_its_address(home_page):
    page = home_page.add_child(instance=StandardPage(title="Биз", slug="biz"))
    Page.objects.filter(pk=page.pk).update(slug="биз")
    page.refresh_from_db()
    page.title = "Биз жөнүндө"
    page.save()
    assert page.slug == "биз"


@pytest.mark.django_db
def test_pages_made_in_the_admin_get_ascii_slugs(client, home_page, make_user):
    """The slug field fills itself in the browser (the widget carries our letters); a Cyrillic
    slug typed by hand, or sent with JavaScript off, is transliterated when the page is made."""
    client.force_login(make_user(is_superuser=True, is_staff=True))
    url = reverse("wagtailadmin_pages:add", args=["cms", "standardpage", home_page.pk])
    form = client.get(url).content.decode()
    assert 'data-w-slug-formatters-value="' in form
    assert "ү" in form and "ng" in form  # the letters travel to the browser's slug widget
    for title, slug in (
        ("Биздин кызматташтык жөнүндө", _browser_slug("Биздин кызматташтык жөнүндө")),
        ("Байланыш", "байланыш"),
    ):
        data = {"title": title, "slug": slug, "intro": "", "body": streamfield([])}
        response = client.post(url, nested_form_data({**data, "comments": inline_formset([])}))
        assert response.status_code == 302, response.context["form"].errors
    slugs = set(StandardPage.objects.values_list("slug", flat=True))
    assert {"bizdin-kyzmattashtyk-zhonundo", "baylanysh"} <= slugs
    # Snippets with slugs (course topics) spell them the same way.
    topic_form = client.get("/admin/snippets/catalogue/topic/add/").content.decode()
    assert 'data-w-slug-formatters-value="' in topic_form


def test_uploaded_documents_and_images_keep_readable_ascii_names(db):
    from wagtail.documents.models import Document
    from wagtail.images.models import Image

    from cms.demo_images import demo_image_get

    document = Document.objects.create(
        title="Келишим", file=ContentFile(b"%PDF-1.4\n", name="Келишим 2024.pdf")
    )
    assert document.file.name == "documents/Kelishim_2024.pdf"
    drawn = demo_image_get(motif="chart")
    with drawn.file.open("rb") as handle:
        image = Image.objects.create(
            title="Сүрөт", file=ContentFile(handle.read(), name="Бүргөндү сүрөтү.png")
        )
    assert image.file.name == "original_images/Burgondu_surotu.png"


@pytest.mark.django_db
def test_old_pages_get_ascii_slugs_with_a_redirect_from_the_old_address(
    client, home_page, django_capture_on_commit_callbacks
):
    import io

    from django.core.management import call_command

    from wagtail.contrib.redirects.models import Redirect

    page = home_page.add_child(instance=StandardPage(title="Биз жөнүндө", slug="about-us"))
    page.save_revision().publish()
    child = page.add_child(instance=StandardPage(title="Байланыш", slug="contacts"))
    Page.objects.filter(pk=page.pk).update(slug="биз-жөнүндө", url_path="/home/биз-жөнүндө/")
    Page.objects.filter(pk=child.pk).update(url_path="/home/биз-жөнүндө/contacts/")
    out = io.StringIO()
    call_command("pages_ascii_slugs", "--dry-run", stdout=out)
    assert Page.objects.get(pk=page.pk).slug == "биз-жөнүндө"
    with django_capture_on_commit_callbacks(execute=True):
        call_command("pages_ascii_slugs", stdout=out)
    page.refresh_from_db()
    child.refresh_from_db()
    assert page.slug == "biz-zhonundo"
    assert page.latest_revision.content["slug"] == "biz-zhonundo"
    assert child.url_path == "/home/biz-zhonundo/contacts/"
    assert Redirect.objects.filter(redirect_page=page).exists()
    assert "1 pages renamed." in out.getvalue()
