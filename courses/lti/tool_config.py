"""pylti1p3's tool configuration read from our LtiPlatform rows (many client ids per issuer)."""

from pylti1p3.deployment import Deployment
from pylti1p3.registration import Registration
from pylti1p3.tool_config.abstract import ToolConfAbstract

from courses.lti.models import LtiPlatform


def registration_of(platform: LtiPlatform) -> Registration:
    """The library's view of one platform row."""
    return (
        Registration()
        .set_issuer(platform.issuer)
        .set_client_id(platform.client_id)
        .set_auth_login_url(platform.auth_login_url)
        .set_auth_token_url(platform.auth_token_url)
        .set_auth_audience(platform.auth_audience or None)
        .set_key_set_url(platform.keyset_url)
        .set_tool_private_key(platform.private_key)
        .set_tool_public_key(platform.public_key)
    )


class PlatformToolConf(ToolConfAbstract):
    """Finds active registrations by (issuer, client id); inactive ones are unknown to a launch.

    `platform` remembers the row last found, so the view can tell the person which one it was.
    """

    def __init__(self):
        self.issuers_relation_types = {}
        self.platform: LtiPlatform | None = None
        self.inactive: LtiPlatform | None = None

    def check_iss_has_one_client(self, iss):
        return False

    def check_iss_has_many_clients(self, iss):
        return True

    def _platform(self, iss, client_id=None) -> LtiPlatform | None:
        rows = LtiPlatform.objects.filter(issuer=iss)
        if client_id:
            rows = rows.filter(client_id=client_id)
        found = list(rows[:2])
        if len(found) != 1:
            return None
        platform = found[0]
        if not platform.active:
            self.inactive = platform
            return None
        self.platform = platform
        return platform

    def find_registration_by_issuer(self, iss, *args, **kwargs):
        platform = self._platform(iss)
        return registration_of(platform) if platform else None

    def find_registration_by_params(self, iss, client_id, *args, **kwargs):
        platform = self._platform(iss, client_id)
        return registration_of(platform) if platform else None

    def find_deployment(self, iss, deployment_id):
        return self.find_deployment_by_params(iss, deployment_id, None)

    def find_deployment_by_params(self, iss, deployment_id, client_id, *args, **kwargs):
        platform = self.platform or self._platform(iss, client_id)
        if platform is None or deployment_id not in (platform.deployment_ids or []):
            return None
        return Deployment().set_deployment_id(deployment_id)
