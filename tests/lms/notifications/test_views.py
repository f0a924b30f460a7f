"""The screens: the list (paginated, unread marked in words, filter, mark all read), opening
one, the preferences, the header's count, and unsubscribing from an e-mail without signing
in; permissions both ways and the pinned query counts."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

import pytest

from lms.notifications.models import Notification, NotificationPreference
from lms.notifications.services import preferences_get
from lms.notifications.tokens import unsubscribe_token
from tests.lms.notifications.conftest import announce

pytestmark = pytest.mark.django_db


def en(name, *args, **kwargs):
    with translation.override("en"):
        return reverse(name, args=args, kwargs=kwargs)


@pytest.fixture
def person(make_user):
    return make_user(preferred_language="en")


@pytest.fixture
def signed_in(client, person):
    client.force_login(person)
    return client


def test_the_pages_ask_visitors_to_sign_in(client):
    for name in ("notifications:list", "notifications:preferences"):
        response = client.get(en(name))
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    response = client.post(en("notifications:read_all"))
    assert "/accounts/login/" in response["Location"]


def test_the_list_shows_newest_first_and_says_which_are_new(signed_in, person, make_user):
    announce([person], title="Older", kind="grade")
    announce([person], title="Newer", body="Line one\nline two")
    announce([make_user()], title="Someone else's")
    Notification.objects.filter(title="Older").update(read_at="2026-12-01T10:00Z")
    page = signed_in.get(en("notifications:list")).content.decode()
    assert page.index("Newer") < page.index("Older")
    assert "Someone else" not in page
    assert page.count('class="notification__new">New<') == 1
    assert "Line one<br>line two" in page
    assert "1 unread notification." in page
    assert "Grades released" in page  # the kind, in words


def test_the_unread_filter_and_mark_all_as_read(signed_in, person):
    announce([person], title="Unread one")
    announce([person], title="Read one")
    Notification.objects.filter(title="Read one").update(read_at="2026-12-01T10:00Z")
    page = signed_in.get(en("notifications:list") + "?show=unread").content.decode()
    assert "Unread one" in page and "Read one" not in page
    response = signed_in.post(en("notifications:read_all"), follow=True)
    assert "All notifications are marked as read." in response.content.decode()
    assert not Notification.objects.filter(read_at__isnull=True).exists()
    page = signed_in.get(en("notifications:list") + "?show=unread").content.decode()
    assert "No unread notifications." in page
    assert "Mark all as read" not in page


def test_the_list_is_paginated_by_25(signed_in, person):
    for n in range(27):
        announce([person], title=f"Item {n:02}", url="")
    first = signed_in.get(en("notifications:list")).content.decode()
    second = signed_in.get(en("notifications:list") + "?page=2").content.decode()
    assert first.count('class="notification__title"') == 25
    assert "Item 26" in first and "Item 00" in second and "Page 2 of 2" in second


def _queries(client, url) -> int:
    client.get(url)  # warm the caches: the policies in force, the unread count
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_list_costs_the_same_queries_for_3_or_60_notifications(signed_in, person):
    url = en("notifications:list")
    announce([person] * 1, title="One")
    for _ in range(2):
        announce([person])
    few = _queries(signed_in, url)
    for _ in range(57):
        announce([person])
    # session, user, the page's count and its rows; the unread count is kept in the cache.
    assert _queries(signed_in, url) == few == 3


def test_the_header_shows_the_unread_count_and_costs_no_query_once_kept(signed_in, person):
    announce([person])
    announce([person])
    url = en("progress:my")
    page = signed_in.get(url).content.decode()
    assert 'Notifications (2<span class="visually-hidden"> unread</span>)' in page
    with CaptureQueriesContext(connection) as queries:
        signed_in.get(url)
    assert not [q for q in queries if "notifications_notification" in q["sql"]]
    announce([person])  # renewed at once
    assert "Notifications (3" in signed_in.get(url).content.decode()


def test_the_header_has_no_count_when_all_is_read(signed_in, person):
    page = signed_in.get(en("progress:my")).content.decode()
    assert ">Notifications</a>" in page


def test_opening_one_marks_it_read_and_follows_its_link(signed_in, person):
    (row,) = announce([person], url="/en/my/")
    response = signed_in.get(en("notifications:open", row.pk))
    assert response.status_code == 302 and response["Location"] == "/en/my/"
    row.refresh_from_db()
    assert row.read_at is not None
    assert "Notifications (" not in signed_in.get(en("progress:my")).content.decode()


@pytest.mark.parametrize(
    "url", ["", "https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:x"]
)
def test_opening_one_never_leaves_the_site(signed_in, person, url):
    (row,) = announce([person], url=url)
    response = signed_in.get(en("notifications:open", row.pk))
    assert response["Location"] == en("notifications:list")


def test_someone_elses_notification_is_not_found(signed_in, make_user):
    (row,) = announce([make_user()])
    assert signed_in.get(en("notifications:open", row.pk)).status_code == 404
    row.refresh_from_db()
    assert row.read_at is None


def test_the_preferences_offer_only_what_each_kind_allows_and_save(signed_in, person):
    page = signed_in.get(en("notifications:preferences")).content.decode()
    assert "Courses and discussions" in page and "Account" in page
    assert 'name="announcement" value="never"' not in page
    assert 'name="announcement" value="digest"' in page
    assert 'name="security" value="digest"' not in page
    assert 'name="reply" value="never"' in page
    data = preferences_get(user=person) | {"announcement": "digest", "reply": "never"}
    response = signed_in.post(en("notifications:preferences"), data, follow=True)
    assert "Your notification settings are saved." in response.content.decode()
    assert dict(NotificationPreference.objects.values_list("kind", "delivery")) == {
        "announcement": "digest",
        "reply": "never",
    }
    refused = signed_in.post(en("notifications:preferences"), data | {"security": "never"})
    assert refused.status_code == 200  # the form says why; nothing stored
    assert not NotificationPreference.objects.filter(kind="security").exists()


def test_the_profile_links_to_the_preferences(signed_in):
    page = signed_in.get(en("accounts:profile")).content.decode()
    assert en("notifications:preferences") in page


def _unsubscribe(person, kind):
    return en("notifications:unsubscribe", token=unsubscribe_token(user_id=person.pk, kind=kind))


def test_unsubscribing_takes_one_button_without_signing_in(client, person):
    url = _unsubscribe(person, "reply")
    page = client.get(url).content.decode()
    assert "Stop e-mails about" in page and "Replies to my topics" in page
    assert preferences_get(user=person)["reply"] == "now"  # a GET changes nothing
    csrf = client.cookies["csrftoken"].value
    page = client.post(url, {"csrfmiddlewaretoken": csrf}).content.decode()
    assert "you will not receive e-mails about" in page
    assert preferences_get(user=person)["reply"] == "never"


def test_the_pages_own_form_keeps_its_csrf_check(person):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert strict.post(_unsubscribe(person, "reply")).status_code == 403
    assert preferences_get(user=person)["reply"] == "now"


def test_a_mail_clients_one_click_post_needs_no_csrf_token(person):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post(_unsubscribe(person, "grade"), {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert preferences_get(user=person)["grade"] == "never"


def test_announcements_move_to_the_digest_and_security_stays(client, person):
    page = client.get(_unsubscribe(person, "announcement")).content.decode()
    assert "cannot be turned off, but they can come in one daily digest" in page
    client.post(_unsubscribe(person, "announcement"), {"List-Unsubscribe": "One-Click"})
    assert preferences_get(user=person)["announcement"] == "digest"
    page = client.get(_unsubscribe(person, "security")).content.decode()
    assert "cannot be turned off" in page and "<form" not in page.split("<main")[1]
    client.post(_unsubscribe(person, "security"), {"List-Unsubscribe": "One-Click"})
    assert preferences_get(user=person)["security"] == "now"


def test_a_forged_or_changed_token_is_not_found(client, person, make_user):
    token = unsubscribe_token(user_id=person.pk, kind="reply")
    for bad in (token[:-2] + "xx", "nonsense", unsubscribe_token(user_id=person.pk, kind="x")):
        assert client.get(en("notifications:unsubscribe", token=bad)).status_code == 404
    gone = make_user(is_active=False)
    assert client.get(_unsubscribe(gone, "reply")).status_code == 404


def test_the_unsubscribe_page_is_never_kept_in_a_shared_cache(client, person):
    response = client.get(_unsubscribe(person, "reply"))
    assert "no-cache" in response["Cache-Control"] or "private" in response["Cache-Control"]
