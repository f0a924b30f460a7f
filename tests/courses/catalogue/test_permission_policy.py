"""The page permission policy's "pages this user may act on": the same pages as Wagtail's rule
(minus ownership in the course tree), built as one condition however many grants a user holds."""

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from wagtail.models import GroupPagePermission, Page
from wagtail.permissions import policy_registry

import pytest

from courses.catalogue.permissions import _outermost

pytestmark = pytest.mark.django_db


def policy():
    return policy_registry.get_by_type(Page)


def pages_below(*pages) -> set[int]:
    ids = set()
    for page in pages:
        ids |= set(Page.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True))
    return ids


def test_a_trainer_may_change_exactly_the_courses_on_whose_list_they_are(make_course, make_user):
    trainer = make_user(role="Trainer")
    taught = [make_course(lessons=2, modules=1, trainers=[trainer]) for _ in range(3)]
    other = make_course(lessons=2, modules=1, trainers=[make_user(role="Trainer")])

    changeable = set(
        policy()
        .instances_user_has_any_permission_for(trainer, ["change"])
        .values_list("pk", flat=True)
    )

    assert changeable == pages_below(*taught)
    assert not changeable & pages_below(other)


def test_a_grant_on_a_branch_covers_the_grants_inside_it(catalogue, make_course, make_user):
    trainer = make_user(role="Trainer")  # "add" on the catalogue
    course = make_course(lessons=2, modules=1, trainers=[trainer])

    addable = policy().instances_user_has_any_permission_for(trainer, ["add", "change"])

    assert set(addable.values_list("pk", flat=True)) == pages_below(catalogue)
    assert course.pk in set(addable.values_list("pk", flat=True))
    # One condition for the catalogue, none for the course inside it.
    assert str(addable.query).count("LIKE") == 1


def test_owning_a_page_outside_the_course_tree_still_lets_an_adder_change_it(
    home_page, catalogue, make_course, make_user
):
    editor = make_user()
    group = Group.objects.create(name="Home adders")
    editor.groups.add(group)
    GroupPagePermission.objects.create(
        group=group, page=home_page, permission=Permission.objects.get(codename="add_page")
    )
    owned = Page(title="Owned notice", slug="owned-notice", owner=editor)
    home_page.add_child(instance=owned)
    not_owned = Page(title="Someone else's", slug="not-owned")
    home_page.add_child(instance=not_owned)
    course = make_course(lessons=1, modules=0)
    Page.objects.filter(pk=course.pk).update(owner=editor)  # owning a course grants nothing
    editor = type(editor).objects.get(pk=editor.pk)

    changeable = set(
        policy()
        .instances_user_has_any_permission_for(editor, ["change"])
        .values_list("pk", flat=True)
    )

    assert changeable == {owned.pk}


def test_a_user_without_grants_may_act_on_no_page(make_course, make_user):
    make_course(lessons=1)
    learner = make_user(role="Learner")

    assert not policy().instances_user_has_any_permission_for(learner, ["change"]).exists()


def test_outermost_paths_drop_the_ones_inside_another():
    assert _outermost({"0001", "00010002", "00010002003", "0002"}) == {"0001", "0002"}
    assert _outermost(set()) == set()


def test_a_trainer_of_many_courses_opens_the_admin_and_sees_only_their_courses(
    client, make_course, make_user
):
    trainer = make_user(role="Trainer")
    taught = [make_course(lessons=1, modules=0, trainers=[trainer]) for _ in range(12)]
    other = make_course(lessons=1, modules=0, title="Not theirs at all")
    client.force_login(trainer)

    response = client.get(reverse("wagtailadmin_home"))

    assert response.status_code == 200
    changeable = policy().instances_user_has_any_permission_for(trainer, ["change"])
    assert set(changeable.specific().type(type(taught[0])).values_list("pk", flat=True)) == {
        course.pk for course in taught
    }
    assert other.pk not in set(changeable.values_list("pk", flat=True))
