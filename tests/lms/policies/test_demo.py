"""The demo's policies: published once in three languages, accepted by the demo accounts."""

import pytest

from lms.accounts.demo import DEMO_USERS, demo_users_create
from lms.policies.demo import policies_demo_create
from lms.policies.demo_content import POLICIES
from lms.policies.models import PolicyVersion
from lms.policies.selectors import policies_to_accept

pytestmark = pytest.mark.django_db


def test_the_demo_publishes_both_policies_once_and_its_accounts_accept_them():
    demo_users_create(password="x-Demo-2026")
    current = policies_demo_create(policies=POLICIES)
    assert [(v.policy.kind, v.version) for v in current] == [("privacy", 1), ("terms", 1)]
    for version in current:
        for suffix in ("", "_ru", "_en"):
            assert getattr(version, f"title{suffix}") and getattr(version, f"body{suffix}")
    again = policies_demo_create(policies=POLICIES)
    assert [v.pk for v in again] == [v.pk for v in current]
    assert PolicyVersion.objects.count() == 2
    from lms.accounts.models import User

    for email, *_rest in DEMO_USERS:
        assert policies_to_accept(User.objects.get(email=email)) == []


def test_the_privacy_notice_says_what_is_held_in_each_language():
    privacy = POLICIES["privacy"]
    for suffix, words in (
        ("", ("муниципалитет", "кызмат орду", "жыныс", "упай", "privacy@example.org")),
        ("_ru", ("муниципалитет", "должность", "пол", "баллы", "privacy@example.org")),
        ("_en", ("municipality", "position", "gender", "scores", "privacy@example.org")),
    ):
        body = privacy[f"body{suffix}"]
        for word in words:
            assert word in body, (suffix, word)
