"""Following portal themes: the Follow/Unfollow buttons (POST, no JS), "Themes I follow", and a
case's first publication telling the followers of its theme once, in their language."""

from django.db import transaction
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale

import pytest

from cms.portal.models import ThemeFollow
from cms.portal.personal_data import theme_follow_records, theme_follows_erase
from lms.notifications.models import Notification
from tests.factories.cms import case_create

pytestmark = pytest.mark.django_db

ACTION = 'action="/ky/themes/private-sector/follow/"'
TO_FOLLOW = '<input type="hidden" name="follow" value="1">'
TO_UNFOLLOW = '<input type="hidden" name="follow" value="0">'


def _follow_url(theme="private-sector"):
    with translation.override("ky"):
        return reverse("portal:theme_follow", args=[theme])


def _draft_case(portal, **fields):
    case = case_create(portal, **fields)
    case.live = False
    case.first_published_at = case.last_published_at = None
    case.save()
    return case


def test_follow_and_unfollow_from_a_case_page_without_javascript(client, portal, make_user):
    case = case_create(portal)
    person = make_user(role="Learner")
    assert ACTION not in client.get(case.url).content.decode()  # anonymous: no button
    client.force_login(person)
    html = client.get(case.url).content.decode()
    assert ACTION in html and TO_FOLLOW in html
    with translation.override("ky"):
        assert (
            translation.gettext("Follow “%(label)s”")
            % {"label": translation.gettext("Private sector involvement")}
            in html
        )
    response = client.post(_follow_url(), {"follow": "1", "next": case.url})
    assert response.status_code == 302 and response["Location"] == case.url
    client.post(_follow_url(), {"follow": "1", "next": case.url})  # a double click
    assert list(ThemeFollow.objects.values_list("user", "theme")) == [(person.pk, "private-sector")]
    assert TO_UNFOLLOW in client.get(case.url).content.decode()
    response = client.post(_follow_url(), {"follow": "0", "next": "https://evil.example/"})
    assert response["Location"] == "/ky/themes/"  # never off the site
    assert not ThemeFollow.objects.exists()


def test_the_index_filtered_by_a_theme_offers_to_follow_it(client, portal, make_user):
    case_create(portal)
    client.force_login(make_user(role="Learner"))
    assert ACTION not in client.get(portal.url).content.decode()  # no theme chosen
    assert ACTION in client.get(portal.url + "?theme=private-sector").content.decode()


def test_following_needs_a_sign_in_a_post_and_a_real_theme(client, portal, make_user):
    response = client.post(_follow_url(), {"follow": "1"})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    client.force_login(make_user(role="Learner"))
    assert client.get(_follow_url()).status_code == 405
    assert client.post(_follow_url("nonsense"), {"follow": "1"}).status_code == 404
    assert not ThemeFollow.objects.exists()


def test_themes_i_follow_is_linked_from_the_profile(client, make_user, home_page):
    person = make_user(role="Learner")
    ThemeFollow.objects.create(user=person, theme="intermunicipal-cooperation")
    client.force_login(person)
    with translation.override("en"):
        themes_url = reverse("portal:themes")
        profile = client.get(reverse("accounts:profile")).content.decode()
    assert f'href="{themes_url}"' in profile
    html = client.get(themes_url).content.decode()
    assert "Themes I follow" in html
    assert 'Intermunicipal cooperation</strong> <span class="muted">(following)' in html
    assert "Private sector involvement</strong>\n" in html  # not followed


def test_a_first_publication_tells_the_themes_followers_once_in_their_language(
    client, portal, make_user
):
    russian = make_user(role="Learner", preferred_language="ru")
    english = make_user(role="Learner", preferred_language="en")
    elsewhere = make_user(role="Learner")
    make_user(role="Learner")  # follows nothing
    for person in (russian, english):
        ThemeFollow.objects.create(user=person, theme="private-sector")
    ThemeFollow.objects.create(user=elsewhere, theme="intermunicipal-cooperation")
    case = _draft_case(portal, title="Таштанды келишими")
    ru_case = case.copy_for_translation(Locale.objects.get(language_code="ru"), copy_parents=True)
    ru_case.title = "Договор на вывоз мусора"
    ru_case.save_revision().publish()
    assert Notification.objects.count() == 2  # the translation went first: it tells them
    case.save_revision().publish()  # the Kyrgyz original's first publication
    case.save_revision().publish()  # a republish
    # One case, told once, whatever its languages and publications (dedupe key per case).
    assert Notification.objects.count() == 2
    assert not Notification.objects.filter(recipient=elsewhere).exists()


def test_each_follower_reads_the_case_in_their_language_with_its_link(client, portal, make_user):
    russian = make_user(role="Learner", preferred_language="ru")
    english = make_user(role="Learner", preferred_language="en")
    bystander = make_user(role="Learner")
    ThemeFollow.objects.create(user=bystander, theme="intermunicipal-cooperation")
    for person in (russian, english):
        ThemeFollow.objects.create(user=person, theme="private-sector")
    case = _draft_case(portal, title="Таштанды келишими")
    with translation.override("ru"):
        portal.get_translation(Locale.objects.get(language_code="ru"))
    case.save_revision().publish()
    told = {n.recipient: n for n in Notification.objects.filter(kind="case")}
    assert set(told) == {russian, english}
    case.refresh_from_db()
    # No English or Russian version yet: the Kyrgyz case, in each reader's words.
    assert told[english].title == "New case: Таштанды келишими"
    assert told[english].url == told[russian].url == case.url
    with translation.override("ru"):
        assert told[russian].title == translation.gettext("New case: %(title)s") % {
            "title": "Таштанды келишими"
        }
    assert told[english].dedupe_key == f"case:{case.translation_key}"
    client.force_login(english)
    assert client.get(told[english].url).status_code == 200


def test_a_rolled_back_publication_tells_no_one(portal, make_user):
    ThemeFollow.objects.create(user=make_user(role="Learner"), theme="private-sector")
    case = _draft_case(portal)
    with pytest.raises(RuntimeError), transaction.atomic():
        case.save_revision().publish()
        raise RuntimeError("the request fails after publishing")
    assert not Notification.objects.exists()


def test_the_follows_are_in_the_data_export_and_erased_with_the_account(make_user):
    person = make_user(role="Learner")
    ThemeFollow.objects.create(user=person, theme="private-sector")
    with translation.override("en"):
        records = list(theme_follow_records(person))
    assert [record["theme"] for record in records] == ["Private sector involvement"]
    assert theme_follows_erase(person) == 1
    assert not ThemeFollow.objects.exists()
