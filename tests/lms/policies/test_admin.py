"""The versions in the Wagtail admin: Managers and administrators write and publish them,
trainers, reviewers and learners are refused every snippet view; a published version is never
changed or deleted, through any view or bulk action."""

import json

from django.urls import reverse
from django.utils import translation

import pytest

from lms.policies.models import PolicyVersion, SitePolicy

pytestmark = pytest.mark.django_db

NAMESPACE = "wagtailsnippets_policies_policyversion"


def admin_url(view, *args):
    return reverse(f"{NAMESPACE}:{view}", args=args)


def bulk_delete_url(*versions):
    ids = "&".join(f"id={v.pk}" for v in versions)
    return reverse("wagtail_bulk_action", args=("policies", "policyversion", "delete")) + f"?{ids}"


def draftail(text: str) -> str:
    """What Draftail posts for one paragraph."""
    block = {
        "key": "a1b2c",
        "text": text,
        "type": "unstyled",
        "depth": 0,
        "inlineStyleRanges": [],
        "entityRanges": [],
    }
    return json.dumps({"blocks": [block] if text else [], "entityMap": {}})


def form_data(**changes) -> dict:
    data = {
        "policy": SitePolicy.objects.get(kind="privacy").pk,
        "title": "Купуялык саясаты",
        "summary": "Кыскача",
        "body": draftail("Толук текст"),
        "changes": "",
        "title_ru": "Политика конфиденциальности",
        "summary_ru": "Кратко",
        "body_ru": draftail("Полный текст"),
        "changes_ru": "",
        "title_en": "Privacy notice",
        "summary_en": "In short",
        "body_en": draftail("Full text"),
        "changes_en": "",
    }
    return {**data, **changes}


@pytest.fixture
def manager(make_user):
    """Reads the admin in English (the admin follows the person's preferred language)."""
    return make_user(role="Manager", preferred_language="en")


@pytest.fixture
def as_manager(client, manager):
    client.force_login(manager)
    return client


def refused(response) -> bool:
    """Wagtail refuses with 403, or a redirect to its home (a signed-in person without the
    permission) or to its sign-in page (no admin access)."""
    if response.status_code == 403:
        return True
    return response.status_code == 302 and (
        response["Location"] == reverse("wagtailadmin_home") or "/login/" in response["Location"]
    )


def test_a_manager_writes_a_draft_and_publishes_it(as_manager, manager):
    response = as_manager.post(admin_url("add"), form_data())
    assert response.status_code == 302, response.content.decode()[:2000]
    draft = PolicyVersion.objects.get()
    assert draft.created_by == manager and not draft.is_published
    assert "Толук текст" in draft.body and "Full text" in draft.body_en

    edited = as_manager.post(admin_url("edit", draft.pk), form_data(title="Жаңы аты"))
    assert edited.status_code == 302
    draft.refresh_from_db()
    assert draft.title == "Жаңы аты"

    confirm = as_manager.get(admin_url("publish", draft.pk))
    assert confirm.status_code == 200
    assert "will be asked to accept it" in confirm.content.decode()
    assert as_manager.post(admin_url("publish", draft.pk)).status_code == 302
    draft.refresh_from_db()
    assert draft.version == 1 and draft.is_published


def test_the_list_offers_publish_for_drafts_only(as_manager, make_draft, publish):
    draft, published = make_draft("terms"), publish("privacy")
    page = as_manager.get(admin_url("list")).content.decode()
    assert admin_url("publish", draft.pk) in page
    assert admin_url("publish", published.pk) not in page
    assert admin_url("edit", draft.pk) in page
    assert admin_url("edit", published.pk) not in page  # the list offers to inspect it instead


def test_a_published_version_cannot_be_edited_in_the_admin(as_manager, publish):
    version = publish("privacy")
    shown = as_manager.get(admin_url("edit", version.pk))
    assert shown.status_code == 302
    assert shown["Location"] == admin_url("inspect", version.pk)
    posted = as_manager.post(admin_url("edit", version.pk), form_data(title="Башка"))
    assert posted.status_code == 302
    version.refresh_from_db()
    assert version.title == "privacy ky 1"
    # The read-only view shows it.
    assert as_manager.get(admin_url("inspect", version.pk)).status_code == 200


