"""Drafts, publishing (numbers, immutability) and acceptances (idempotent, in a language)."""

from django.core.exceptions import ValidationError

import pytest

from lms.policies.models import PolicyAcceptance, PolicyVersion
from lms.policies.selectors import (
    current_version_ids,
    policies_current,
    policies_to_accept,
)
from lms.policies.services import (
    policy_version_publish,
    policy_version_update,
    policy_versions_accept,
)

pytestmark = pytest.mark.django_db


def test_publishing_numbers_each_policy_on_its_own(publish):
    first, second = publish("privacy", 1), publish("privacy", 2)
    terms = publish("terms", 1)
    assert (first.version, second.version, terms.version) == (1, 2, 1)
    assert second.published_at is not None
    assert [v.pk for v in policies_current()] == [second.pk, terms.pk]


def test_a_draft_has_no_number_and_is_not_in_force(make_draft, publish):
    published = publish("privacy")
    draft = make_draft("privacy", 2)
    assert draft.version is None and not draft.is_published
    assert [v.pk for v in policies_current()] == [published.pk]


def test_a_published_version_cannot_be_changed(publish):
    version = publish("privacy")
    with pytest.raises(ValidationError):
        policy_version_update(version=version, title="Башка")
    version.refresh_from_db()
    assert version.title == "privacy ky 1"


def test_a_draft_can_be_changed(make_draft):
    draft = make_draft("privacy")
    policy_version_update(version=draft, title="Жаңы")
    draft.refresh_from_db()
    assert draft.title == "Жаңы"


def test_a_version_is_published_once(publish):
    version = publish("privacy")
    with pytest.raises(ValidationError):
        policy_version_publish(version=version)
    assert PolicyVersion.objects.get(pk=version.pk).version == 1


def test_publishing_refreshes_the_cached_ids_in_force(publish):
    first = publish("privacy", 1)
    assert current_version_ids() == (first.pk,)
    second = publish("privacy", 2)
    assert current_version_ids() == (second.pk,)


def test_acceptance_is_recorded_once_with_the_language_read(learner, both_published):
    assert policy_versions_accept(user=learner, versions=both_published, language="ru") == 2
    # A double submit records nothing more.
    assert policy_versions_accept(user=learner, versions=both_published, language="en") == 0
    rows = PolicyAcceptance.objects.filter(user=learner)
    assert rows.count() == 2
    assert set(rows.values_list("language", flat=True)) == {"ru"}
    assert policies_to_accept(learner) == []


def test_the_language_recorded_is_the_one_shown(learner, publish):
    """An English reader of a version without English text read the Kyrgyz one."""
    version = publish("privacy", body_en="", title_en="")
    policy_versions_accept(user=learner, versions=[version], language="en")
    assert PolicyAcceptance.objects.get(user=learner).language == "ky"


def test_a_draft_cannot_be_accepted(learner, make_draft):
    with pytest.raises(ValidationError):
        policy_versions_accept(user=learner, versions=[make_draft()], language="ky")
    assert not PolicyAcceptance.objects.exists()


def test_policies_to_accept_lists_only_what_is_new(learner, publish):
    old = publish("privacy", 1)
    policy_versions_accept(user=learner, versions=[old], language="ky")
    assert policies_to_accept(learner) == []
    new = publish("privacy", 2)
    assert [v.pk for v in policies_to_accept(learner)] == [new.pk]


def test_policies_to_accept_is_empty_for_the_signed_out(both_published):
    from django.contrib.auth.models import AnonymousUser

    assert policies_to_accept(AnonymousUser()) == []
