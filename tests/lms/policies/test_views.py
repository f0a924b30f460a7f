"""The public policy pages and the accept page."""

from django.urls import reverse
from django.utils import translation

import pytest

from lms.policies.models import PolicyAcceptance

pytestmark = pytest.mark.django_db


def url(name, language="ky", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def test_the_policy_page_shows_the_version_in_force_in_the_readers_language(client, publish):
    publish("privacy", 1)
    publish("privacy", 2)
    page = client.get(url("policies:policy", "ru", kind="privacy")).content.decode()
    assert "privacy ru 2" in page and "Полный текст 2" in page
    assert "Full text" not in page and "Толук текст" not in page
    # The earlier version is listed with its own link.
    assert url("policies:version", "ru", kind="privacy", version=1) in page


def test_an_earlier_version_stays_readable_and_says_so(client, publish):
    publish("privacy", 1)
    publish("privacy", 2)
    response = client.get(url("policies:version", "en", kind="privacy", version=1))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Full text 1" in page and "no longer in force" in page


def test_a_missing_translation_shows_the_kyrgyz_text_marked_as_kyrgyz(client, publish):
    publish("terms", body_en="", title_en="")
    page = client.get(url("policies:policy", "en", kind="terms")).content.decode()
    assert '<div class="rich-text" lang="ky">' in page and "Толук текст 1" in page


def test_drafts_and_unknown_kinds_are_not_shown(client, make_draft, publish):
    make_draft("privacy", 1, title="Жашыруун")
    page = client.get(url("policies:policy", kind="privacy"))
    assert page.status_code == 200 and "Жашыруун" not in page.content.decode()
    assert client.get(url("policies:policy", kind="cookies")).status_code == 404
    assert client.get(url("policies:version", kind="privacy", version=1)).status_code == 404


def test_the_policy_page_costs_four_queries(client, publish, django_assert_num_queries):
    for n in range(1, 5):
        publish("privacy", n)
    # The policy, then its published versions (the list and the one shown, at once), however
    # many; the layout's site and locale for the menu.
    with django_assert_num_queries(4):
        assert client.get(url("policies:policy", kind="privacy")).status_code == 200


def test_the_footer_links_to_both_policies(client, home_page):
    page = client.get("/ky/").content.decode()
    assert url("policies:policy", kind="privacy") in page
    assert url("policies:policy", kind="terms") in page


def test_the_accept_page_refuses_the_signed_out(client, both_published):
    response = client.get(url("policies:accept"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_accepting_records_each_version_in_the_page_language(client, learner, both_published):
    client.force_login(learner)
    accept = url("policies:accept", "ru")
    page = client.get(accept + "?next=/ru/my/")
    assert page.status_code == 200
    fields = {f"accept_{v.pk}": "on" for v in both_published}
    response = client.post(accept, {**fields, "next": "/ru/my/"})
    assert response.status_code == 302 and response["Location"] == "/ru/my/"
    rows = PolicyAcceptance.objects.filter(user=learner)
    assert {(r.version_id, r.language) for r in rows} == {(v.pk, "ru") for v in both_published}


def test_an_unticked_box_is_refused_with_a_message(client, learner, both_published):
    client.force_login(learner)
    first = both_published[0]
    response = client.post(url("policies:accept", "en"), {f"accept_{first.pk}": "on"})
    assert response.status_code == 200
    assert "Tick the box to accept this document" in response.content.decode()
    assert not PolicyAcceptance.objects.exists()


def test_nothing_to_accept_goes_straight_on(client, learner, both_published):
    client.force_login(learner)
    from lms.policies.services import policy_versions_accept

    policy_versions_accept(user=learner, versions=both_published, language="ky")
    response = client.get(url("policies:accept") + "?next=/ky/search/")
    assert response.status_code == 302 and response["Location"] == "/ky/search/"


@pytest.mark.parametrize(
    "unsafe", ["https://evil.example/", "//evil.example/x", "/ky/policies/accept/?next=/ky/"]
)
def test_next_is_kept_on_this_site_and_off_the_accept_page(client, learner, both_published, unsafe):
    client.force_login(learner)
    fields = {f"accept_{v.pk}": "on" for v in both_published}
    response = client.post(url("policies:accept"), {**fields, "next": unsafe})
    assert response.status_code == 302
    assert response["Location"] == reverse("progress:my")


def test_a_double_submit_records_once(client, learner, both_published):
    client.force_login(learner)
    fields = {f"accept_{v.pk}": "on" for v in both_published}
    client.post(url("policies:accept"), fields)
    response = client.post(url("policies:accept"), fields)
    assert response.status_code == 302
    assert PolicyAcceptance.objects.filter(user=learner).count() == 2


def test_a_version_published_while_the_page_was_open_must_be_ticked_too(client, learner, publish):
    first = publish("privacy", 1)
    client.force_login(learner)
    newer = publish("privacy", 2)
    response = client.post(url("policies:accept"), {f"accept_{first.pk}": "on"})
    assert response.status_code == 200
    assert f'name="accept_{newer.pk}"' in response.content.decode()
    assert not PolicyAcceptance.objects.exists()


def test_the_accept_page_offers_the_ways_out(client, learner, both_published):
    """Sign out, download one's data, ask for deletion: open to someone who declines."""
    client.force_login(learner)
    page = client.get(url("policies:accept")).content.decode()
    for name in ("accounts:logout", "privacy:export_request", "privacy:deletion_request"):
        assert f'"{url(name)}"' in page, name
