"""Places in the Wagtail admin: listed and searchable in any of the three languages."""

from django.urls import reverse

import pytest

from lms.places.models import Municipality
from lms.places.services import places_load

pytestmark = pytest.mark.django_db


@pytest.fixture
def manager_client(client, make_user, home_page):
    places_load()
    client.force_login(make_user(role="Manager"))
    return client


@pytest.mark.parametrize("query", ["Теплоключ", "Teploklyuch", "teploklyuchenka"])
def test_search_finds_a_municipality_by_any_name(manager_client, query):
    url = reverse("wagtailsnippets_places_municipality:list")
    response = manager_client.get(url, {"q": query})
    assert response.status_code == 200
    found = [m.code for m in response.context["object_list"]]
    assert found == ["teploklyuchenka"]


def test_manager_adds_a_municipality(manager_client):
    district = Municipality.objects.get(code="teploklyuchenka").district
    response = manager_client.post(
        reverse("wagtailsnippets_places_municipality:add"),
        {
            "code": "new-aimak",
            "name_ky": "Жаңы айыл аймагы",
            "name_ru": "Новый айыльный аймак",
            "name_en": "New ayil aimak",
            "district": district.pk,
            "kind": "ayil_aimak",
            "population": "4200",
        },
    )
    assert response.status_code == 302
    assert Municipality.objects.get(code="new-aimak").population == 4200


def test_adding_a_municipality_without_names_is_refused(manager_client):
    response = manager_client.post(
        reverse("wagtailsnippets_places_municipality:add"), {"code": "x", "kind": "town"}
    )
    assert response.status_code == 200
    assert not Municipality.objects.filter(code="x").exists()
