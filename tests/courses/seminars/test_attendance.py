"""The phone attendance sheet: who may use it, partial and idempotent saving, the query pin."""

from django.urls import reverse

import pytest

from courses.seminars.attendance import marks_save, sheet_rows
from courses.seminars.models import Attendance, Registration, RegistrationStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def seminar(make_seminar, trainer):
    return make_seminar(sessions=2, trainers=[trainer])


@pytest.fixture
def people(seminar, make_user):
    users = [make_user(role="Learner") for _ in range(3)]
    registrations = [
        Registration.objects.create(seminar=seminar, user=user, status=RegistrationStatus.CONFIRMED)
        for user in users
    ]
    Registration.objects.create(
        seminar=seminar, user=make_user(), status=RegistrationStatus.WAITING
    )
    return registrations


def _url(session, name="seminars:attendance"):
    return reverse(name, kwargs={"session_id": session.pk})


def _session(seminar):
    return seminar.sessions.order_by("starts_at").first()


def test_the_sheet_lists_the_confirmed_people_only(client, seminar, people, trainer):
    client.force_login(trainer)
    response = client.get(_url(_session(seminar)))
    assert response.status_code == 200
    shown = {row.registration.pk for row in response.context["rows"]}
    assert shown == {r.pk for r in people}
    # four radio targets per person
    assert response.content.decode().count('type="radio"') == 4 * len(people)


@pytest.mark.parametrize("who", ["manager", "trainer"])
def test_trainer_of_the_seminar_and_manager_may_mark(client, seminar, people, who, request):
    user = request.getfixturevalue(who)
    client.force_login(user)
    session = _session(seminar)
    response = client.post(_url(session), {f"mark-{people[0].pk}": "present"})
    assert response.status_code == 302
    assert Attendance.objects.get(session=session, registration=people[0]).mark == "present"
    assert Attendance.objects.get(session=session, registration=people[0]).marked_by == user


def test_others_are_refused(client, seminar, people, make_user, make_seminar):
    session = _session(seminar)
    url = _url(session)
    response = client.get(url)
    assert response.status_code == 302 and "/login/" in response["Location"]
    other_trainer = make_user(role="Trainer")
    make_seminar(trainers=[other_trainer])
    for user in (other_trainer, people[0].user, make_user(role="Learner")):
        client.force_login(user)
        assert client.get(url).status_code == 404
        assert client.post(url, {f"mark-{people[0].pk}": "present"}).status_code == 404
    assert not Attendance.objects.exists()
    client.force_login(make_user(role="Manager"))
    assert client.get(_url(session).replace(str(session.pk), "999999")).status_code == 404


def test_a_stale_form_does_not_wipe_marks_made_since(seminar, people, trainer):
    session = _session(seminar)
    marks_save(session=session, marks={people[0].pk: "present"}, by=trainer)
    # another phone posts only the second person
    marks_save(session=session, marks={people[1].pk: "late"}, by=trainer)
    marks = dict(Attendance.objects.values_list("registration_id", "mark"))
    assert marks == {people[0].pk: "present", people[1].pk: "late"}


def test_reposting_is_harmless(client, seminar, people, trainer):
    client.force_login(trainer)
    session = _session(seminar)
    data = {f"mark-{people[0].pk}": "present", f"mark-{people[1].pk}": "absent"}
    client.post(_url(session), data)
    first = list(Attendance.objects.order_by("pk").values_list("pk", "mark", "marked_at"))
    client.post(_url(session), data)
    assert list(Attendance.objects.order_by("pk").values_list("pk", "mark", "marked_at")) == first
    assert marks_save(session=session, marks={people[0].pk: "present"}, by=trainer) == []


def test_bad_values_and_other_seminars_people_are_ignored(
    client, seminar, people, trainer, make_seminar, make_user
):
    other = make_seminar()
    stranger = Registration.objects.create(seminar=other, user=make_user())
    waiting = Registration.objects.get(seminar=seminar, status=RegistrationStatus.WAITING)
    client.force_login(trainer)
    response = client.post(
        _url(_session(seminar)),
        {
            f"mark-{people[0].pk}": "asleep",
            f"mark-{stranger.pk}": "present",
            f"mark-{waiting.pk}": "present",
            "mark-abc": "present",
            "mark-": "present",
        },
    )
    assert response.status_code == 302
    assert not Attendance.objects.exists()


def test_marking_rechecks_the_blended_course(seminar, people, trainer, monkeypatch):
    from courses.seminars import attendance

    checked = []
    monkeypatch.setattr(attendance, "completion_recheck", lambda r: checked.append(r.pk))
    session = _session(seminar)
    marks_save(
        session=session,
        marks={people[0].pk: "present", people[1].pk: "late", people[2].pk: "absent"},
        by=trainer,
    )
    assert sorted(checked) == sorted([people[0].pk, people[1].pk])


def test_sheet_rows_show_the_current_marks(seminar, people, trainer):
    session = _session(seminar)
    marks_save(session=session, marks={people[2].pk: "excused"}, by=trainer)
    rows = {row.registration.pk: row.mark for row in sheet_rows(session)}
    assert rows[people[2].pk] == "excused" and rows[people[0].pk] == ""


def test_the_sheet_query_count_is_pinned(
    client, seminar, people, trainer, make_user, django_assert_num_queries
):
    session = _session(seminar)
    client.force_login(trainer)
    client.get(_url(session))  # warm: policies, notification count
    for _ in range(5):
        Registration.objects.create(seminar=seminar, user=make_user())
    with django_assert_num_queries(PINNED_SHEET_QUERIES):
        response = client.get(_url(session))
    assert len(response.context["rows"]) == 8


# session, user/groups, registrations, marks, summary, municipalities (picker), session/messages.
PINNED_SHEET_QUERIES = 7
