"""Who may do what in the admin, per role, from both sides."""

from django.contrib.auth.models import Group
from django.urls import reverse

import pytest

from lms.accounts.models import User
from lms.accounts.roles import ROLES
from tests.factories.accounts import admin_user_form_data

pytestmark = pytest.mark.django_db


def test_migration_creates_the_four_roles():
    assert set(Group.objects.filter(name__in=ROLES).values_list("name", flat=True)) == set(ROLES)


@pytest.mark.parametrize(
    ("role", "admin_home"),
    [("Learner", False), ("Trainer", True), ("Reviewer", True), ("Manager", True)],
)
def test_admin_access_by_role(client, home_page, make_user, role, admin_home):
    client.force_login(make_user(role=role))
    response = client.get(reverse("wagtailadmin_home"))
    assert (response.status_code == 200) is admin_home
    if not admin_home:
        assert response.status_code == 302


def test_anonymous_is_sent_to_admin_login(client, home_page):
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302
    assert "login" in response.url


@pytest.mark.parametrize(
    ("role", "allowed"),
    [("Learner", False), ("Trainer", False), ("Reviewer", False), ("Manager", True)],
)
def test_only_managers_manage_users(client, home_page, make_user, role, allowed):
    client.force_login(make_user(role=role))
    response = client.get(reverse("wagtailusers_users:index"))
    assert (response.status_code == 200) is allowed


@pytest.mark.parametrize(
    ("role", "allowed"),
    [("Trainer", False), ("Reviewer", False), ("Manager", True)],
)
def test_only_managers_edit_places(client, home_page, make_user, role, allowed):
    client.force_login(make_user(role=role))
    response = client.get(reverse("wagtailsnippets_places_municipality:add"))
    assert (response.status_code == 200) is allowed


@pytest.mark.parametrize("role", ["Trainer", "Reviewer", "Manager"])
def test_staff_roles_can_list_places(client, home_page, make_user, role):
    client.force_login(make_user(role=role))
    assert client.get(reverse("wagtailsnippets_places_municipality:list")).status_code == 200


@pytest.mark.parametrize(
    ("role", "can_upload"),
    [("Trainer", True), ("Reviewer", False), ("Manager", True)],
)
def test_image_upload_by_role(client, home_page, make_user, role, can_upload):
    client.force_login(make_user(role=role))
    response = client.get(reverse("wagtailimages:add"))
    assert (response.status_code == 200) is can_upload


@pytest.mark.parametrize(
    ("role", "can_edit_home"),
    [("Trainer", False), ("Reviewer", False), ("Manager", True)],
)
def test_page_editing_by_role(client, home_page, make_user, role, can_edit_home):
    client.force_login(make_user(role=role))
    response = client.get(reverse("wagtailadmin_pages:edit", args=[home_page.pk]))
    assert (response.status_code == 200) is can_edit_home


def test_manager_creates_user_with_profile_fields(client, home_page, make_user):
    client.force_login(make_user(role="Manager"))
    trainer_group = Group.objects.get(name="Trainer")
    response = client.post(
        reverse("wagtailusers_users:add"),
        admin_user_form_data(
            email="new.trainer@example.org",
            full_name="Мирлан Садыков",
            gender="male",
            preferred_language="ru",
            groups=[trainer_group.pk],
        ),
    )
    assert response.status_code == 302, response.context["form"].errors
    user = User.objects.get(email="new.trainer@example.org")
    assert user.full_name == "Мирлан Садыков"
    assert user.email_confirmed  # the manager vouches for the address
    assert not user.is_superuser
    assert list(user.groups.all()) == [trainer_group]


def test_manager_cannot_create_an_administrator(client, home_page, make_user):
    client.force_login(make_user(role="Manager"))
    response = client.post(
        reverse("wagtailusers_users:add"), admin_user_form_data(is_superuser="on")
    )
    assert response.status_code == 302
    assert not User.objects.get(email="someone@example.org").is_superuser


def test_manager_cannot_edit_an_administrator(client, home_page, make_user):
    admin = make_user(is_superuser=True)
    client.force_login(make_user(role="Manager"))
    response = client.get(reverse("wagtailusers_users:edit", args=[admin.pk]))
    assert response.status_code in (302, 403)
    response = client.post(
        reverse("wagtailusers_users:edit", args=[admin.pk]),
        admin_user_form_data(
            email=admin.email, password1="Taken-Over-2026", password2="Taken-Over-2026"
        ),
    )
    admin.refresh_from_db()
    assert not admin.check_password("Taken-Over-2026")


def test_manager_cannot_promote_a_learner_to_administrator(client, home_page, make_user):
    learner = make_user(role="Learner")
    client.force_login(make_user(role="Manager"))
    response = client.post(
        reverse("wagtailusers_users:edit", args=[learner.pk]),
        admin_user_form_data(
            email=learner.email, is_superuser="on", is_active="on", password1="", password2=""
        ),
    )
    assert response.status_code == 302  # the edit itself went through
    learner.refresh_from_db()
    assert not learner.is_superuser
    assert learner.full_name == "Someone"


def test_administrator_can_create_an_administrator(client, home_page, make_user):
    client.force_login(make_user(is_superuser=True))
    response = client.post(
        reverse("wagtailusers_users:add"), admin_user_form_data(is_superuser="on")
    )
    assert response.status_code == 302
    assert User.objects.get(email="someone@example.org").is_superuser
