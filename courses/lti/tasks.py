"""Background jobs of the LTI app: scores posted to the platforms' gradebooks."""

import requests
from celery import shared_task
from pylti1p3.exception import LtiServiceException

from lms.accounts.tasks import RETRY  # the shared retry policy (growing pauses)

SCORE_RETRY = {
    **RETRY,
    "autoretry_for": (requests.RequestException, LtiServiceException, OSError),
    "time_limit": 60,
    "soft_time_limit": 45,
}


@shared_task(**SCORE_RETRY)
def lti_score_send(context_id: int) -> bool:
    """Post a launch's current score (AGS); re-reads the state, so reruns post nothing twice."""
    from courses.lti.services import score_send

    return score_send(context_id=context_id)
