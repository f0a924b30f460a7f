"""The account, notifications, users (managers) and places routers: allowed and refused."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from lms.accounts.models import User
from lms.notifications.models import Notification
from tests.factories.places import MunicipalityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def manager(make_user):
    return make_user(role="Manager")


def test_me_tells_who_calls(api_client, make_user):
    place = MunicipalityFactory()
    person = make_user(role="Trainer", municipality=place, full_name="Aida")
    body = api_client(person).get("/api/v1/me/", {"lang": "en"}).json()
    assert body["full_name"] == "Aida" and body["roles"] == ["Trainer"]
    assert body["municipality"]["name"] == place.name_en
    assert body["municipality"]["oblast"]["code"] == place.district.oblast.code


def _count(api, path, params=None):
    api.get(path, params)
    with CaptureQueriesContext(connection) as queries:
        response = api.get(path, params)
    assert response.status_code == 200
    return len(queries), response.json()


def test_my_notifications_newest_first_paged_and_marked_read(api_client, learner, make_user):
    rows = [
        Notification.objects.create(recipient=learner, kind="announcement", title=f"N{n}")
        for n in range(3)
    ]
    theirs = Notification.objects.create(recipient=make_user(), kind="announcement", title="X")
    api = api_client(learner)
    first = api.get("/api/v1/me/notifications/", {"limit": 2}).json()
    assert [item["title"] for item in first["items"]] == ["N2", "N1"]
    second = api.get(first["next"]).json()
    assert [item["title"] for item in second["items"]] == ["N0"] and second["next"] is None
    read = api.post(f"/api/v1/me/notifications/{rows[0].pk}/read/").json()
    assert read["read_at"] is not None
    unread = api.get("/api/v1/me/notifications/", {"unread": "true"}).json()["items"]
    assert {item["title"] for item in unread} == {"N1", "N2"}
    assert api.post(f"/api/v1/me/notifications/{theirs.pk}/read/").status_code == 404
    theirs.refresh_from_db()
    assert theirs.read_at is None


def test_notifications_query_count_does_not_grow(api_client, learner):
    api = api_client(learner)
    Notification.objects.create(recipient=learner, kind="announcement", title="a")
    few, _ = _count(api, "/api/v1/me/notifications/")
    for n in range(30):
        Notification.objects.create(recipient=learner, kind="announcement", title=f"{n}")
    many, body = _count(api, "/api/v1/me/notifications/")
    # The token with its user (1) and the page of rows (1).
    assert few == many == 2 and len(body["items"]) == 25


def test_managers_create_and_update_accounts_by_email(api_client, manager):
    place = MunicipalityFactory()
    api = api_client(manager)
    created = api.post(
        "/api/v1/users/",
        {"email": "New@Example.org", "full_name": "Nurlan", "municipality": place.pk},
    )
    assert created.status_code == 201, created.content
    assert created.json()["created"] is True
    user = User.objects.get(email="new@example.org")
    assert user.municipality == place and not user.has_usable_password()
    assert user.groups.filter(name="Learner").exists()
    updated = api.post("/api/v1/users/", {"email": "new@example.org", "position": "ao_head"})
    assert updated.status_code == 200 and updated.json()["user"]["position"] == "ao_head"
    user.refresh_from_db()
    assert user.full_name == "Nurlan" and user.position == "ao_head"
    listed = api.get("/api/v1/users/", {"email": "new@example.org"}).json()["items"]
    assert [row["id"] for row in listed] == [user.pk]


def test_managers_cannot_change_an_account_with_more_rights(api_client, manager, make_user):
    admin = make_user(is_superuser=True)
    response = api_client(manager).post("/api/v1/users/", {"email": admin.email, "full_name": "X"})
    assert response.status_code == 403
    admin.refresh_from_db()
    assert admin.full_name != "X"
    listed = api_client(manager).get("/api/v1/users/", {"email": admin.email}).json()["items"]
    assert listed == []


@pytest.mark.parametrize("role", ["Learner", "Trainer", "Reviewer"])
def test_others_may_not_use_the_users_endpoints(api_client, make_user, role):
    api = api_client(make_user(role=role))
    assert api.get("/api/v1/users/").status_code == 403
    assert api.post("/api/v1/users/", {"email": "x@example.org"}).status_code == 403
    assert not User.objects.filter(email="x@example.org").exists()


def test_users_refuse_unknown_fields_and_places(api_client, manager):
    api = api_client(manager)
    assert (
        api.post("/api/v1/users/", {"email": "a@example.org", "is_superuser": True}).status_code
        == 422
    )
    response = api.post(
        "/api/v1/users/", {"email": "a@example.org", "full_name": "A", "municipality": 999999}
    )
    assert response.status_code == 422 and response.json()["errors"][0]["loc"] == [
        "body",
        "municipality",
    ]


def test_users_list_query_count_does_not_grow(api_client, manager, make_user):
    api = api_client(manager)
    make_user(role="Learner", municipality=MunicipalityFactory())
    few, _ = _count(api, "/api/v1/users/")
    for _ in range(15):
        make_user(role="Learner", municipality=MunicipalityFactory())
    many, _ = _count(api, "/api/v1/users/")
    assert few == many


def test_places_are_read_by_any_signed_in_caller_and_not_anonymously(api_client, learner):
    place = MunicipalityFactory()
    api = api_client(learner)
    few, body = _count(api, "/api/v1/places/municipalities/", {"lang": "ru"})
    assert body["items"][0]["name"] == place.name_ru
    for _ in range(10):
        MunicipalityFactory()
    many, _ = _count(api, "/api/v1/places/municipalities/", {"district": place.district_id})
    assert few == many == 2
    oblast = api.get("/api/v1/places/districts/", {"oblast": place.district.oblast_id}).json()
    assert oblast["items"][0]["oblast"]["id"] == place.district.oblast_id
    assert api.get("/api/v1/places/oblasts/").status_code == 200
    assert api_client().get("/api/v1/places/oblasts/").status_code == 401
