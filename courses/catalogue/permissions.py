"""Page permissions in the course tree: a course's trainer list decides, never page ownership.

Trainers hold "add" on the catalogue (to start courses) and "add"/"change" on each course whose
trainer list names them (a per-course group, see `services.course_trainers_sync`). Wagtail
inherits permissions down the tree, and lets a page's owner edit it (and delete it while
unpublished) with "add" alone. Without this module a trainer could add lessons to any course, and
a trainer taken off a course's list would keep editing the pages they had created, since the
catalogue's "add" reaches every page below it.

The tester answers for one page (the admin's views, bulk actions, choosers, wagtail-localize);
the policy answers for querysets and users (reports, editing sessions, the actions API). Both
ignore ownership in the catalogue and everything under it.
"""

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from wagtail.models import GroupPagePermission, PagePermissionTester
from wagtail.permission_policies.pages import PagePermissionPolicy

COURSE_EDIT_ACTIONS = {"add", "change"}


def course_tree_content_types() -> list:
    """Content types of the catalogue, course, module and lesson pages (cached by Django)."""
    from courses.catalogue.models import CourseIndexPage, CoursePage, LessonPage, ModulePage

    models = (CourseIndexPage, CoursePage, ModulePage, LessonPage)
    return list(ContentType.objects.get_for_models(*models, for_concrete_models=False).values())


def course_tree_check(page) -> bool:
    """Whether `page` (specific or not) is a catalogue, course, module or lesson page."""
    return page.content_type_id in {ct.pk for ct in course_tree_content_types()}


class CourseTreePermissionTester(PagePermissionTester):
    """Wagtail's tester without its owner rule: editing and deleting need "change"."""

    def _owner_rule_only(self) -> bool:
        """True when Wagtail would grant only because the user owns the page (plus "add")."""
        return (
            self.user.is_active and not self.user.is_superuser and "change" not in self.permissions
        )

    def can_edit(self):
        if self._owner_rule_only():
            # Reviewers still reach the editor of a page in their review task.
            task = self.page.current_workflow_task
            return bool(task and task.user_can_access_editor(self.page, self.user))
        return super().can_edit()

    def can_delete(self, ignore_bulk=False):
        if self._owner_rule_only():
            return False
        return super().can_delete(ignore_bulk=ignore_bulk)


class CoursePagePermissionTester(CourseTreePermissionTester):
    """For courses, modules and lessons: a trainer's catalogue grant stops at courses whose
    trainer list does not name them."""

    def __init__(self, user, page):
        super().__init__(user, page)
        if not user.is_active or user.is_superuser or "publish" in self.permissions:
            return
        if self.permissions & COURSE_EDIT_ACTIONS and not self._is_course_trainer():
            self.permissions = self.permissions - COURSE_EDIT_ACTIONS

    def _is_course_trainer(self) -> bool:
        from courses.catalogue.selectors import course_trainer_check

        return course_trainer_check(user=self.user, page=self.page)

    def can_delete(self, ignore_bulk=False):
        """Only publishers delete or move a whole course; trainers may drop draft lessons."""
        from courses.catalogue.models import CoursePage

        if (
            self.page.specific_class is CoursePage
            and not self.user.is_superuser
            and "publish" not in self.permissions
        ):
            return False
        return super().can_delete(ignore_bulk=ignore_bulk)


def _below_any(path: str, paths: set[str]) -> bool:
    """Whether the page at `path` is one of `paths` or below one (treebeard's materialised path:
    a page's path starts with each ancestor's)."""
    return any(path.startswith(other) for other in paths)


def _outermost(paths: set[str]) -> set[str]:
    """The paths not below another of them: a grant on a branch covers the grants inside it.
    Sorted, a branch's pages follow it, so one pass keeps each branch's top."""
    kept: list[str] = []
    for path in sorted(paths):
        if not kept or not path.startswith(kept[-1]):
            kept.append(path)
    return set(kept)


class CoursePagePermissionPolicy(PagePermissionPolicy):
    """Wagtail's page policy, registered for every page, answering as the testers above do for
    the course tree: there, owning a page grants nothing and a trainer's rights are their
    course's. Elsewhere it is Wagtail's own."""

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if self._base_user_has_permission(user) is None and course_tree_check(instance):
            return bool(set(actions) & instance.permissions_for_user(user).permissions)
        return super().user_has_any_permission_for_instance(user, actions, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        """One filter for all the user's grants: OR-ing a queryset per grant, as Wagtail does,
        clones the growing condition each time, and a trainer of fifty courses holds a hundred
        grants (seconds of query building on every admin page whose menu asks)."""
        base_queryset = self._base_queryset_for_user(user)
        if base_queryset is not None:
            return base_queryset
        whole, owned = set(), set()
        for perm in self.get_cached_permissions_for_user(user):
            if (
                perm.permission.codename == self._get_permission_codename("add")
                and "add" not in actions
                and "change" in actions
            ):
                owned.add(perm.page.path)  # Wagtail's owner rule, outside the course tree only
            elif perm.permission.codename in self._get_permission_codenames(actions):
                whole.add(perm.page.path)
        whole = _outermost(whole)
        owned = {path for path in _outermost(owned) if not _below_any(path, whole)}
        if not whole and not owned:
            return self.model._default_manager.none()
        condition = Q()
        for path in sorted(whole):
            condition |= Q(path__startswith=path)
        if owned:
            below_owned = Q()
            for path in sorted(owned):
                below_owned |= Q(path__startswith=path)
            condition |= (
                below_owned & Q(owner=user) & ~Q(content_type__in=course_tree_content_types())
            )
        return self.model._default_manager.filter(condition)

    def users_with_any_permission_for_instance(self, actions, instance, include_superusers=True):
        if not course_tree_check(instance):
            return super().users_with_any_permission_for_instance(
                actions, instance, include_superusers
            )
        # Wagtail's query without its last clause, which adds the page's owner holding "add".
        groups = GroupPagePermission.objects.filter(
            permission__codename__in=self._get_permission_codenames(actions),
            page__in=instance.get_ancestors(inclusive=True),
        ).values_list("group", flat=True)
        q = Q(groups__in=groups)
        if include_superusers:
            q |= Q(is_superuser=True)
        return get_user_model()._default_manager.filter(is_active=True).filter(q).distinct()