def test_the_admin_form_refuses_a_version_published_meanwhile(publish, make_draft):
    """Opened as a draft, published in another tab, then saved: refused by the form."""
    from lms.policies.forms import PolicyVersionAdminForm
    from lms.policies.services import policy_version_publish

    draft = make_draft("privacy")
    form_class = PolicyVersion.snippet_viewset.get_form_class()
    assert issubclass(form_class, PolicyVersionAdminForm)
    stale = PolicyVersion.objects.get(pk=draft.pk)
    policy_version_publish(version=draft)
    form = form_class(data=form_data(title="Башка"), instance=stale)
    assert not form.is_valid()
    with translation.override("en"):
        assert "cannot be changed" in str(form.non_field_errors())


def test_a_published_version_cannot_be_deleted(as_manager, publish, make_draft):
    version = publish("privacy")
    assert as_manager.get(admin_url("delete", version.pk)).status_code == 302
    assert as_manager.post(admin_url("delete", version.pk)).status_code == 302
    assert PolicyVersion.objects.filter(pk=version.pk).exists()
    # Bulk delete: the published one is refused, the draft goes.
    draft = make_draft("terms")
    as_manager.post(bulk_delete_url(version, draft))
    assert PolicyVersion.objects.filter(pk=version.pk).exists()
    assert not PolicyVersion.objects.filter(pk=draft.pk).exists()


def test_a_draft_can_be_deleted(as_manager, make_draft):
    draft = make_draft("privacy")
    assert as_manager.post(admin_url("delete", draft.pk)).status_code == 302
    assert not PolicyVersion.objects.exists()


def test_publishing_is_in_the_history(as_manager, manager, make_draft):
    from wagtail.models import ModelLogEntry

    draft = make_draft("privacy")
    as_manager.post(admin_url("publish", draft.pk))
    entry = ModelLogEntry.objects.get(object_id=str(draft.pk), action="wagtail.publish")
    assert entry.user == manager
    assert as_manager.get(admin_url("history", draft.pk)).status_code == 200


def test_a_published_version_cannot_be_published_again(as_manager, publish):
    version = publish("privacy")
    response = as_manager.post(admin_url("publish", version.pk))
    assert response.status_code == 302
    assert PolicyVersion.objects.get(pk=version.pk).version == 1


@pytest.mark.parametrize("role", ["Trainer", "Reviewer", "Learner"])
def test_other_roles_are_refused_every_view(client, make_user, role, make_draft, publish):
    draft, published = make_draft("terms"), publish("privacy")
    client.force_login(make_user(role=role))
    before = list(PolicyVersion.objects.values_list("pk", "title", "version"))
    gets = [
        admin_url("list"),
        admin_url("add"),
        admin_url("edit", draft.pk),
        admin_url("delete", draft.pk),
        admin_url("history", draft.pk),
        admin_url("inspect", published.pk),
        admin_url("copy", published.pk),
        admin_url("usage", draft.pk),
        admin_url("publish", draft.pk),
        bulk_delete_url(draft),
    ]
    for url in gets[:-1]:
        assert refused(client.get(url)), url
    # The bulk action's confirmation lists the chosen version as one they may not delete.
    page = client.get(gets[-1])
    if not refused(page):
        assert page.context["items"] == []
        assert list(page.context["items_with_no_access"]) == [draft]
    posts = [
        (admin_url("add"), form_data()),
        (admin_url("edit", draft.pk), form_data(title="Башка")),
        (admin_url("delete", draft.pk), {}),
        (admin_url("publish", draft.pk), {}),
    ]
    for url, data in posts:
        assert refused(client.post(url, data)), url
    client.post(bulk_delete_url(draft), {})  # sends back to the list, having done nothing:
    assert list(PolicyVersion.objects.values_list("pk", "title", "version")) == before
    draft.refresh_from_db()
    assert not draft.is_published


def test_the_menu_shows_site_policies_to_managers_only(client, make_user):
    client.force_login(make_user(role="Manager"))
    assert admin_url("list") in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(make_user(role="Trainer"))
    assert admin_url("list") not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_an_administrator_may_do_everything(client, make_user, make_draft):
    client.force_login(make_user(is_superuser=True))
    draft = make_draft("privacy")
    for url in (admin_url("list"), admin_url("add"), admin_url("edit", draft.pk)):
        assert client.get(url).status_code == 200, url
    assert client.post(admin_url("publish", draft.pk)).status_code == 302
    draft.refresh_from_db()
    assert draft.is_published
