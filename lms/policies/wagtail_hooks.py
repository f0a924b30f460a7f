"""Admin wiring of the site policies: the versions' snippet (Managers and administrators)."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from lms.policies.models import PolicyVersion
from lms.policies.viewsets import (
    PolicyVersionPermissionPolicy,
    PolicyVersionViewSet,
    publish_button,
)

register_permission_policy(
    PolicyVersion, PolicyVersionPermissionPolicy(PolicyVersion), exact_class=True
)
register_snippet(PolicyVersionViewSet)


@hooks.register("register_snippet_listing_buttons")
def policy_version_listing_buttons(snippet, user, next_url=None):
    if isinstance(snippet, PolicyVersion) and user.has_perm("policies.change_policyversion"):
        button = publish_button(snippet)
        if button:
            yield button
