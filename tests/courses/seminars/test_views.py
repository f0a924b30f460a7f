"""The listing, a seminar's page, registering and cancelling, the session's .ics file and the
trainers' screens: permissions both ways and pinned query counts."""

from datetime import timedelta

from django.urls import reverse

import icalendar
import pytest

from courses.seminars.models import Registration, RegistrationStatus, SeminarStatus
from courses.seminars.services import registration_create
from tests.factories.places import MunicipalityFactory

pytestmark = pytest.mark.django_db


def _url(name, *args):
    return "/en" + reverse(name, args=args)[3:]


def test_listing_shows_upcoming_published_seminars(client, make_seminar, learner):
    upcoming = make_seminar(title_en="Waste collection")
    make_seminar(title_en="Held already", starts_in=timedelta(days=-3))
    make_seminar(title_en="Not yet public", status=SeminarStatus.DRAFT)
    response = client.get(_url("seminars:list"))
    assert response.status_code == 200
    text = response.content.decode()
    assert "Waste collection" in text and "Held already" not in text
    assert "Not yet public" not in text
    assert "Sign in to register" in text
    client.force_login(learner)
    text = client.get(_url("seminars:list")).content.decode()
    assert f'data-register="{upcoming.pk}"' in text


def test_titles_fall_back_to_kyrgyz(client, make_seminar):
    make_seminar(title="Кыргызча аталышы", title_en="")
    assert "Кыргызча аталышы" in client.get(_url("seminars:list")).content.decode()


@pytest.mark.parametrize("signed_in", [False, True])
def test_listing_query_count_is_bounded(
    client, make_seminar, learner, django_assert_num_queries, signed_in
):
    for _ in range(4):
        make_seminar(sessions=2)
    if signed_in:
        client.force_login(learner)
    client.get(_url("seminars:list"))  # warm the menu, policies and unread-count caches
    # The seminars with their counts and their sessions (prefetch); signed in, also the
    # session, the user and the person's registrations (one query for all seminars).
    expected = 4 if signed_in else 2
    with django_assert_num_queries(expected):
        assert client.get(_url("seminars:list")).status_code == 200
    make_seminar(sessions=3)
    with django_assert_num_queries(expected):
        client.get(_url("seminars:list"))


def test_detail_page_for_everyone_but_drafts(client, make_seminar, learner):
    seminar = make_seminar()
    draft = make_seminar(status=SeminarStatus.DRAFT)
    assert client.get(_url("seminars:detail", seminar.pk)).status_code == 200
    assert client.get(_url("seminars:detail", draft.pk)).status_code == 404
    client.force_login(learner)
    assert client.get(_url("seminars:detail", draft.pk)).status_code == 404


def test_register_and_cancel_through_the_pages(client, make_seminar, make_user):
    seminar = make_seminar(capacity=1)
    first, second = make_user(role="Learner"), make_user(role="Learner")
    client.force_login(first)
    response = client.post(_url("seminars:register", seminar.pk))
    assert response.status_code == 302
    client.post(_url("seminars:register", seminar.pk))  # a double submit
    assert Registration.objects.filter(user=first).count() == 1
    client.force_login(second)
    client.post(_url("seminars:register", seminar.pk))
    page = client.get(_url("seminars:detail", seminar.pk)).content.decode()
    assert 'data-waiting-position="1"' in page
    client.force_login(first)
    client.post(_url("seminars:cancel", seminar.pk))
    assert Registration.objects.get(user=second).status == RegistrationStatus.CONFIRMED
    page = client.get(_url("seminars:detail", seminar.pk)).content.decode()
    assert 'data-register="' in page  # may register again (at the end of the list)


def test_register_and_cancel_refuse_the_wrong_people(client, make_seminar, learner):
    seminar = make_seminar()
    for name in ("seminars:register", "seminars:cancel"):
        response = client.post(_url(name, seminar.pk))
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
        client.force_login(learner)
        assert client.get(_url(name, seminar.pk)).status_code == 405
        client.logout()
    client.force_login(learner)
    # Cancelling without a registration: nothing to cancel.
    assert client.post(_url("seminars:cancel", seminar.pk)).status_code == 404
    refused = make_seminar(self_registration=False)
    client.post(_url("seminars:register", refused.pk))
    assert not Registration.objects.exists()
    page = client.get(_url("seminars:detail", refused.pk)).content.decode()
    assert 'data-status="refused"' in page


def test_cancel_after_the_cutoff_is_refused_with_a_message(client, make_seminar, learner):
    seminar = make_seminar(starts_in=timedelta(hours=5), cancel_cutoff_hours=24)
    registration_create(seminar=seminar, user=learner)
    client.force_login(learner)
    page = client.get(_url("seminars:detail", seminar.pk)).content.decode()
    assert "Cancelling has closed" in page
    response = client.post(_url("seminars:cancel", seminar.pk), follow=True)
    assert "Cancelling closed 24 hours" in response.content.decode()
    assert Registration.objects.get().status == RegistrationStatus.CONFIRMED


