"""Reading the policies: the versions in force, a policy's history, what a person must accept."""

import logging

from django.core.cache import cache
from django.db.models import Max, OuterRef, Subquery

from lms.policies.models import PolicyAcceptance, PolicyKind, PolicyVersion, SitePolicy

logger = logging.getLogger(__name__)

# The ids of the versions in force, kept in the shared cache until the next publish deletes it
# (lms.policies.services.policy_version_publish): the middleware reads it on every page load.
CURRENT_IDS_KEY = "policies:current-ids"


def policies_current() -> list[PolicyVersion]:
    """The newest published version of each policy that has one, privacy notice first."""
    newest = (
        PolicyVersion.objects.filter(policy=OuterRef("policy"), published_at__isnull=False)
        .order_by("-version")
        .values("pk")[:1]
    )
    return list(
        PolicyVersion.objects.filter(pk=Subquery(newest))
        .select_related("policy")
        .order_by("policy__kind")
    )


def current_version_ids() -> tuple[int, ...]:
    """The ids of the versions in force, from the cache (no query once warm)."""
    try:
        ids = cache.get(CURRENT_IDS_KEY)
    except Exception:
        logger.warning("Cache unavailable: the policies in force are read from the database.")
        return tuple(version.pk for version in policies_current())
    if ids is None:
        ids = tuple(version.pk for version in policies_current())
        try:
            cache.set(CURRENT_IDS_KEY, ids, None)
        except Exception:
            logger.warning("Cache unavailable: the policies in force are not kept.")
    return tuple(ids)


def read_ahead_keys(request, user_id) -> list[str]:
    """`lms.cache_ahead`: a signed-in page load asks whether policies wait to be accepted."""
    return [CURRENT_IDS_KEY] if user_id is not None and request.method == "GET" else []


def accepted_version_ids(*, user, version_ids) -> set[int]:
    """Which of `version_ids` the person has accepted (one query)."""
    return set(
        PolicyAcceptance.objects.filter(user=user, version_id__in=version_ids).values_list(
            "version_id", flat=True
        )
    )


def policies_to_accept(user) -> list[PolicyVersion]:
    """The versions in force the person has not accepted yet (none for the signed-out)."""
    if not getattr(user, "is_authenticated", False):
        return []
    current = policies_current()
    accepted = accepted_version_ids(user=user, version_ids=[v.pk for v in current])
    return [version for version in current if version.pk not in accepted]


def policy_of_kind(kind: str) -> SitePolicy | None:
    """The policy of a kind, or None for a kind the site does not have."""
    if kind not in PolicyKind.values:
        return None
    return SitePolicy.objects.filter(kind=kind).first()


def policy_versions_published(*, policy: SitePolicy) -> list[PolicyVersion]:
    """Every published version of a policy, newest first (the first is in force)."""
    return list(
        policy.versions.filter(published_at__isnull=False)
        .select_related("policy")
        .order_by("-version")
    )


def policy_version_next_number(*, policy: SitePolicy) -> int:
    """The number the policy's next published version gets."""
    newest = policy.versions.aggregate(newest=Max("version"))["newest"]
    return (newest or 0) + 1


def policy_acceptances_of(*, user):
    """A person's acceptances, newest first, with their versions (for the person's own data)."""
    return (
        PolicyAcceptance.objects.filter(user=user)
        .select_related("version__policy")
        .order_by("-accepted_at", "-pk")
    )
