"""Policy versions for the tests: drafts and published ones, in three languages."""

import pytest

from lms.policies.models import SitePolicy
from lms.policies.services import policy_version_create, policy_version_publish


def texts(kind: str, n: int = 1, **changes) -> dict:
    return {
        "title": f"{kind} ky {n}",
        "title_ru": f"{kind} ru {n}",
        "title_en": f"{kind} en {n}",
        "summary": f"Кыскача {n}",
        "summary_ru": f"Кратко {n}",
        "summary_en": f"In short {n}",
        "body": f"<p>Толук текст {n}</p>",
        "body_ru": f"<p>Полный текст {n}</p>",
        "body_en": f"<p>Full text {n}</p>",
        **changes,
    }


@pytest.fixture
def make_draft(db):
    def make(kind="privacy", n=1, created_by=None, **changes):
        policy = SitePolicy.objects.get(kind=kind)
        return policy_version_create(
            policy=policy, created_by=created_by, **texts(kind, n, **changes)
        )

    return make


@pytest.fixture
def publish(make_draft):
    """publish("privacy") -> a new published version of that policy."""

    def make(kind="privacy", n=1, **changes):
        return policy_version_publish(version=make_draft(kind, n, **changes))

    return make


@pytest.fixture
def both_published(publish):
    return [publish("privacy"), publish("terms")]
