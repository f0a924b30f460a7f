"""A user's permissions and group names kept in the cache between requests.

Django's ModelBackend reads a user's permissions with two queries on every request that asks
(the header's admin link asks on every page: `header_access`), and the course pages read the
user's group names with a third. They change only when someone's groups, a group's permissions
or a user's own permissions change, or a group or permission is deleted: each of those starts a
new access version here, so nothing stale is ever read. Superuser and active flags are part of
the key. When the cache is down, everything is read from the database as Django does.
"""

import logging

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.utils.functional import SimpleLazyObject

from lms.versions import version_get, version_new, version_renew_now_and_after_commit

logger = logging.getLogger(__name__)

VERSION_KEY = "access:version"
KEEP_SECONDS = 3600


# The access version this process read last: what `read_ahead_keys` guesses the next request's is.
_version_seen: str | None = None


def _version() -> str | None:
    global _version_seen
    try:
        _version_seen = version_get(VERSION_KEY)
    except Exception:
        logger.warning("Cache unavailable: permissions are read from the database.")
        return None
    return _version_seen


def access_version_bump() -> None:
    version_new(VERSION_KEY)


def read_ahead_keys(request, user_id) -> list[str]:
    """`lms.cache_ahead`: a signed-in page asks for the admin link, so for the access version
    and the user's access. The latter's key holds the version, read in the same round trip, so
    it is guessed: the version this process saw last, and an active user who is not a superuser.
    A wrong guess costs nothing but the unused value: the key asked for is read as usual."""
    if user_id is None or request.method != "GET":
        return []
    if _version_seen is None:
        return [VERSION_KEY]
    return [VERSION_KEY, _key_of(_version_seen, user_id, superuser=False, active=True)]


def _key(user, version: str) -> str:
    return _key_of(version, user.pk, superuser=user.is_superuser, active=user.is_active)


def _key_of(version: str, user_pk, *, superuser: bool, active: bool) -> str:
    return f"access:{version}:{user_pk}:{int(superuser)}:{int(active)}"


def _access(user) -> dict | None:
    """{"perms": set, "groups": frozenset} for a signed-in user, once per request."""
    if not user.is_authenticated:
        return None
    found = getattr(user, "_access_cache", None)
    if found is not None:
        return found
    version = _version()
    found = None
    if version is not None:
        try:
            found = cache.get(_key(user, version))
        except Exception:
            found = None
    if found is None:
        found = {
            "perms": ModelBackend().get_all_permissions(user),
            "groups": frozenset(user.groups.values_list("name", flat=True)),
        }
        if version is not None:
            try:
                cache.set(_key(user, version), found, KEEP_SECONDS)
            except Exception:
                logger.warning("Cache unavailable: permissions not kept.")
    user._access_cache = found
    return found


def user_group_names(user) -> frozenset:
    """The names of the user's groups (roles and course trainer groups)."""
    access = _access(user)
    return access["groups"] if access is not None else frozenset()


def user_has_perm(user, perm: str) -> bool:
    """`user.has_perm(perm)` for the model permissions Django's ModelBackend grants, from the
    kept copy: what the header asks on every page."""
    if not user.is_active or not user.is_authenticated:
        return False
    return user.is_superuser or perm in _access(user)["perms"]


def header_access(request) -> dict:
    """Template context: whether the header links to the teaching area and the admin."""
    user = getattr(request, "user", None)
    return {
        "can_open_admin": SimpleLazyObject(
            lambda: user is not None and user_has_perm(user, "wagtailadmin.access_admin")
        )
    }


@receiver(m2m_changed, sender=get_user_model().groups.through)
@receiver(m2m_changed, sender=get_user_model().user_permissions.through)
@receiver(m2m_changed, sender=Group.permissions.through)
def access_on_membership_change(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        version_renew_now_and_after_commit(access_version_bump)


@receiver(post_save, sender=Group)
@receiver(post_delete, sender=Group)
@receiver(post_save, sender=Permission)
@receiver(post_delete, sender=Permission)
def access_on_group_change(sender, **kwargs):
    version_renew_now_and_after_commit(access_version_bump)
