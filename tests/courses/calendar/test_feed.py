"""The private iCalendar feed: parsed back with icalendar, stable UIDs, times in UTC, the
person's language; turned off or replaced addresses answer 404; the settings need sign-in; the
demo's due date is in the demo learner's feed (the issue's "done when")."""

import datetime as dt
import io

from django.core.management import call_command
from django.utils import timezone

import icalendar
import pytest

from courses.calendar.models import CalendarFeed
from courses.calendar.services import feed_create, feed_revoke
from courses.catalogue.models import CoursePage, LessonPage
from courses.progress.demo import DEMO_LEARNER_EMAIL
from lms.accounts.models import User
from tests.courses.calendar.conftest import at, en

pytestmark = pytest.mark.django_db


def events(response) -> list:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    return calendar, list(calendar.walk("VEVENT"))


def test_feed_lists_the_persons_dates_in_utc_with_stable_uids(client, student, dated_course):
    feed = feed_create(user=student)
    url = en("calendar:feed", token=feed.token)
    calendar, found = events(client.get(url))
    assert str(calendar["X-WR-CALNAME"]) == "Municipal Academy: my deadlines"
    assert "REFRESH-INTERVAL" in calendar and "X-PUBLISHED-TTL" in calendar
    summaries = {str(event["SUMMARY"]): event for event in found}
    end = summaries["Course ends: Street lighting"]
    assert end["DTSTART"].dt == at(31).astimezone(dt.UTC)
    assert b"DTSTART:20261231T120000Z" in client.get(url).content  # 18:00 Bishkek, in UTC
    assert str(end["URL"]).startswith("http://testserver/") and dated_course.slug in str(end["URL"])
    assert "Street lighting" in str(end["DESCRIPTION"])
    assert "DTSTAMP" in end
    assert len(found) == 4
    _again, second = events(client.get(url))
    assert sorted(str(e["UID"]) for e in second) == sorted(str(e["UID"]) for e in found)
    assert len({str(e["UID"]) for e in found}) == 4
    # Never kept by a cache: it is one person's.
    assert "private" in client.get(url)["Cache-Control"]


def test_feed_follows_the_persons_language_not_the_address(
    client, student, dated_course, translate_course
):
    russian = translate_course(dated_course, "ru")
    russian.title = "Уличное освещение"
    russian.save_revision().publish()
    feed = feed_create(user=student)
    student.preferred_language = "ru"
    student.save(update_fields=["preferred_language"])
    _calendar, found = events(client.get(en("calendar:feed", token=feed.token)))
    assert any("Уличное освещение" in str(e["SUMMARY"]) for e in found)
    assert not any("Street lighting" in str(e["SUMMARY"]) for e in found)


def test_unknown_replaced_and_turned_off_addresses_are_not_found(client, student):
    assert client.get(en("calendar:feed", token="x" * 43)).status_code == 404
    old = feed_create(user=student)
    new = feed_create(user=student)
    assert client.get(en("calendar:feed", token=old.token)).status_code == 404
    assert client.get(en("calendar:feed", token=new.token)).status_code == 200
    assert CalendarFeed.objects.filter(user=student, revoked_at__isnull=True).count() == 1
    feed_revoke(user=student)
    assert client.get(en("calendar:feed", token=new.token)).status_code == 404
    student.is_active = False
    student.save(update_fields=["is_active"])
    newest = feed_create(user=student)
    assert client.get(en("calendar:feed", token=newest.token)).status_code == 404


def test_someone_elses_feed_holds_only_their_dates(client, student, make_user):
    other = make_user(role="Learner")
    _calendar, found = events(client.get(en("calendar:feed", token=feed_create(user=other).token)))
    assert found == []


def test_feed_costs_a_bounded_number_of_queries(
    client, student, make_course, lessons_of, django_assert_max_num_queries
):
    from courses.enrolment.services import enrollment_create

    url = en("calendar:feed", token=feed_create(user=student).token)
    client.get(url)
    for n in range(4):
        course = make_course(lessons=4, ends_at=at(20 + n))
        enrollment_create(user=student, course=course)
    client.get(url)
    # The feed with its person (1), enrolments, completions, assignments (3), seminar sessions
    # (courses.seminars' hook, 1).
    with django_assert_max_num_queries(5):
        _calendar, found = events(client.get(url))
    assert len(found) == 4 + 4


def test_the_settings_create_replace_and_turn_off(client, student):
    assert client.post(en("calendar:feed_create")).status_code == 302  # sign in first
    assert not CalendarFeed.objects.exists()
    client.force_login(student)
    html = client.get(en("calendar:list")).content.decode()
    assert "Create my calendar address" in html
    assert client.get(en("calendar:feed_create")).status_code == 405
    client.post(en("calendar:feed_create"))
    feed = CalendarFeed.objects.get(user=student, revoked_at__isnull=True)
    html = client.get(en("calendar:list")).content.decode()
    assert f"/en/calendar/feed/{feed.token}.ics" in html
    assert "Copy this address into Google Calendar" in html
    client.post(en("calendar:feed_create"))
    assert CalendarFeed.objects.filter(user=student).count() == 2
    assert feed.token not in client.get(en("calendar:list")).content.decode()
    client.post(en("calendar:feed_off"))
    assert not CalendarFeed.objects.filter(user=student, revoked_at__isnull=True).exists()
    assert "Create my calendar address" in client.get(en("calendar:list")).content.decode()


def test_demo_feed_parses_and_lists_the_demo_due_date(client):
    """The issue's "done when": the demo learner's feed, parsed with icalendar, lists the
    demo lesson's due date (in ten days, 18:00 Bishkek), and a rerun of the demo keeps it."""
    call_command("seed_demo", "--force", stdout=io.StringIO())
    learner = User.objects.get(email=DEMO_LEARNER_EMAIL)
    feed = CalendarFeed.objects.get(user=learner, revoked_at__isnull=True)
    due = LessonPage.objects.filter(due_at__isnull=False)
    assert set(due.values_list("locale__language_code", flat=True)) == {"ky", "ru", "en"}
    lesson = due.get(locale__language_code=learner.preferred_language)
    today = timezone.localdate()
    assert timezone.localtime(lesson.due_at).date() == today + dt.timedelta(days=5)
    assert CoursePage.objects.filter(ends_at__isnull=False).count() == 3
    _calendar, found = events(client.get(en("calendar:feed", token=feed.token)))
    starts = {event["DTSTART"].dt for event in found}
    assert lesson.due_at in starts
    assert any(lesson.title in str(event["SUMMARY"]) for event in found)
    call_command("seed_demo", "--force", stdout=io.StringIO())
    assert CalendarFeed.objects.get(user=learner, revoked_at__isnull=True).pk == feed.pk
    assert LessonPage.objects.get(pk=lesson.pk).due_at == lesson.due_at
