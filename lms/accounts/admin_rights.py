"""Who may manage whom in the user admin, so that managing accounts never widens one's rights.

A non-administrator may act on an account only when everything that account may do, they may do
too: it is not an administrator, each of its groups is one they could grant, and its own
permissions are theirs. Otherwise setting its password or e-mail would hand them its rights. They
grant only groups whose permissions (model, page and collection) they hold themselves.
Workflow tasks are not rights here: a manager still puts people into "Reviewer".
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models import Q, QuerySet

from wagtail.models import GroupCollectionPermission, GroupPagePermission
from wagtail.permission_policies import ModelPermissionPolicy

# (permission id, tree path) pairs: a right on a page or collection covers its descendants.
TreeRights = frozenset[tuple[int, str]]


@dataclass(frozen=True)
class AdminRights:
    """What one signed-in user may do to accounts; `admin_rights_of` builds it."""

    is_superuser: bool
    permission_ids: frozenset[int]
    grantable_group_ids: frozenset[int]

    def grantable_groups(self) -> QuerySet:
        """The groups this user may put people into."""
        if self.is_superuser:
            return Group.objects.all()
        return Group.objects.filter(pk__in=self.grantable_group_ids)

    def may_grant(self, group: Group) -> bool:
        return self.is_superuser or group.pk in self.grantable_group_ids

    def manageable(self, users: QuerySet) -> QuerySet:
        """Narrow `users` to the accounts this user may open, change, copy or act on."""
        if self.is_superuser:
            return users
        return (
            users.filter(is_superuser=False)
            .exclude(groups__in=Group.objects.exclude(pk__in=self.grantable_group_ids))
            .exclude(user_permissions__in=Permission.objects.exclude(pk__in=self.permission_ids))
        )

    def may_manage(self, user) -> bool:
        if self.is_superuser:
            return True
        return self.manageable(get_user_model().objects.filter(pk=user.pk)).exists()

    def manageable_pks(self, pks) -> set:
        """The primary keys among `pks` this user may act on (one query for a bulk action)."""
        pks = list(pks)
        if self.is_superuser:
            return set(pks)
        users = self.manageable(get_user_model().objects.filter(pk__in=pks))
        return set(users.values_list("pk", flat=True))


NO_RIGHTS = AdminRights(False, frozenset(), frozenset())


def _covered(wanted: TreeRights, held: TreeRights) -> bool:
    return all(
        any(perm == held_perm and path.startswith(held_path) for held_perm, held_path in held)
        for perm, path in wanted
    )


def _tree_rights(model, tree_field: str, groups: Q) -> dict[int, set[tuple[int, str]]]:
    rights: dict[int, set[tuple[int, str]]] = {}
    rows = model.objects.filter(groups).values_list("group_id", "permission_id", tree_field)
    for group_id, perm, path in rows:
        rights.setdefault(group_id, set()).add((perm, path))
    return rights


def admin_rights_of(actor) -> AdminRights:
    """The rights of `actor` over accounts, read once per request (seven queries) and kept on it."""
    found = getattr(actor, "_admin_rights", None)
    if found is not None:
        return found
    if not (actor.is_authenticated and actor.is_active):
        found = NO_RIGHTS
    elif actor.is_superuser:
        found = AdminRights(True, frozenset(), frozenset())
    else:
        mine = Q(group__user=actor) | Q(user=actor)
        held_perms = frozenset(Permission.objects.filter(mine).values_list("pk", flat=True))
        held_pages = _tree_rights(GroupPagePermission, "page__path", Q(group__user=actor))
        held_collections = _tree_rights(
            GroupCollectionPermission, "collection__path", Q(group__user=actor)
        )
        pages_held = frozenset().union(*held_pages.values())
        collections_held = frozenset().union(*held_collections.values())

        group_perms: dict[int, set[int]] = {}
        for group_id, perm in Group.permissions.through.objects.values_list(
            "group_id", "permission_id"
        ):
            group_perms.setdefault(group_id, set()).add(perm)
        pages = _tree_rights(GroupPagePermission, "page__path", Q())
        collections = _tree_rights(GroupCollectionPermission, "collection__path", Q())
        grantable = frozenset(
            group_id
            for group_id in Group.objects.values_list("pk", flat=True)
            if group_perms.get(group_id, set()) <= held_perms
            and _covered(frozenset(pages.get(group_id, ())), pages_held)
            and _covered(frozenset(collections.get(group_id, ())), collections_held)
        )
        found = AdminRights(False, held_perms, grantable)
    actor._admin_rights = found
    return found


class UserPermissionPolicy(ModelPermissionPolicy):
    """The user model's policy: the model permissions, and only on accounts one may manage,
    so every Wagtail view, button and link that asks about an account follows the rule above."""

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and admin_rights_of(user).may_manage(instance)

    def instances_user_has_any_permission_for(self, user, actions):
        return admin_rights_of(user).manageable(
            super().instances_user_has_any_permission_for(user, actions)
        )
