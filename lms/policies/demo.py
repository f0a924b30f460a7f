"""The demo's site policies: published once, and accepted by the demo accounts (so trying the
demo starts on its pages; publishing a new version in the admin shows the asking)."""

from django.db import transaction

from lms.accounts.demo import DEMO_USERS
from lms.accounts.models import User
from lms.policies.models import PolicyVersion, SitePolicy
from lms.policies.selectors import policies_current
from lms.policies.services import (
    policy_version_create,
    policy_version_publish,
    policy_versions_accept,
)


@transaction.atomic
def policies_demo_create(*, policies: dict) -> list[PolicyVersion]:
    """Publish each policy's demo text unless the policy has a published version already;
    the demo accounts accept the versions in force. Returns the versions in force."""
    for kind, texts in policies.items():
        policy = SitePolicy.objects.get(kind=kind)
        if policy.versions.filter(published_at__isnull=False).exists():
            continue
        draft = policy.versions.filter(published_at__isnull=True, title=texts["title"]).first()
        policy_version_publish(version=draft or policy_version_create(policy=policy, **texts))
    current = policies_current()
    for user in User.objects.filter(email__in=[row[0] for row in DEMO_USERS]):
        policy_versions_accept(user=user, versions=current, language=user.preferred_language)
    return current
