"""access_record: one entry and one bulk insert, the actor's role, never the actor's own data."""

from django.contrib.auth.models import Group

import pytest

from lms.access_log.models import AccessAction, AccessEntry, AccessSubject, ActorRole
from lms.access_log.services import access_record
from lms.accounts.access_cache import user_group_names

pytestmark = pytest.mark.django_db


def test_one_entry_and_one_bulk_insert_for_many_people(
    make_user, django_assert_num_queries, course
):
    manager = make_user(role="Manager")
    people = [make_user() for _ in range(30)]
    user_group_names(manager)  # the request has read them already (the header, the checks)
    # The entry, then every person in one INSERT: the count does not grow with the people.
    with django_assert_num_queries(2):
        access_record(
            actor=manager,
            action=AccessAction.EXPORT,
            subjects=people,
            course_key=course.translation_key,
            detail="participants.csv",
        )
    entry = AccessEntry.objects.get()
    assert entry.subject_count == 30 and AccessSubject.objects.count() == 30
    assert (entry.actor_role, entry.course_key) == (ActorRole.MANAGER, course.translation_key)


def test_ids_and_users_mix_and_repeat_once(make_user):
    trainer, learner = make_user(role="Trainer"), make_user()
    access_record(
        actor=trainer, action=AccessAction.GRADEBOOK, subjects=[learner, learner.pk, None]
    )
    entry = AccessEntry.objects.get()
    assert list(entry.subjects.all()) == [learner] and entry.subject_count == 1
    assert entry.actor_role == ActorRole.TRAINER


def test_the_actors_own_data_is_left_out_and_alone_writes_nothing(make_user):
    manager, learner = make_user(role="Manager"), make_user()
    access_record(actor=manager, action=AccessAction.RECORD_VIEW, subjects=[manager])
    assert not AccessEntry.objects.exists()
    access_record(actor=manager, action=AccessAction.EXPORT, subjects=[manager, learner])
    entry = AccessEntry.objects.get()
    assert list(entry.subjects.all()) == [learner] and entry.subject_count == 1


def test_a_count_without_names_is_kept(make_user):
    """A caller may log more people than it names (a data request counted, say)."""
    manager = make_user(role="Manager")
    access_record(actor=manager, action=AccessAction.DATA_REQUEST, subject_count=3)
    assert AccessEntry.objects.get().subject_count == 3


def test_nothing_seen_writes_nothing(make_user):
    access_record(actor=make_user(role="Trainer"), action=AccessAction.EXPORT, subjects=[])
    assert not AccessEntry.objects.exists()


def test_an_unknown_action_is_refused(make_user):
    with pytest.raises(ValueError):
        access_record(actor=make_user(), action="peek", subjects=[make_user()])


@pytest.mark.parametrize(
    "groups,superuser,role",
    [
        (["Manager", "Trainer"], False, ActorRole.MANAGER),
        (["Course trainers: abc"], False, ActorRole.TRAINER),
        (["Reviewer"], False, ActorRole.REVIEWER),
        ([], True, ActorRole.ADMINISTRATOR),
        ([], False, ActorRole.STAFF),
    ],
)
def test_the_role_is_the_strongest_held_when_looking(make_user, groups, superuser, role):
    actor = make_user(is_superuser=superuser)
    for name in groups:
        actor.groups.add(Group.objects.get_or_create(name=name)[0])
    access_record(actor=actor, action=AccessAction.RECORD_VIEW, subjects=[make_user()])
    assert AccessEntry.objects.get().actor_role == role


def test_a_failed_write_fails_the_caller(make_user, monkeypatch):
    """Logging is a legal duty: an error is not swallowed, so the page or file is not served."""

    def broken(*args, **kwargs):
        raise RuntimeError("database away")

    monkeypatch.setattr(AccessSubject.objects, "bulk_create", broken)
    with pytest.raises(RuntimeError):
        access_record(
            actor=make_user(role="Manager"), action=AccessAction.EXPORT, subjects=[make_user()]
        )
