"""Walk-ins: added on the sheet, found again rather than doubled, joined to accounts later."""

from django.urls import reverse

import pytest

from courses.seminars.attendance import marks_save
from courses.seminars.models import Attendance, Registration, RegistrationSource
from courses.seminars.walk_ins import walk_in_add, walk_ins_match
from tests.factories.places import MunicipalityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def seminar(make_seminar, trainer):
    return make_seminar(sessions=2, trainers=[trainer])


def _session(seminar, n=0):
    return list(seminar.sessions.order_by("starts_at"))[n]


def test_trainer_adds_a_walk_in_marked_present(client, seminar, trainer):
    place = MunicipalityFactory()
    session = _session(seminar)
    client.force_login(trainer)
    data = {
        "walk_in-full_name": "  Асанова   Айгүл ",
        "walk_in-municipality": place.pk,
        "walk_in-position": "specialist_finance",
        "walk_in-gender": "female",
        "walk_in-email": "",
    }
    url = reverse("seminars:walk_in", kwargs={"session_id": session.pk})
    assert client.post(url, data).status_code == 302
    assert client.post(url, data).status_code == 302  # twice: still one person
    walk_in = Registration.objects.get(seminar=seminar)
    assert walk_in.user is None and walk_in.full_name == "Асанова Айгүл"
    assert walk_in.source == RegistrationSource.WALK_IN
    assert (walk_in.municipality, walk_in.gender) == (place, "female")
    assert Attendance.objects.get(registration=walk_in, session=session).mark == "present"


def test_walk_in_form_errors_and_permissions(client, seminar, trainer, make_user):
    url = reverse("seminars:walk_in", kwargs={"session_id": _session(seminar).pk})
    assert client.post(url, {"walk_in-full_name": "A"}).status_code == 302  # to sign in
    client.force_login(make_user(role="Learner"))
    assert client.post(url, {"walk_in-full_name": "A"}).status_code == 404
    client.force_login(trainer)
    assert client.post(url, {"walk_in-full_name": "   "}).status_code == 400
    assert client.post(url, {"walk_in-full_name": "B", "walk_in-email": "x"}).status_code == 400
    assert client.get(url).status_code == 405
    assert not Registration.objects.exists()


def test_a_walk_in_joins_the_account_created_later(seminar, trainer, make_user):
    walk_in, _ = walk_in_add(
        seminar=seminar, full_name="Bakyt", email="Bakyt@Example.org", by=trainer
    )
    marks_save(session=_session(seminar), marks={walk_in.pk: "present"}, by=trainer)
    user = make_user(email="bakyt@example.org")  # post_save of the user joins it
    walk_in.refresh_from_db()
    assert walk_in.user == user


def test_a_walk_in_with_an_existing_account_joins_it_at_once(seminar, trainer, make_user):
    user = make_user(email="aida@example.org")
    walk_in, created = walk_in_add(
        seminar=seminar, full_name="Aida", email="aida@example.org", by=trainer
    )
    assert created and walk_in.user == user


def test_merge_into_the_accounts_own_registration(seminar, trainer, make_user):
    first, second = _session(seminar, 0), _session(seminar, 1)
    walk_in, _ = walk_in_add(
        seminar=seminar, full_name="Nurlan", email="nurlan@example.org", by=trainer
    )
    marks_save(session=first, marks={walk_in.pk: "late"}, by=trainer)
    marks_save(session=second, marks={walk_in.pk: "present"}, by=trainer)
    # The person signs up without the receiver (e.g. an import) and registers themselves.
    from django.db.models.signals import post_save

    from courses.seminars.walk_ins import walk_ins_on_signup
    from lms.accounts.models import User

    post_save.disconnect(
        walk_ins_on_signup, sender=User, dispatch_uid="seminars_walk_ins_on_signup"
    )
    try:
        user = make_user(email="nurlan@example.org")
    finally:
        post_save.connect(
            walk_ins_on_signup, sender=User, dispatch_uid="seminars_walk_ins_on_signup"
        )
    own = Registration.objects.create(seminar=seminar, user=user)
    Attendance.objects.create(session=second, registration=own, mark="absent")
    result = walk_ins_match(seminar=seminar)
    assert (result.joined, result.merged) == (0, 1)
    assert not Registration.objects.filter(pk=walk_in.pk).exists()
    marks = dict(Attendance.objects.filter(registration=own).values_list("session_id", "mark"))
    assert marks == {first.pk: "late", second.pk: "present"}
    assert walk_ins_match(seminar=seminar) == type(result)()  # a second run does nothing


def test_match_action_on_the_manage_page(client, seminar, trainer, make_user):
    walk_in, _ = walk_in_add(
        seminar=seminar, full_name="Gulnara", email="g@example.org", by=trainer
    )
    Registration.objects.filter(pk=walk_in.pk).update(user=None)
    url = reverse("seminars:walk_ins_match", kwargs={"seminar_id": seminar.pk})
    client.force_login(make_user(role="Learner"))
    assert client.post(url).status_code == 404
    client.force_login(trainer)
    assert client.get(url).status_code == 405
    response = client.post(url)
    assert response.status_code == 302
    assert response["Location"] == reverse("seminars:manage", kwargs={"seminar_id": seminar.pk})
