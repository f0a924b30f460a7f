import pytest
import responses

from courses.lti.models import LtiPlatform
from tests.courses.lti import platform as sim


@pytest.fixture
def platform_sim():
    """The simulated Moodle, its endpoints served to `requests` for the test's length."""
    simulated = sim.Platform()
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        simulated.serve(mock)
        yield simulated


@pytest.fixture
def registration(db):
    return LtiPlatform.objects.create(
        name="Moodle of the Academy",
        issuer=sim.ISSUER,
        client_id=sim.CLIENT_ID,
        deployment_ids=[sim.DEPLOYMENT_ID],
        auth_login_url=f"{sim.ISSUER}/mod/lti/auth.php",
        auth_token_url=sim.TOKEN_URL,
        keyset_url=f"{sim.ISSUER}/mod/lti/certs.php",
    )
