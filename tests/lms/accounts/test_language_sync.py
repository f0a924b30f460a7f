"""One language per person: the site's profile and Wagtail's admin profile stay in step."""

from importlib import import_module

from django.apps import apps

from wagtail.users.models import UserProfile

import pytest

from lms.accounts.models import User
from lms.accounts.services import user_profile_update

pytestmark = pytest.mark.django_db


def test_a_new_admin_profile_starts_in_the_persons_language(make_user):
    user = make_user(preferred_language="ru")
    assert UserProfile.get_for_user(user).preferred_language == "ru"
    assert user.wagtail_userprofile.get_preferred_language() == "ru"


def test_a_language_chosen_on_the_site_reaches_the_admin(make_user):
    user = make_user(preferred_language="ky")
    profile = UserProfile.get_for_user(user)
    user_profile_update(user=user, preferred_language="en")
    profile.refresh_from_db()
    assert profile.preferred_language == "en"
    assert user.wagtail_userprofile.preferred_language == "en"


def test_a_language_chosen_in_the_admin_reaches_the_site(make_user):
    user = make_user(preferred_language="ky")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ru"
    profile.save()
    user.refresh_from_db()
    assert user.preferred_language == "ru"
    # "Use the server's default" in the admin means the person's own language.
    profile.preferred_language = ""
    profile.save()
    profile.refresh_from_db()
    assert profile.preferred_language == "ru"


def test_saves_that_do_not_touch_the_language_write_nothing_more(
    make_user, django_assert_num_queries
):
    user = make_user(preferred_language="ky")
    UserProfile.get_for_user(user)
    # A sign-in saves only last_login: one UPDATE, nothing for the admin profile.
    with django_assert_num_queries(1):
        user.save(update_fields=["last_login"])


def test_the_migration_puts_existing_admin_profiles_in_their_persons_language(make_user):
    russian, kyrgyz = make_user(preferred_language="ru"), make_user(preferred_language="ky")
    for user in (russian, kyrgyz):
        UserProfile.get_for_user(user)
    # As before the migration: profiles left empty, or in another language (queryset updates
    # send no signals).
    UserProfile.objects.filter(user=russian).update(preferred_language="")
    UserProfile.objects.filter(user=kyrgyz).update(preferred_language="en")
    migration = import_module("lms.accounts.migrations.0004_admin_profile_language")
    migration.forwards(apps, None)
    assert UserProfile.objects.get(user=russian).preferred_language == "ru"
    assert UserProfile.objects.get(user=kyrgyz).preferred_language == "ky"
    assert User.objects.get(pk=kyrgyz.pk).preferred_language == "ky"
