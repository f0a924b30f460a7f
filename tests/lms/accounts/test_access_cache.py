"""The header's admin links and course access read a user's permissions and groups from a kept
copy (lms.accounts.access_cache) that any change of groups or permissions renews at once."""

from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from lms.accounts.access_cache import user_group_names, user_has_perm
from lms.accounts.roles import TRAINER

pytestmark = pytest.mark.django_db

ADMIN_LINK = 'href="/admin/"'


def test_the_admin_link_follows_role_changes_at_once(client, make_user):
    user = make_user(role="Learner")
    client.force_login(user)
    assert ADMIN_LINK not in client.get("/en/my/").content.decode()
    user.groups.add(Group.objects.get(name=TRAINER))
    assert ADMIN_LINK in client.get("/en/my/").content.decode()
    user.groups.remove(Group.objects.get(name=TRAINER))
    assert ADMIN_LINK not in client.get("/en/my/").content.decode()


def test_a_permission_taken_from_a_group_is_gone_on_the_next_request(client, make_user):
    client.force_login(make_user(role="Trainer"))
    assert ADMIN_LINK in client.get("/en/my/").content.decode()
    access = Permission.objects.get(codename="access_admin")
    Group.objects.get(name=TRAINER).permissions.remove(access)
    assert ADMIN_LINK not in client.get("/en/my/").content.decode()


def test_superusers_and_inactive_users(make_user):
    admin = make_user(role="Learner")
    admin.is_superuser = True
    assert user_has_perm(admin, "wagtailadmin.access_admin")
    trainer = make_user(role="Trainer")
    trainer.is_active = False
    assert not user_has_perm(trainer, "wagtailadmin.access_admin")


def test_a_kept_copy_costs_no_query(make_user):
    user = make_user(role="Trainer")
    assert user_group_names(user) == {TRAINER}
    fresh = type(user).objects.get(pk=user.pk)  # the next request's user object
    with CaptureQueriesContext(connection) as queries:
        assert user_has_perm(fresh, "wagtailadmin.access_admin")
        assert user_group_names(fresh) == {TRAINER}
    assert len(queries) == 0
