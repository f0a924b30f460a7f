"""Registration: places, the waiting list and its move-up, the cut-off, refusals, trainers'
registrations, walk-ins and the day-before reminders."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.utils import timezone, translation

import pytest
import time_machine

from courses.seminars.models import (
    Registration,
    RegistrationSource,
    RegistrationStatus,
    SeminarStatus,
)
from courses.seminars.selectors import waiting_position
from courses.seminars.services import (
    registration_cancel,
    registration_create,
    registrations_trainer_create,
    session_reminders_send,
)
from courses.seminars.walk_ins import walk_in_add
from lms.accounts.models import Gender, Position
from lms.notifications.models import Notification
from tests.factories.places import DistrictFactory, MunicipalityFactory

pytestmark = pytest.mark.django_db


def _kinds(user):
    return list(
        Notification.objects.filter(recipient=user, kind="seminar").values_list("title", flat=True)
    )


def test_register_gives_a_place_then_the_waiting_list(make_seminar, make_user):
    seminar = make_seminar(capacity=1, sessions=2)
    first, second, third = (make_user(role="Learner") for _ in range(3))
    assert registration_create(seminar=seminar, user=first).status == RegistrationStatus.CONFIRMED
    waiting = registration_create(seminar=seminar, user=second)
    assert waiting.status == RegistrationStatus.WAITING
    assert waiting.waiting_since is not None
    later = registration_create(seminar=seminar, user=third)
    assert waiting_position(registration=waiting) == 1
    assert waiting_position(registration=later) == 2
    assert Notification.objects.filter(kind="seminar").count() == 3


def test_capacity_is_the_smallest_session(make_seminar, make_user):
    seminar = make_seminar(capacity=5, sessions=2)
    session = seminar.sessions.order_by("pk").last()
    session.capacity = 1
    session.save()
    registration_create(seminar=seminar, user=make_user())
    assert registration_create(seminar=seminar, user=make_user()).status == "waiting"


def test_double_submit_changes_nothing(make_seminar, make_user):
    seminar = make_seminar(capacity=1)
    learner = make_user()
    first = registration_create(seminar=seminar, user=learner)
    again = registration_create(seminar=seminar, user=learner)
    assert first.pk == again.pk
    assert Registration.objects.count() == 1
    assert Notification.objects.filter(recipient=learner).count() == 1


def test_cancel_moves_the_first_waiting_person_up(make_seminar, make_user):
    seminar = make_seminar(capacity=1)
    holder, first_waiting, second_waiting = (make_user() for _ in range(3))
    place = registration_create(seminar=seminar, user=holder)
    registration_create(seminar=seminar, user=first_waiting)
    registration_create(seminar=seminar, user=second_waiting)
    promoted = registration_cancel(registration=place, by=holder)
    assert [r.user for r in promoted] == [first_waiting]
    statuses = dict(Registration.objects.values_list("user_id", "status"))
    assert statuses == {
        holder.pk: RegistrationStatus.CANCELLED,
        first_waiting.pk: RegistrationStatus.CONFIRMED,
        second_waiting.pk: RegistrationStatus.WAITING,
    }
    # Told in their own language (Kyrgyz, the default).
    with translation.override(first_waiting.preferred_language or "ky"):
        told = translation.gettext("A place at “%(title)s” is yours") % {"title": seminar.title}
    titles = Notification.objects.filter(recipient=first_waiting).values_list("title", flat=True)
    assert told in list(titles)
    # Cancelling again changes nothing.
    assert registration_cancel(registration=place, by=holder) == []


def test_cancelling_a_waiting_place_promotes_nobody(make_seminar, make_user):
    seminar = make_seminar(capacity=1)
    holder, waiting_user = make_user(), make_user()
    registration_create(seminar=seminar, user=holder)
    waiting = registration_create(seminar=seminar, user=waiting_user)
    assert registration_cancel(registration=waiting, by=waiting_user) == []
    assert Registration.objects.get(user=holder).status == RegistrationStatus.CONFIRMED


def test_a_learner_cannot_cancel_after_the_cutoff_but_a_trainer_can(make_seminar, make_user):
    trainer = make_user(role="Trainer")
    seminar = make_seminar(starts_in=timedelta(hours=10), cancel_cutoff_hours=24)
    learner = make_user()
    registration = registration_create(seminar=seminar, user=learner)
    with pytest.raises(ValidationError) as error:
        registration_cancel(registration=registration, by=learner)
    assert error.value.code == "cutoff"
    registration_cancel(registration=registration, by=trainer)
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CANCELLED


def test_registering_again_after_cancelling_rejoins_the_end_of_the_list(make_seminar, make_user):
    seminar = make_seminar(capacity=1)
    holder, other = make_user(), make_user()
    mine = registration_create(seminar=seminar, user=holder)
    registration_cancel(registration=mine, by=holder)
    registration_create(seminar=seminar, user=other)
    again = registration_create(seminar=seminar, user=holder)
    assert again.pk == mine.pk
    assert again.status == RegistrationStatus.WAITING


@pytest.mark.parametrize(
    ("change", "code_text"),
    [
        ({"status": SeminarStatus.DRAFT}, "not open"),
        ({"self_registration": False}, "cannot register themselves"),
    ],
)
def test_refusals_say_why(make_seminar, make_user, change, code_text):
    seminar = make_seminar(**change)
    with translation.override("en"), pytest.raises(ValidationError) as error:
        registration_create(seminar=seminar, user=make_user())
    assert code_text in " ".join(error.value.messages)
    assert not Registration.objects.exists()


def test_no_registration_once_started(make_seminar, make_user):
    seminar = make_seminar(starts_in=timedelta(hours=-1))
    with translation.override("en"), pytest.raises(ValidationError) as error:
        registration_create(seminar=seminar, user=make_user())
    assert "already started" in error.value.messages[0]


def test_audience_by_place_and_position(make_seminar, make_user):
    district = DistrictFactory()
    inside = MunicipalityFactory(district=district)
    outside = MunicipalityFactory()
    seminar = make_seminar(audience_positions=[Position.AO_HEAD])
    seminar.audience_districts.add(district)
    ok = make_user(municipality=inside, position=Position.AO_HEAD)
    assert registration_create(seminar=seminar, user=ok).status == "confirmed"
    for user in (
        make_user(municipality=outside, position=Position.AO_HEAD),
        make_user(municipality=inside, position=Position.OTHER),
        make_user(municipality=None, position=Position.AO_HEAD),
    ):
        with pytest.raises(ValidationError):
            registration_create(seminar=seminar, user=user)
    # The oblast also admits its districts.
    seminar.audience_districts.clear()
    seminar.audience_oblasts.add(outside.district.oblast)
    assert registration_create(
        seminar=seminar, user=make_user(municipality=outside, position=Position.AO_HEAD)
    )


def test_trainer_registers_people_within_capacity(make_seminar, make_user):
    trainer = make_user(role="Trainer")
    seminar = make_seminar(capacity=2, self_registration=False, trainers=[trainer])
    people = [make_user() for _ in range(5)]
    counts = registrations_trainer_create(seminar=seminar, users=people, by=trainer)
    assert counts == {"confirmed": 2, "waiting": 3, "already": 0}
    again = registrations_trainer_create(seminar=seminar, users=people[:2], by=trainer)
    assert again == {"confirmed": 0, "waiting": 0, "already": 2}
    assert set(Registration.objects.values_list("source", flat=True)) == {"trainer"}


def test_walk_in_is_confirmed_without_a_capacity_check(make_seminar, make_user):
    trainer = make_user(role="Trainer")
    seminar = make_seminar(capacity=1)
    registration_create(seminar=seminar, user=make_user())
    walk_in, _created = walk_in_add(
        seminar=seminar,
        full_name="Айгүл Асанова",
        municipality=MunicipalityFactory(),
        position=Position.AO_DEPUTY,
        gender=Gender.FEMALE,
        email="",
        by=trainer,
    )
    assert walk_in.status == RegistrationStatus.CONFIRMED
    assert walk_in.source == RegistrationSource.WALK_IN
    assert walk_in.user is None


def test_reminders_the_day_before_are_sent_once(make_seminar, make_user):
    # 09:00 in Bishkek on 3 December; the session is on 4 December at 10:00 Bishkek.
    with time_machine.travel("2026-12-03T03:00:00Z", tick=False):
        seminar = make_seminar(starts_in=timedelta(hours=25))
        learner, waiting = make_user(preferred_language="en"), make_user()
        seminar.sessions.update(capacity=1)
        registration_create(seminar=seminar, user=learner)
        registration_create(seminar=seminar, user=waiting)
        far = make_seminar(starts_in=timedelta(days=3))
        registration_create(seminar=far, user=learner)
        assert session_reminders_send() == 1
        assert session_reminders_send() == 0
    reminders = Notification.objects.filter(recipient=learner, title__startswith="Tomorrow")
    assert reminders.count() == 1
    assert not Notification.objects.filter(recipient=waiting, title__startswith="Tomorrow")


def test_messages_are_in_the_recipients_language(make_seminar, make_user):
    seminar = make_seminar(title="Семинар ky", title_ru="Семинар ru", title_en="Seminar en")
    english = make_user(preferred_language="en")
    registration_create(seminar=seminar, user=english)
    title = Notification.objects.get(recipient=english).title
    assert "Seminar en" in title and "confirmed" in title


def test_the_reminder_task_runs_the_service(make_seminar, make_user):
    from courses.seminars.tasks import session_reminders_send as task

    seminar = make_seminar(starts_in=timedelta(days=1) + timedelta(hours=1))
    registration_create(seminar=seminar, user=make_user())
    # The session may fall on the day after tomorrow in Bishkek; either way it runs twice safely.
    first = task.apply().get()
    assert task.apply().get() == 0
    assert first in (0, 1)
    assert timezone.now()