def test_session_ics(client, make_seminar):
    seminar = make_seminar(title_en="Budget hearings")
    session = seminar.sessions.get()
    response = client.get(_url("seminars:session_ics", session.pk))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    event = next(iter(calendar.walk("VEVENT")))
    assert str(event["summary"]) == "Budget hearings"
    assert event.decoded("dtstart") == session.starts_at.replace(microsecond=0)
    draft = make_seminar(status=SeminarStatus.DRAFT).sessions.get()
    assert client.get(_url("seminars:session_ics", draft.pk)).status_code == 404


def test_teach_lists_only_the_trainers_seminars(client, make_seminar, trainer, manager, learner):
    mine = make_seminar(title_en="Mine", trainers=[trainer])
    theirs = make_seminar(title_en="Theirs")
    client.force_login(trainer)
    page = client.get(_url("seminars:teach")).content.decode()
    assert f'data-seminar="{mine.pk}"' in page and f'data-seminar="{theirs.pk}"' not in page
    client.force_login(manager)
    page = client.get(_url("seminars:teach")).content.decode()
    assert f'data-seminar="{theirs.pk}"' in page
    client.force_login(learner)
    assert client.get(_url("seminars:teach")).status_code == 403
    client.logout()
    assert client.get(_url("seminars:teach")).status_code == 302


def test_teach_query_count_is_bounded(client, make_seminar, trainer, django_assert_num_queries):
    for _ in range(3):
        make_seminar(trainers=[trainer])
    client.force_login(trainer)
    client.get(_url("seminars:teach"))
    # Session, user, the seminars with their counts (roles, bell and policies: cached).
    with django_assert_num_queries(2):
        client.get(_url("seminars:teach"))
    make_seminar(trainers=[trainer])
    with django_assert_num_queries(2):
        client.get(_url("seminars:teach"))


def test_manage_both_ways(client, make_seminar, make_user, trainer, manager, learner):
    seminar = make_seminar(trainers=[trainer])
    other_trainer = make_user(role="Trainer")
    url = _url("seminars:manage", seminar.pk)
    assert client.get(url).status_code == 302
    for refused in (learner, other_trainer):
        client.force_login(refused)
        assert client.get(url).status_code == 404
        client.post(url, {"action": "pick", "users": [refused.pk]})
    assert not Registration.objects.exists()
    for allowed in (trainer, manager):
        client.force_login(allowed)
        assert client.get(url).status_code == 200


def test_manage_registers_picked_people_and_a_cohort(client, make_seminar, make_user, trainer):
    seminar = make_seminar(capacity=2, trainers=[trainer])
    place = MunicipalityFactory()
    picked = make_user(full_name="Асель Токтогулова")
    cohort = [make_user(municipality=place, position="ao_head") for _ in range(3)]
    make_user(municipality=place, position="other")  # another position: left out
    client.force_login(trainer)
    url = _url("seminars:manage", seminar.pk)
    page = client.get(url + "?q=Асель").content.decode()
    assert f'value="{picked.pk}"' in page
    client.post(url, {"action": "pick", "users": [picked.pk]})
    response = client.post(
        url,
        {"action": "cohort", "cohort-municipality": place.pk, "cohort-position": "ao_head"},
        follow=True,
    )
    assert "1 registered, 2 put on the waiting list" in response.content.decode()
    assert Registration.objects.filter(status="waiting").count() == 2
    assert Registration.objects.filter(user__in=cohort).count() == 3
    # Cancelling someone moves the first waiting person up.
    first = Registration.objects.get(user=picked)
    client.post(url, {"action": "cancel", "registration": first.pk})
    assert Registration.objects.filter(status="confirmed").count() == 2
    assert Registration.objects.filter(status="waiting").count() == 1


def test_manage_cannot_cancel_another_seminars_registration(
    client, make_seminar, make_user, trainer
):
    mine = make_seminar(trainers=[trainer])
    other = make_seminar()
    registration = registration_create(seminar=other, user=make_user())
    client.force_login(trainer)
    url = _url("seminars:manage", mine.pk)
    assert (
        client.post(url, {"action": "cancel", "registration": registration.pk}).status_code == 404
    )
    assert client.post(url, {"action": "cancel", "registration": "x"}).status_code == 404
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED


def test_manage_query_count_is_bounded(
    client, make_seminar, make_user, trainer, django_assert_max_num_queries
):
    seminar = make_seminar(capacity=2, trainers=[trainer])
    for _ in range(4):
        registration_create(seminar=seminar, user=make_user(municipality=MunicipalityFactory()))
    client.force_login(trainer)
    url = _url("seminars:manage", seminar.pk)
    client.get(url)
    with django_assert_max_num_queries(QUERIES_MANAGE):
        client.get(url)
    registration_create(seminar=seminar, user=make_user(municipality=MunicipalityFactory()))
    client.get(url)  # the layout's site and locale reads are cached again
    with django_assert_max_num_queries(QUERIES_MANAGE):
        client.get(url)


# Session, user, the seminar, the trainer check, the lists (one query with accounts and
# places), the sessions, the cohort form's choices and the attendance include's reads (s2's,
# a few per page whatever the number of people); roles, the bell and policies are cached.
QUERIES_MANAGE = 12
