"""A lesson's completion written in one statement on PostgreSQL (issue 24).

The ORM path (`courses.progress.services`) locks the enrolment, reads the course's completions,
inserts the completion and inserts its event: four statements between BEGIN and COMMIT, with
the ORM building each. Here one statement does all of it: it locks the learner's enrolment in
the course (so this learner's completions still happen one at a time, whichever path they take),
inserts the completion only when that enrolment exists, lets the unique constraint say whether
the lesson was done before (ON CONFLICT DO NOTHING), and inserts the event only for a row it
inserted. The learner's required completions in the course are counted by a second statement,
in the same transaction and under the same lock, so it sees another tab's completion that
committed while this one waited for the lock. Both go to the server with BEGIN in one round trip
(psycopg's pipeline): the server runs them in order, each with its own snapshot.

PostgreSQL only: SQLite has no data-modifying WITH, and keeps the ORM path.
"""

import json

from django.db import connection
from django.utils import timezone

from courses.activity.models import LearningEvent, LearningObject, LearningVerb
from courses.activity.services import event_language
from courses.enrolment.models import ENROLLED_STATUSES, Enrollment
from courses.progress.models import LessonCompletion


def _table(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def _column(model, field: str) -> str:
    return connection.ops.quote_name(model._meta.get_field(field).column)


def _insert_sql() -> str:
    enrollment, completion, event = Enrollment, LessonCompletion, LearningEvent
    c = e = _column
    # Only the models' own table and column names, quoted, are put in; values are parameters.
    return f"""
WITH enrolment AS (
    SELECT {c(enrollment, "id")} AS id, {c(enrollment, "status")} AS status
    FROM {_table(enrollment)}
    WHERE {c(enrollment, "user")} = %(user)s AND {c(enrollment, "course_key")} = %(course)s
      AND {c(enrollment, "status")} = ANY(%(statuses)s)
    ORDER BY {c(enrollment, "id")}
    LIMIT 1
    FOR UPDATE
), inserted AS (
    INSERT INTO {_table(completion)} ({c(completion, "user")}, {c(completion, "lesson_key")},
        {c(completion, "course_key")}, {c(completion, "source")}, {c(completion, "completed_at")})
    SELECT %(user)s, %(lesson)s, %(course)s, %(source)s, %(now)s FROM enrolment
    ON CONFLICT ({c(completion, "user")}, {c(completion, "lesson_key")}) DO NOTHING
    RETURNING {c(completion, "id")} AS id
), event AS (
    INSERT INTO {_table(event)} ({e(event, "actor")}, {e(event, "verb")},
        {e(event, "object_type")}, {e(event, "object_key")}, {e(event, "course_key")},
        {e(event, "language")}, {e(event, "context")}, {e(event, "created_at")})
    SELECT %(user)s, %(verb)s, %(object_type)s, %(lesson)s, %(course)s, %(language)s,
        %(context)s::jsonb, %(now)s
    FROM inserted
    RETURNING {e(event, "id")} AS id
)
SELECT enrolment.id, enrolment.status, inserted.id, event.id
FROM enrolment LEFT JOIN inserted ON TRUE LEFT JOIN event ON TRUE
"""  # noqa: S608


def _count_sql() -> str:
    c = _column
    return (
        f"SELECT count(*) FROM {_table(LessonCompletion)} "  # noqa: S608 - names, as above
        f"WHERE {c(LessonCompletion, 'user')} = %s "
        f"AND {c(LessonCompletion, 'course_key')} = %s "
        f"AND {c(LessonCompletion, 'lesson_key')} = ANY(%s)"
    )


_SQL: dict = {}


def _sql(name: str) -> str:
    """The statements, built once per process (the table and column names come from the models)."""
    if not _SQL:
        _SQL.update(insert=_insert_sql(), count=_count_sql())
    return _SQL[name]


def completion_insert(*, user, lesson_key, course_key, source: str, required_keys=()):
    """Lock the enrolment, insert the completion with its event and count the learner's
    completions of `required_keys` in the course, in the caller's transaction.

    Returns None when the learner has no enrolment that counts (nothing written); else
    (enrollment_id, enrollment_status, completion or None when the lesson was done before,
    event or None, how many of `required_keys` are done, this lesson included). The returned
    rows are built from what was written, with their ids.
    """
    now = timezone.now()
    language = event_language()
    context = {"source": source}
    params = {
        "user": user.pk,
        "course": course_key,
        "lesson": lesson_key,
        "statuses": [str(status) for status in ENROLLED_STATUSES],
        "source": source,
        "now": now,
        "verb": str(LearningVerb.COMPLETED),
        "object_type": str(LearningObject.LESSON),
        "language": language,
        "context": json.dumps(context),
    }
    required_keys = list(required_keys)
    with connection.cursor() as cursor, connection.cursor() as counting:
        # Errors come out of the pipeline when it is synced, not from execute(): as Django's.
        with connection.wrap_database_errors, connection.connection.pipeline():
            cursor.execute(_sql("insert"), params)
            if required_keys:
                counting.execute(_sql("count"), [user.pk, course_key, required_keys])
        row = cursor.fetchone()
        done = counting.fetchone()[0] if required_keys else 0
    if row is None:
        return None
    enrollment_id, status, completion_id, event_id = row
    completion = event = None
    if completion_id is not None:
        completion = LessonCompletion(
            pk=completion_id,
            user=user,
            lesson_key=lesson_key,
            course_key=course_key,
            source=source,
            completed_at=now,
        )
        event = LearningEvent(
            pk=event_id,
            actor=user,
            verb=LearningVerb.COMPLETED,
            object_type=LearningObject.LESSON,
            object_key=lesson_key,
            course_key=course_key,
            language=language,
            context=context,
            created_at=now,
        )
    return enrollment_id, status, completion, event, done
