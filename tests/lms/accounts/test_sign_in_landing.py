"""After signing in: the page asked for (`next`), else the person's work by role, in the
language of the sign-in page (issue 19, point 7)."""

from django.contrib.auth.models import Group

import pytest

from courses.catalogue.selectors import COURSE_GROUP_PREFIX
from lms.accounts.models import User
from lms.accounts.selectors import COURSE_TRAINERS_PREFIX

pytestmark = pytest.mark.django_db

# Each role's landing page, by the sign-in page's language.
LANDINGS = {
    "Learner": {"ky": "/ky/my/", "ru": "/ru/my/", "en": "/en/my/"},
    "Trainer": {"ky": "/ky/teach/", "ru": "/ru/teach/", "en": "/en/teach/"},
    "Manager": {"ky": "/ky/teach/reports/", "ru": "/ru/teach/reports/", "en": "/en/teach/reports/"},
    # The admin has no language prefix: it speaks the person's profile language.
    "Reviewer": {"ky": "/admin/", "ru": "/admin/", "en": "/admin/"},
}


def sign_in(client, user, password, language="ky", **query):
    url = f"/{language}/accounts/login/"
    return client.post(url, {"username": user.email, "password": password, **query})


@pytest.mark.parametrize("language", ["ky", "ru"])
@pytest.mark.parametrize("role", list(LANDINGS))
def test_each_role_lands_on_its_work_in_the_sign_in_language(
    client, home_page, make_user, password, role, language
):
    # The stored preference is another language: the sign-in page's wins for the landing.
    user = make_user(role=role, preferred_language="en")
    response = sign_in(client, user, password, language)
    assert response.status_code == 302
    assert response.url == LANDINGS[role][language]
    # ... and the landing opens for them (no refusal, no further redirect).
    assert client.get(response.url).status_code == 200


@pytest.mark.parametrize("role", list(LANDINGS))
def test_no_role_lands_on_another_roles_page(client, home_page, make_user, password, role):
    user = make_user(role=role)
    landing = sign_in(client, user, password).url
    others = {LANDINGS[other]["ky"] for other in LANDINGS if other != role}
    assert landing not in others


def test_the_stored_preference_is_kept_and_the_cookie_follows_the_sign_in_page(
    client, home_page, make_user, password, settings
):
    manager = make_user(role="Manager", preferred_language="ru")
    response = sign_in(client, manager, password, "ky")
    assert response.url == "/ky/teach/reports/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "ky"
    assert User.objects.get(pk=manager.pk).preferred_language == "ru"
    page = client.get(response.url)
    assert page.status_code == 200
    assert page.headers["Content-Language"] == "ky"
    assert '<html lang="ky"' in page.content.decode()


def test_a_trainer_on_a_course_list_without_the_role_lands_on_teaching(
    client, home_page, make_user, password
):
    user = make_user()
    user.groups.add(Group.objects.create(name=f"{COURSE_GROUP_PREFIX}1a2b"))
    assert sign_in(client, user, password, "ru").url == "/ru/teach/"


def test_a_manager_who_also_teaches_lands_on_the_reports(client, home_page, make_user, password):
    user = make_user(role="Manager")
    user.groups.add(Group.objects.get(name="Trainer"))
    assert sign_in(client, user, password).url == "/ky/teach/reports/"


def test_an_administrator_in_no_role_lands_in_the_admin(client, home_page, make_user, password):
    user = make_user(is_superuser=True, is_staff=True)
    assert sign_in(client, user, password).url == "/admin/"


def test_the_course_group_prefix_is_the_catalogues():
    assert COURSE_TRAINERS_PREFIX == COURSE_GROUP_PREFIX


@pytest.mark.parametrize("role", ["Learner", "Manager"])
def test_a_safe_next_is_honoured(client, home_page, make_user, password, role):
    user = make_user(role=role)
    response = sign_in(client, user, password, "ky", next="/ru/courses/")
    assert response.url == "/ru/courses/"


@pytest.mark.parametrize(
    "hostile",
    [
        "https://evil.example/",
        "//evil.example/ky/my/",
        "https://evil.example/ky/teach/reports/",
        "javascript:alert(1)",
    ],
)
def test_a_next_to_another_site_is_ignored(client, home_page, make_user, password, hostile):
    user = make_user(role="Manager")
    response = sign_in(client, user, password, "ky", next=hostile)
    assert response.status_code == 302
    assert response.url == "/ky/teach/reports/"


@pytest.mark.parametrize(
    "front_door", ["/ky/", "/ru/", "/", "/ky/accounts/logout/", "/ru/accounts/register/"]
)
def test_a_next_from_the_header_on_the_front_door_is_no_destination(
    client, home_page, make_user, password, front_door
):
    """The header's "Sign in" carries the page it was on; from a home page or another signed-out
    account page the person lands on their work instead."""
    user = make_user(role="Trainer")
    response = sign_in(client, user, password, "ru", next=front_door)
    assert response.url == "/ru/teach/"


def test_a_next_to_the_profile_is_honoured(client, home_page, make_user, password):
    user = make_user(role="Learner")
    response = sign_in(client, user, password, "ky", next="/ky/accounts/profile/")
    assert response.url == "/ky/accounts/profile/"


def test_opening_the_sign_in_page_signed_in_goes_to_the_landing(client, home_page, make_user):
    trainer = make_user(role="Trainer", preferred_language="ky")
    client.force_login(trainer)
    response = client.get("/ru/accounts/login/")
    assert response.status_code == 302
    assert response.url == "/ru/teach/"


def test_the_next_field_is_carried_by_the_sign_in_form(client, home_page):
    page = client.get("/ky/accounts/login/?next=/ky/courses/")
    assert page.status_code == 200
    assert 'name="next" value="/ky/courses/"' in page.content.decode()
