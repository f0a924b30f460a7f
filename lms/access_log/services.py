"""Writing the access log: one call per view or export that shows other people's personal data.

The log is part of the legal duty, not a side note: `access_record` writes in the caller's
transaction (a savepoint of its own) and lets a database error through, so a page or file that
cannot be logged is not served (docs/privacy-access-log.md).
"""

from collections.abc import Iterable

from django.db import transaction

from lms.access_log.models import AccessAction, AccessEntry, AccessSubject, ActorRole
from lms.accounts.access_cache import user_group_names
from lms.accounts.roles import MANAGER, REVIEWER, TRAINER
from lms.accounts.selectors import COURSE_TRAINERS_PREFIX

DETAIL_MAX = AccessEntry._meta.get_field("detail").max_length


def actor_role_get(user) -> str:
    """The strongest role `user` holds now (from the kept copy of their groups: no query when
    the request already asked)."""
    names = user_group_names(user)
    if MANAGER in names:
        return ActorRole.MANAGER
    if TRAINER in names or any(name.startswith(COURSE_TRAINERS_PREFIX) for name in names):
        return ActorRole.TRAINER
    if REVIEWER in names:
        return ActorRole.REVIEWER
    if user.is_superuser:
        return ActorRole.ADMINISTRATOR
    return ActorRole.STAFF


def _subject_ids(subjects: Iterable) -> set[int]:
    return {getattr(subject, "pk", subject) for subject in subjects if subject is not None}


def access_record(
    *,
    actor,
    action: str,
    subjects: Iterable = (),
    subject_count: int | None = None,
    course_key=None,
    detail: str = "",
) -> None:
    """Log that `actor` saw the personal data of `subjects` (users or their ids): one INSERT
    for the entry, one bulk INSERT for the people. The actor's own data is not logged; nothing
    is written when no one else's data was seen."""
    if action not in AccessAction.values:
        raise ValueError(f"Unknown access action {action!r}")
    ids = _subject_ids(subjects)
    if actor is not None and actor.pk in ids:
        ids.discard(actor.pk)
        if subject_count is not None:
            subject_count -= 1
    count = len(ids) if subject_count is None else max(subject_count, len(ids))
    if count <= 0:
        return
    # No savepoint: the entry belongs to the caller's transaction, and costs two queries.
    with transaction.atomic(savepoint=False):
        entry = AccessEntry.objects.create(
            actor=actor,
            actor_role=actor_role_get(actor) if actor is not None else ActorRole.STAFF,
            action=action,
            course_key=course_key,
            detail=(detail or "")[:DETAIL_MAX],
            subject_count=count,
        )
        if ids:
            AccessSubject.objects.bulk_create(
                [AccessSubject(entry=entry, user_id=user_id) for user_id in sorted(ids)],
                batch_size=5000,
            )
