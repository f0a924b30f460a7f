"""Searching cases by words of the title, summary and body in Kyrgyz and Russian."""

import os

from wagtail.rich_text import RichText

import pytest

from tests.factories.cms import case_create, locale

pytestmark = pytest.mark.django_db


@pytest.fixture
def ru_portal(portal):
    return portal.get_translation(locale("ru"))


def found(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return [case.title for case in response.context["cases_page"]]


def test_finds_kyrgyz_words_in_title_summary_and_body(client, portal):
    case_create(portal, title="Таштанды чыгаруу келишими", summary="Жеке оператор менен")
    case_create(
        portal,
        title="Көчө жарыгы",
        summary="Түнкү жарык",
        body=[("paragraph", RichText("<p>Айыл өкмөтү фонарларды алмаштырды.</p>"))],
    )
    assert found(client, "/ky/best-practices/?q=Таштанды") == ["Таштанды чыгаруу келишими"]
    assert found(client, "/ky/best-practices/?q=оператор") == ["Таштанды чыгаруу келишими"]
    assert found(client, "/ky/best-practices/?q=фонарларды") == ["Көчө жарыгы"]
    assert found(client, "/ky/best-practices/?q=жок+сөз") == []


def test_finds_russian_words_and_marks_them_in_a_snippet(client, ru_portal):
    case_create(
        ru_portal,
        title="Уличное освещение",
        summary="Частный оператор обслуживает фонари.",
        body=[("paragraph", RichText("<p>Айыл окмоту заключил договор на обслуживание.</p>"))],
    )
    case_create(ru_portal, title="Вывоз мусора", summary="Контейнеры на улицах.")
    assert found(client, "/ru/best-practices/?q=освещение") == ["Уличное освещение"]
    response = client.get("/ru/best-practices/?q=договор")
    assert [c.title for c in response.context["cases_page"]] == ["Уличное освещение"]
    assert "<mark>договор</mark>" in response.content.decode()


def test_search_combines_with_facets(client, portal):
    case_create(portal, title="Суу түтүгү", service_area="drinking-water", theme="other")
    case_create(portal, title="Суу сактагыч", service_area="drinking-water", theme="private-sector")
    response = client.get("/ky/best-practices/?q=Суу&theme=other")
    assert [c.title for c in response.context["cases_page"]] == ["Суу түтүгү"]
    theme = next(f for f in response.context["facets"] if f.name == "theme")
    assert {o.value: o.count for o in theme.options} == {"other": 1, "private-sector": 1}


def test_snippet_escapes_html_in_content(client, portal):
    case_create(portal, title="Тест", summary="<script>alert(1)</script> жарык")
    html = client.get("/ky/best-practices/?q=жарык").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "<mark>жарык</mark>" in html


@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"), reason="PostgreSQL only"
)
def test_postgres_full_text_search_is_used(portal):
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    assert "postgres" in type(backend).__module__
