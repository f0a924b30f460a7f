"""The managers' access log (filters, a fixed number of queries, managers only) and each
person's own entries (role and course, never the staff member's name)."""

import datetime

from django.urls import reverse
from django.utils import translation

import pytest

from lms.access_log.models import AccessAction, AccessEntry
from lms.access_log.services import access_record

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    """These tests read the English wording; pages and sentences follow the active language."""
    with translation.override("en"):
        yield


LIST = "access_log:list"
MINE = "access_log:mine"


def _log(actor, action, subjects, *, course=None, at=None, detail=""):
    access_record(
        actor=actor,
        action=action,
        subjects=subjects,
        course_key=course.translation_key if course else None,
        detail=detail,
    )
    entry = AccessEntry.objects.latest("pk")
    if at is not None:
        AccessEntry.objects.filter(pk=entry.pk).update(at=at)
    return entry


def _shown(response) -> list[int]:
    return [entry.pk for entry in response.context["entries"]]


@pytest.fixture
def entries(course, trainer, manager, aigul, bolot):
    """Three entries on three Bishkek days; the middle one at 02:30 Bishkek (20:30 UTC the day
    before), where a UTC date would put it on the wrong day."""
    utc = datetime.UTC
    return [
        _log(
            trainer,
            AccessAction.RECORD_VIEW,
            [aigul[0]],
            course=course,
            at=datetime.datetime(2026, 3, 9, 6, 0, tzinfo=utc),
        ),
        _log(
            manager,
            AccessAction.EXPORT,
            [aigul[0], bolot[0]],
            at=datetime.datetime(2026, 3, 10, 20, 30, tzinfo=utc),
            detail="learners.csv",
        ),
        _log(
            trainer,
            AccessAction.GRADEBOOK,
            [bolot[0]],
            course=course,
            at=datetime.datetime(2026, 3, 12, 6, 0, tzinfo=utc),
        ),
    ]


def test_the_manager_reads_every_entry_newest_first_with_names(client, manager, entries, course):
    client.force_login(manager)
    response = client.get(reverse(LIST))
    assert response.status_code == 200
    assert _shown(response) == [entries[2].pk, entries[1].pk, entries[0].pk]
    html = response.content.decode()
    for text in ("Tilek Trainerov", "Bakyt Managerov", "Aigul Asanova", "Bolot Osmonov"):
        assert text in html
    assert course.title in html and "learners.csv" in html


@pytest.mark.parametrize(
    "params,expected",
    [
        ({"actor": "tilek"}, [2, 0]),
        ({"actor": "MANAGEROV"}, [1]),
        ({"action": "export"}, [1]),
        ({"date_from": "2026-03-11"}, [2, 1]),  # 02:30 on the 11th in Bishkek
        ({"date_to": "2026-03-10"}, [0]),
        ({"date_from": "2026-03-11", "date_to": "2026-03-11"}, [1]),
        ({"subject": "BOLOT@example.org"}, None),  # filled in below
    ],
)
def test_the_filters(client, manager, entries, bolot, params, expected):
    if "subject" in params:
        params = {"subject": bolot[0].email.upper()}
        expected = [2, 1]
    client.force_login(manager)
    response = client.get(reverse(LIST), params)
    assert response.status_code == 200
    assert _shown(response) == [entries[n].pk for n in expected]


def test_the_course_filter_offers_the_logged_courses(client, manager, entries, course):
    client.force_login(manager)
    response = client.get(reverse(LIST), {"course": str(course.translation_key)})
    assert _shown(response) == [entries[2].pk, entries[0].pk]
    assert course.title in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"date_from": "tomorrow"},
        {"course": "not-a-course"},
        {"action": "peek"},
        {"subject": "x" * 400},
        {"page": "9" * 30},
    ],
)
def test_bad_filters_are_said_and_ignored(client, manager, entries, params):
    client.force_login(manager)
    response = client.get(reverse(LIST), params)
    assert response.status_code == 200
    assert len(_shown(response)) == 3


def test_the_list_runs_a_fixed_number_of_queries(
    client, manager, trainer, course, aigul, make_user, django_assert_num_queries
):
    client.force_login(manager)

    def measured(count):
        for _ in range(count):
            _log(trainer, AccessAction.RECORD_VIEW, [aigul[0]], course=course)
            _log(trainer, AccessAction.EXPORT, [make_user() for _ in range(7)], course=course)
        client.get(reverse(LIST))  # warms the kept copies (groups, menu, language links)
        # Session and user; the courses in the log and their titles; the count and the page of
        # entries with their actors; the names in the small entries.
        with django_assert_num_queries(6):
            response = client.get(reverse(LIST), {"subject": aigul[0].email})
        return response

    assert len(measured(1).context["entries"]) == 1
    assert len(measured(20).context["entries"]) == 21


def test_an_entry_about_many_shows_the_number(client, manager, trainer, course, make_user):
    _log(trainer, AccessAction.EXPORT, [make_user() for _ in range(8)], course=course)
    client.force_login(manager)
    html = client.get(reverse(LIST)).content.decode()
    assert "8 people" in html


@pytest.mark.parametrize("who", ["trainer", "reviewer", "learner"])
def test_only_managers_read_the_log(client, request, entries, who, aigul):
    user = aigul[0] if who == "learner" else request.getfixturevalue(who)
    client.force_login(user)
    assert client.get(reverse(LIST)).status_code == 403


def test_visitors_are_sent_to_sign_in(client, entries):
    response = client.get(reverse(LIST))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    response = client.get(reverse(MINE))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_an_administrator_reads_the_log(client, entries, make_user):
    client.force_login(make_user(is_superuser=True, is_staff=True))
    assert client.get(reverse(LIST)).status_code == 200


def test_a_person_sees_their_own_entries_by_role_not_name(client, entries, aigul, course):
    client.force_login(aigul[0])
    response = client.get(reverse(MINE))
    assert response.status_code == 200
    assert _shown(response) == [entries[1].pk, entries[0].pk]
    html = response.content.decode()
    assert "Course trainer" in html and "Manager" in html
    assert "Tilek" not in html and "Managerov" not in html
    assert "trainer" not in {word.split("@")[0] for word in html.split() if "@" in word}
    assert course.title in html
    # Bolot's gradebook entry is his, not hers.
    assert "Gradebook or grading table" not in html


def test_a_person_with_no_entries_is_told_so(client, make_user):
    client.force_login(make_user())
    response = client.get(reverse(MINE))
    assert response.status_code == 200 and _shown(response) == []
    assert "No one has viewed or exported your data yet." in response.content.decode()


def test_staff_see_only_entries_about_themselves_on_their_page(client, entries, trainer):
    client.force_login(trainer)
    assert _shown(client.get(reverse(MINE))) == []


def test_the_persons_page_runs_a_fixed_number_of_queries(
    client, trainer, course, aigul, django_assert_num_queries
):
    client.force_login(aigul[0])
    for count in (1, 10):
        for _ in range(count):
            _log(trainer, AccessAction.RECORD_VIEW, [aigul[0]], course=course)
        client.get(reverse(MINE))
        # Session and user; the count and the page of entries; the courses' titles.
        with django_assert_num_queries(4):
            client.get(reverse(MINE))


def test_the_profile_links_to_the_persons_page(client, home_page, make_user):
    client.force_login(make_user())
    html = client.get(reverse("accounts:profile")).content.decode()
    assert reverse(MINE) in html
