"""The calendar pages: the month grid (today marked, across month and year ends, 404 out of
range), the list, sign-in, pinned query counts; My learning's "Overdue" and "Due soon" at the
Bishkek-midnight boundary; the lesson page's due line."""

import datetime as dt

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
import time_machine

from courses.enrolment.services import enrollment_create
from courses.progress.services import lesson_complete
from tests.courses.calendar.conftest import BISHKEK, at, en

pytestmark = pytest.mark.django_db


def count_queries(client, url):
    client.get(url)  # warm Wagtail's site, locale and rendition caches, the policies in force
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


def test_calendar_needs_sign_in(client):
    for url in (
        en("calendar:month"),
        en("calendar:list"),
        en("calendar:month", year=2026, month=12),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert "/accounts/login/" in response.url


def test_month_grid_lists_the_persons_dates_and_marks_today(client, student):
    client.force_login(student)
    html = client.get(en("calendar:month")).content.decode()
    assert "<caption" in html and "December 2026" in html
    assert html.count('<th scope="col">') == 7
    assert 'aria-current="date"' in html
    today_cell = html.split('aria-current="date"')[1].split("</td>")[0]
    assert ">10<" in today_cell
    assert "Lesson due: " in html and "Course ends: Street lighting" in html
    # The lesson due on the 1st is past and not done.
    assert "overdue" in html
    assert f'href="{en("calendar:month", year=2026, month=11)}"' in html
    assert f'href="{en("calendar:month", year=2027, month=1)}"' in html


def test_month_grid_crosses_the_year_end(client, student):
    client.force_login(student)
    html = client.get(en("calendar:month", year=2027, month=1)).content.decode()
    assert "January 2027" in html
    # The first week of January 2027 starts on Monday 28 December: the course's end (31st) shows.
    assert "Course ends: Street lighting" in html
    assert f'href="{en("calendar:month", year=2026, month=12)}"' in html
    assert 'aria-current="date"' not in html
    html = client.get(en("calendar:month", year=2027, month=3)).content.decode()
    assert "Street lighting" not in html


@pytest.mark.parametrize(("year", "month"), [(2026, 13), (2026, 0), (1999, 12), (2101, 1)])
def test_months_out_of_range_are_not_found(client, learner, year, month):
    client.force_login(learner)
    assert client.get(en("calendar:month", year=year, month=month)).status_code == 404


def test_someone_else_sees_none_of_it(client, student, make_user):
    client.force_login(make_user(role="Learner"))
    for url in (en("calendar:month"), en("calendar:list")):
        html = client.get(url).content.decode()
        assert "Street lighting" not in html


def test_list_shows_the_next_90_days_and_the_past_30(client, student):
    client.force_login(student)
    html = client.get(en("calendar:list")).content.decode()
    coming, past = html.split("The past 30 days")
    assert "Course ends: Street lighting" in coming
    assert "Thursday, 31 December 2026" in coming or "31 December 2026" in coming
    assert "1 December 2026" in past


def test_month_and_list_query_counts_do_not_grow(client, student, make_course, lessons_of):
    client.force_login(student)
    few_month, _ = count_queries(client, en("calendar:month"))
    few_list, _ = count_queries(client, en("calendar:list"))
    for n in range(4):
        course = make_course(lessons=5, ends_at=at(20 + n))
        enrollment_create(user=student, course=course)
        for lesson in lessons_of(course):
            lesson.due_at = at(12 + n)
            lesson.save_revision().publish()
    many_month, response = count_queries(client, en("calendar:month"))
    many_list, _ = count_queries(client, en("calendar:list"))
    assert response.content.decode().count("Course ends:") == 5
    # Session and user (2), enrolments, completions, assignments (3), the feed (1), the
    # person's seminar sessions (1): 7. Courses and outlines are remembered for the content
    # version, the menu is a cached fragment.
    assert many_month == few_month == 6
    assert many_list == few_list == 6


# ---- My learning ------------------------------------------------------------------------------


def my_learning(client):
    return client.get(en("progress:my")).content.decode()


def test_my_learning_shows_overdue_then_due_soon_first(client, student, dated_course, lessons_of):
    client.force_login(student)
    html = my_learning(client)
    assert html.index("Overdue") < html.index("Due soon") < html.index("Current courses")
    overdue, soon = html.split("Due soon")[0], html.split("Due soon")[1].split("Current courses")[0]
    first, second, third = lessons_of(dated_course)
    assert third.title in overdue and "9 days ago" in overdue
    assert first.title in soon and "tomorrow" in soon
    assert second.title in soon and "in 5 days" in soon
    assert "Street lighting" in soon  # the course of each
    assert "Course ends" not in soon  # 21 days away: not within 7
    lesson_complete(user=student, lesson=third, course=dated_course)
    assert "Overdue" not in my_learning(client).split("Current courses")[0]


def test_my_learning_bishkek_midnight_boundary(client, student, dated_course, lessons_of, clock):
    """Due on the 11th at 18:00 Bishkek (12:00 UTC): "tomorrow" until midnight in Bishkek (18:00
    UTC on the 10th), then "today", and overdue only after 18:00 Bishkek on the 11th."""
    client.force_login(student)
    first = lessons_of(dated_course)[0]
    clock.move_to(dt.datetime(2026, 12, 10, 23, 59, tzinfo=BISHKEK))
    soon = my_learning(client).split("Due soon")[1].split("Current courses")[0]
    assert first.title in soon and "due tomorrow" in soon
    clock.move_to(dt.datetime(2026, 12, 11, 0, 1, tzinfo=BISHKEK))  # still the 10th in UTC
    soon = my_learning(client).split("Due soon")[1].split("Current courses")[0]
    assert first.title in soon and "due today" in soon
    clock.move_to(dt.datetime(2026, 12, 11, 18, 1, tzinfo=BISHKEK))
    overdue = my_learning(client).split("Due soon")[0]
    assert first.title in overdue


def test_my_learning_deadlines_cost_two_queries_whatever_the_courses(
    client, student, make_course, lessons_of, rf
):
    from wagtail.models import Site

    from courses.calendar.wagtail_hooks import my_learning_deadlines

    site = Site.objects.get(is_default_site=True)

    def request():  # one per page view, its site found as SiteRememberedMiddleware finds it
        made = rf.get("/")
        made.user = student
        made._wagtail_site = site
        return made

    my_learning_deadlines(request=request())
    with CaptureQueriesContext(connection) as few:
        my_learning_deadlines(request=request())
    for n in range(4):
        course = make_course(lessons=5, ends_at=at(13 + n))
        enrollment_create(user=student, course=course)
    my_learning_deadlines(request=request())
    with CaptureQueriesContext(connection) as many:
        section = my_learning_deadlines(request=request())
    assert len(section["deadlines"].due_soon) == 2 + 4
    assert len(many) == len(few) == 2  # enrolments, completions


# ---- the lesson page ----------------------------------------------------------------------------


def test_lesson_page_shows_its_due_date_and_overdue_for_the_learner(
    client, student, dated_course, lessons_of, make_user
):
    first, _second, third = lessons_of(dated_course)
    client.force_login(student)
    with time_machine.travel(dt.datetime(2026, 12, 10, 12, tzinfo=BISHKEK), tick=False):
        html = client.get("/en" + first.url[3:]).content.decode()
        assert "Due: December 11, 18:00" in html and "Overdue" not in html
        html = client.get("/en" + third.url[3:]).content.decode()
        assert "Due: December 1, 18:00" in html and "Overdue" in html
        lesson_complete(user=student, lesson=third, course=dated_course)
        html = client.get("/en" + third.url[3:]).content.decode()
        assert "Overdue" not in html and "done" in html
    trainer = make_user(role="Manager")
    client.force_login(trainer)
    html = client.get("/en" + third.url[3:]).content.decode()
    assert "Due: December 1" in html and "Overdue" not in html


def test_lesson_page_query_count_holds_with_a_due_date(client, student, dated_course, lessons_of):
    """The due line reads the page's own field: the learner's lesson page stays at its pin."""
    first = lessons_of(dated_course)[0]
    client.force_login(student)
    url = "/en" + first.url[3:]
    with_date, _ = count_queries(client, url)
    first.due_at = None
    first.save_revision().publish()
    without_date, _ = count_queries(client, url)
    assert with_date == without_date
