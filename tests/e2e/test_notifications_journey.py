"""Issue 21, point 2: a learner sets course announcements to the daily digest in the browser;
two announcements later the header says (2), the next morning's digest is ONE mail listing
both, and opening one from the list marks it read and the count drops.

Photographed at 1280 and 375 pixels: tests/e2e/screenshots/notifications_*.png.
"""

import datetime as dt
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.translation import gettext as _

import time_machine

from lms.notifications.mailing import notification_digests_send
from lms.notifications.models import Notification, NotificationPreference
from lms.notifications.services import notify
from tests.e2e.accessibility import axe_check

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
BISHKEK = ZoneInfo("Asia/Bishkek")


def both_widths(page, screenshot, name: str) -> None:
    page.set_viewport_size(DESKTOP)
    assert screenshot(f"{name}_1280").stat().st_size > 0
    page.set_viewport_size(PHONE)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{page.url} is {width} px wide on a phone"
    assert screenshot(f"{name}_375").stat().st_size > 0
    page.set_viewport_size(DESKTOP)


def bell(page) -> str:
    return " ".join(page.locator("a.notification-bell").text_content().split())


def announce(learner, title: str) -> None:
    notify(
        [learner],
        "announcement",
        render=lambda: (_(title), "Жума күнү саат 15:00дө онлайн жолугушуу болот."),
        url="/en/my/",
    )


def test_a_learner_gets_two_announcements_in_one_morning_digest(
    page, login_as, make_user, mailoutbox, screenshot
):
    learner = make_user(role="Learner", full_name="Айгерим Садыкова", preferred_language="en")
    login_as(learner)

    # The preferences page: announcements to the daily digest (never is not offered).
    page.goto("/en/notifications/preferences/")
    assert page.locator("input[name=announcement][value=never]").count() == 0
    page.locator("input[name=announcement][value=digest]").check()
    axe_check(page)
    with page.expect_navigation():
        page.locator("main form.preferences button[type=submit]").click()
    assert "Your notification settings are saved." in page.locator("main").inner_text()
    assert NotificationPreference.objects.get(user=learner, kind="announcement").delivery == (
        "digest"
    )
    both_widths(page, screenshot, "notifications_preferences")

    # Two announcements: nothing mailed yet, the header counts them.
    announce(learner, "The seminar moves to Friday")
    announce(learner, "New module on waste collection tenders")
    assert mailoutbox == []
    page.goto("/en/my/")
    assert bell(page) == "Notifications (2 unread)"

    # The next morning at 8:00 in Bishkek the digest goes: one mail with both.
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    with time_machine.travel(dt.datetime.combine(tomorrow, dt.time(8), BISHKEK), tick=False):
        assert notification_digests_send() == {"sent": 1, "skipped": 0}
        assert notification_digests_send() == {"sent": 0, "skipped": 0}  # a second run
    (mail,) = [message for message in mailoutbox if learner.email in message.to]
    assert "The seminar moves to Friday" in mail.body
    assert "New module on waste collection tenders" in mail.body
    assert mail.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # The list: both new; opening one marks it read and the count drops.
    page.goto("/en/notifications/")
    assert page.locator(".notification--unread").count() == 2
    axe_check(page)
    both_widths(page, screenshot, "notifications_list")
    with page.expect_navigation():
        page.locator("a.notification__title", has_text="The seminar moves to Friday").click()
    assert page.url.endswith("/en/my/")
    assert bell(page) == "Notifications (1 unread)"
    seminar = Notification.objects.get(recipient=learner, title="The seminar moves to Friday")
    assert seminar.read_at is not None
