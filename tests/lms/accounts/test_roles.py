"""Who may do what in the admin, per role, from both sides."""

from django.contrib.auth.models import Group
from django.urls import reverse

import pytest

from lms.accounts.roles import ROLES

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
        {
            "email": "new.trainer@example.org",
            "full_name": "Мирлан Садыков",
            "position": "other",
            "gender": "male",
            "preferred_language": "ru",
            "password1": "Strong-Password-2026",
            "password2": "Strong-Password-2026",
            "groups": [trainer_group.pk],
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    from lms.accounts.models import User

    user = User.objects.get(email="new.trainer@example.org")
    assert user.full_name == "Мирлан Садыков"
    assert user.email_confirmed  # the manager vouches for the address
    assert not user.is_superuser
    assert list(user.groups.all()) == [trainer_group]
