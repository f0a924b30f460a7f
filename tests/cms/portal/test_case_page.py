"""The case page: fact box, key figures, parts, related cases and courses, fixed queries."""

from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.documents.models import Document

import pytest

from cms.demo_images import demo_image_get
from cms.portal.models import (
    CaseDocument,
    CaseGalleryImage,
    CaseKeyFigure,
    CasePartner,
    CaseRelatedCase,
    CaseRelatedCourse,
    CaseTimelineEntry,
)
from tests.factories.cms import case_create
from tests.factories.courses import CourseIndexPageFactory, CoursePageFactory
from tests.factories.places import DistrictFactory, MunicipalityFactory, OblastFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def full_case(portal):
    oblast = OblastFactory(name_ky="Чүй облусу")
    district = DistrictFactory(oblast=oblast, name_ky="Ысык-Ата району")
    municipality = MunicipalityFactory(district=district, name_ky="Теплоключенка")
    case = case_create(
        portal,
        title="Таштанды келишими",
        municipalities=[municipality],
        budget_amount=1200000,
        budget_currency="KGS",
        population_served=4200,
        cover_image=demo_image_get(motif="waste"),
        cover_alt="Жүк ташуучу унаа",
    )
    case.key_figures = [CaseKeyFigure(label="Камтуу", before=40, after=85, unit="%")]
    case.timeline = [CaseTimelineEntry(date="2019-03", event="Келишим түзүлдү")]
    case.partners = [CasePartner(name="ЖЧК Таза", kind="private-company", technical=True)]
    case.gallery_images = [
        CaseGalleryImage(image=demo_image_get(motif="chart"), caption="Диаграмма", credit="Demo")
    ]
    document = Document.objects.create(
        title="Келишимдин үлгүсү", file=ContentFile(b"%PDF-1.4 demo", name="contract.pdf")
    )
    case.documents = [CaseDocument(document=document, kind="contract")]
    case.save()
    return case


def test_case_page_shows_fact_box_figures_and_parts(client, full_case):
    response = client.get(full_case.url)
    html = response.content.decode()
    assert response.status_code == 200
    for text in (
        "Теплоключенка",
        "Ысык-Ата району",
        "Чүй облусу",
        "Камтуу",
        "40 %",
        "85 %",
        "2019-03",
        "ЖЧК Таза",
        "Диаграмма",
        "Келишимдин үлгүсү",
        "PDF",
        'alt="Жүк ташуучу унаа"',
    ):
        assert text in html, text


def test_related_cases_prefer_chosen_then_same_service_area(client, portal, full_case):
    same_area = case_create(
        portal, title="Same area", service_area="solid-waste", mechanism="other"
    )
    chosen = case_create(portal, title="Chosen", service_area="veterinary", mechanism="other")
    case_create(portal, title="Unrelated", service_area="veterinary", mechanism="other")
    full_case.related_cases = [CaseRelatedCase(case=chosen)]
    full_case.save()
    related = client.get(full_case.url).context["case"].related_cases
    assert [c.title for c in related] == ["Chosen", "Same area"]
    assert same_area.pk in {c.pk for c in related}


def test_related_courses_show_only_live_pages(client, home_page, full_case):
    catalogue = CourseIndexPageFactory(parent=home_page)
    live = CoursePageFactory(parent=catalogue, title="Live course")
    hidden = CoursePageFactory(parent=catalogue, title="Hidden course")
    hidden.unpublish()
    full_case.related_courses = [
        CaseRelatedCourse(course=live),
        CaseRelatedCourse(course=hidden),
    ]
    full_case.save()
    html = client.get(full_case.url).content.decode()
    assert "Live course" in html
    assert "Hidden course" not in html


def _queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_case_page_query_count_does_not_grow_with_cases(client, portal, full_case):
    for _ in range(4):
        case_create(portal, service_area="solid-waste")
    few = _queries(client, full_case.url)
    for _ in range(195):
        case_create(portal, service_area="solid-waste")
    many = _queries(client, full_case.url)
    # Same for 5 or 200 cases: the case's parts (municipalities, gallery and its renditions,
    # figures, dates, partners, funding, documents: 8), related cases and their municipalities
    # (2; covers with their renditions add one more), related courses with view restrictions
    # (2), the cover image (1): 13. The case itself and its breadcrumb's parent are on the copy
    # the first render kept of the page it walked to (lms.routing, the site, route and view
    # restrictions too; 2 more before). The menu, the language switcher and the hreflang links
    # come from the fragment cache (_queries renders the page once first; cold, or with
    # FRAGMENT_CACHE_SECONDS=0, they and Wagtail's own routing add more).
    assert few == many == 13


def test_wagtail_localize_extracts_the_case_and_its_translatable_parts(full_case):
    from wagtail_localize.models import TranslationSource

    source, _ = TranslationSource.get_or_create_from_instance(full_case)
    texts = set(source.stringsegment_set.values_list("string__data", flat=True))
    assert {"Таштанды келишими", "Камтуу", "Келишим түзүлдү", "Диаграмма"} <= texts
    assert "ЖЧК Таза" not in texts  # partner names are shared by every language


def test_related_course_chooser_falls_back_to_any_page_without_courses():
    from django.apps import apps

    from cms.portal.models import CaseRelatedCourse
    from cms.portal.models.cases import CoursePageChooserPanel

    panel = CoursePageChooserPanel("course").bind_to_model(CaseRelatedCourse)
    panel.get_form_options()
    try:
        apps.get_model("catalogue.CoursePage")
    except LookupError:
        assert panel.page_type is None
    else:
        assert panel.page_type == "catalogue.CoursePage"


def test_preview_of_unsaved_changes_renders(full_case):
    full_case.save_revision()
    revision = full_case.get_latest_revision_as_object()
    revision.key_figures = [CaseKeyFigure(label="Жаңы көрсөткүч", before=1, after=2, unit="")]
    response = revision.make_preview_request()
    assert response.status_code == 200
    assert "Жаңы көрсөткүч" in response.content.decode()
