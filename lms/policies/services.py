"""Changing the policies: drafts, publishing a version, and recording acceptances."""

import logging
from collections.abc import Iterable

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import log

from lms.page_cache import page_cache_invalidate
from lms.policies.models import PolicyAcceptance, PolicyVersion, SitePolicy
from lms.policies.selectors import CURRENT_IDS_KEY, policy_version_next_number
from lms.versions import version_renew_now_and_after_commit

PUBLISHED_IMMUTABLE = _(
    "This version is published and cannot be changed. Copy it into a new version instead."
)
ALREADY_PUBLISHED = _("This version is already published.")
NOT_PUBLISHED = _("Only published versions can be accepted.")

logger = logging.getLogger(__name__)

TEXT_FIELDS = tuple(
    f"{name}{suffix}"
    for name in ("title", "summary", "body", "changes")
    for suffix in ("", "_ru", "_en")
)


def _current_forget() -> None:
    """A publish must not fail because the cache is away: readers recompute on a miss."""
    try:
        cache.delete(CURRENT_IDS_KEY)
    except Exception:
        logger.warning("Could not forget the cached policies in force.")


def policy_version_create(*, policy: SitePolicy, created_by=None, **texts) -> PolicyVersion:
    """A new draft version of a policy."""
    unknown = set(texts) - set(TEXT_FIELDS)
    if unknown:
        raise ValueError(f"Not policy texts: {sorted(unknown)}")
    version = PolicyVersion(policy=policy, created_by=created_by, **texts)
    version.full_clean()
    version.save()
    return version


@transaction.atomic
def policy_version_update(*, version: PolicyVersion, **texts) -> PolicyVersion:
    """Change a draft's texts; a published version is refused (publish a new one instead)."""
    unknown = set(texts) - set(TEXT_FIELDS)
    if unknown:
        raise ValueError(f"Not policy texts: {sorted(unknown)}")
    stored = PolicyVersion.objects.select_for_update().get(pk=version.pk)
    if stored.is_published:
        raise ValidationError(PUBLISHED_IMMUTABLE, code="published")
    for name, value in texts.items():
        setattr(stored, name, value)
    stored.full_clean()
    stored.save(update_fields=list(texts))
    return stored


@transaction.atomic
def policy_version_publish(*, version: PolicyVersion, actor=None) -> PolicyVersion:
    """Publish a draft: it takes its policy's next number, is frozen, and becomes the version
    every signed-in person is asked to accept on their next page."""
    SitePolicy.objects.select_for_update().get(pk=version.policy_id)  # one number at a time
    stored = PolicyVersion.objects.select_for_update().select_related("policy").get(pk=version.pk)
    if stored.is_published:
        raise ValidationError(ALREADY_PUBLISHED, code="published")
    stored.full_clean()
    stored.version = policy_version_next_number(policy=stored.policy)
    stored.published_at = timezone.now()
    stored.save(update_fields=["version", "published_at"])
    log(instance=stored, action="wagtail.publish", user=actor)
    # The middleware's cached ids and the stored anonymous policy pages show the old version.
    version_renew_now_and_after_commit(_current_forget)
    page_cache_invalidate()
    version.version, version.published_at = stored.version, stored.published_at
    return stored


def policy_versions_accept(
    *, user, versions: Iterable[PolicyVersion], language: str, now=None
) -> int:
    """Record that the person accepted these published versions, read in `language` (the
    language shown: Kyrgyz where the reader's own is missing). Idempotent: a version accepted
    before is left as it was; returns how many acceptances are new."""
    versions = list(versions)
    if any(not version.is_published for version in versions):
        raise ValidationError(NOT_PUBLISHED, code="not_published")
    language = (language or settings.LANGUAGE_CODE)[:2]
    now = now or timezone.now()
    created = 0
    for version in versions:
        try:
            with transaction.atomic():
                _acceptance, new = PolicyAcceptance.objects.get_or_create(
                    user=user,
                    version=version,
                    defaults={"accepted_at": now, "language": version.language_shown(language)},
                )
        except IntegrityError:  # a double submit racing this one recorded it first
            new = False
        created += new
    return created
