"""Each learning event becomes an xAPI 1.0.3 statement of the right shape (docs/xapi.md)."""

import datetime as dt
import hashlib
import uuid

from django.utils import translation

import pytest
import time_machine

from courses.activity.models import LearningEvent
from courses.activity.services import learning_event_record
from courses.xapi.models import XapiStatement
from courses.xapi.validation import statement_errors
from lms.outbox.models import OutboxMessage

pytestmark = pytest.mark.django_db

SITE = "https://academy.example.kg"
ADL = "http://adlnet.gov/expapi/verbs/"


@pytest.fixture
def course(make_course):
    return make_course(lessons=2, modules=0, title="Кызмат көрсөтүү")


@pytest.fixture
def lesson(course, lessons_of):
    return lessons_of(course)[0]


def _record(learner, verb, object_type, key, course, **fields):
    event = learning_event_record(
        actor=learner,
        verb=verb,
        object_type=object_type,
        object_key=key,
        course_key=course.translation_key,
        **fields,
    )
    return XapiStatement.objects.get(event_id=event.pk)


def test_nothing_is_built_or_queued_while_no_lrs_is_configured(
    learner, lesson, course, django_assert_num_queries
):
    with django_assert_num_queries(1):  # the event's INSERT only
        learning_event_record(
            actor=learner,
            verb="viewed",
            object_type="lesson",
            object_key=lesson.translation_key,
            course_key=course.translation_key,
        )
    assert not XapiStatement.objects.exists()
    assert not OutboxMessage.objects.exists()


KINDS = [
    # (verb, object type, context, verb IRI, result)
    ("enrolled", "course", {"by": 1}, ADL + "registered", None),
    ("withdrew", "course", {}, "http://id.tincanapi.com/verb/unregistered", None),
    ("viewed", "lesson", {}, ADL + "experienced", None),
    ("completed", "lesson", {"source": "manual"}, ADL + "completed", {"completion": True}),
    ("completed", "course", {}, ADL + "completed", {"completion": True}),
    ("attempted", "quiz", {"attempt": 1}, ADL + "attempted", None),
    (
        "passed",
        "quiz",
        {"attempt": 1, "score": "87.50", "late": False},
        ADL + "passed",
        {
            "success": True,
            "completion": True,
            "score": {"scaled": 0.875, "raw": 87.5, "min": 0, "max": 100},
        },
    ),
    (
        "failed",
        "quiz",
        {"attempt": 2, "score": "40.00", "late": False},
        ADL + "failed",
        {
            "success": False,
            "completion": True,
            "score": {"scaled": 0.4, "raw": 40.0, "min": 0, "max": 100},
        },
    ),
    (
        "attempted",
        "assignment",
        {"attempt": 1, "late": True},
        "http://activitystrea.ms/schema/1.0/submit",
        {"completion": True},
    ),
    ("earned", "certificate", {"code": "ABCD-1234"}, "http://id.tincanapi.com/verb/earned", None),
]


@pytest.mark.parametrize(
    ("verb", "object_type", "context", "verb_iri", "result"),
    KINDS,
    ids=[f"{kind[0]}-{kind[1]}" for kind in KINDS],
)
def test_each_event_kind_becomes_its_statement(
    xapi_on, learner, lesson, course, verb, object_type, context, verb_iri, result
):
    key = (
        course.translation_key
        if object_type in ("course", "certificate")
        else lesson.translation_key
    )
    moment = dt.datetime(2026, 12, 3, 9, 15, 30, 250000, tzinfo=dt.UTC)
    with time_machine.travel(moment, tick=False):
        statement = _record(learner, verb, object_type, key, course, context=context, language="ru")
    payload = statement.payload
    assert statement_errors(payload) == []
    assert payload["id"] == str(statement.id)
    assert payload["version"] == "1.0.3"
    assert payload["timestamp"] == "2026-12-03T09:15:30.250Z"
    assert payload["verb"]["id"] == verb_iri
    assert set(payload["verb"]["display"]) == {"ky", "ru", "en"}
    assert payload["object"]["id"] == f"{SITE}/xapi/activities/{object_type}/{key}"
    assert payload["object"]["objectType"] == "Activity"
    assert payload.get("result") == result
    assert payload["context"]["language"] == "ru"
    parents = payload["context"].get("contextActivities", {}).get("parent", [])
    if object_type == "course":
        assert parents == []
    else:
        assert [p["id"] for p in parents] == [
            f"{SITE}/xapi/activities/course/{course.translation_key}"
        ]
    extensions = payload["context"].get("extensions", {})
    # Who acted for the learner (a staff member's id) is not the learner's statement's business.
    assert f"{SITE}/xapi/extensions/by" not in extensions
    for name, value in context.items():
        if name != "by" and name != "score":
            assert extensions[f"{SITE}/xapi/extensions/{name}"] == value


def test_a_later_kind_of_event_gets_a_verb_of_the_site(xapi_on, learner, lesson, course):
    statement = _record(learner, "bookmarked", "lesson", lesson.translation_key, course)
    assert statement.payload["verb"]["id"] == f"{SITE}/xapi/verbs/bookmarked"
    assert statement_errors(statement.payload) == []


def test_one_lesson_is_one_activity_named_in_every_language(
    xapi_on, learner, course, lesson, translate_course
):
    ru_course, en_course = translate_course(course, "ru"), translate_course(course, "en")
    ru_lesson, en_lesson = (
        lesson.get_translation(ru_course.locale),
        lesson.get_translation(en_course.locale),
    )
    type(lesson).objects.filter(pk=ru_lesson.pk).update(title="Урок о контрактах")
    type(lesson).objects.filter(pk=en_lesson.pk).update(title="Lesson on contracts")
    type(course).objects.filter(pk=en_course.pk).update(title="Service delivery")
    with translation.override("en"):
        in_english = _record(learner, "viewed", "lesson", en_lesson.translation_key, en_course)
    in_kyrgyz = _record(
        learner, "completed", "lesson", lesson.translation_key, course, language="ky"
    )

    ids = {in_english.payload["object"]["id"], in_kyrgyz.payload["object"]["id"]}
    assert ids == {f"{SITE}/xapi/activities/lesson/{lesson.translation_key}"}
    assert in_english.payload["object"]["definition"]["name"] == {
        "en": "Lesson on contracts",
        "ky": lesson.title,
        "ru": "Урок о контрактах",
    }
    assert in_english.payload["context"]["language"] == "en"
    assert in_kyrgyz.payload["context"]["language"] == "ky"
    parent = in_english.payload["context"]["contextActivities"]["parent"][0]
    assert parent["definition"]["name"]["en"] == "Service delivery"
    assert parent["definition"]["name"]["ky"] == "Кызмат көрсөтүү"


def test_the_actor_is_an_account_on_this_site_by_default(xapi_on, make_user, lesson, course):
    learner = make_user(role="Learner", email="burul@example.kg", full_name="Бурул Кадырова")
    statement = _record(learner, "viewed", "lesson", lesson.translation_key, course)
    assert statement.payload["actor"] == {
        "objectType": "Agent",
        "account": {"homePage": SITE, "name": str(learner.pk)},
    }
    assert statement.actor == learner
    text = str(statement.payload)
    assert "burul@example.kg" not in text and "Бурул" not in text


def test_the_actor_is_the_mailbox_hash_when_set(xapi_on, make_user, lesson, course):
    xapi_on.XAPI_ACTOR = "mbox_sha1sum"
    learner = make_user(role="Learner", email="burul@example.kg")
    statement = _record(learner, "viewed", "lesson", lesson.translation_key, course)
    assert statement.payload["actor"] == {
        "objectType": "Agent",
        "mbox_sha1sum": hashlib.sha1(b"mailto:burul@example.kg").hexdigest(),  # noqa: S324
    }
    assert "burul@example.kg" not in str(statement.payload)
    assert statement_errors(statement.payload) == []


def test_the_statement_is_written_and_its_forwarding_queued_with_the_event(
    xapi_on, learner, lesson, course, django_assert_num_queries
):
    # The event, the page titles, the statement and the outbox message.
    with django_assert_num_queries(4):
        event = learning_event_record(
            actor=learner,
            verb="viewed",
            object_type="lesson",
            object_key=lesson.translation_key,
            course_key=course.translation_key,
        )
    statement = XapiStatement.objects.get(event_id=event.pk)
    assert isinstance(statement.id, uuid.UUID)
    assert statement.created_at == event.created_at
    assert list(OutboxMessage.objects.values_list("task_name", flat=True)) == [
        "courses.xapi.tasks.xapi_statements_forward"
    ]


def test_an_event_rolled_back_leaves_no_statement(xapi_on, learner, lesson, course):
    from django.db import transaction

    with pytest.raises(RuntimeError), transaction.atomic():
        learning_event_record(
            actor=learner, verb="viewed", object_type="lesson", object_key=lesson.translation_key
        )
        raise RuntimeError
    assert not LearningEvent.objects.exists()
    assert not XapiStatement.objects.exists()


@pytest.mark.parametrize(
    ("broken", "error"),
    [
        ({"id": "not-a-uuid"}, "id is not a UUID"),
        ({"version": "2.0.0"}, "version is not 1.0.x"),
        ({"timestamp": "03.12.2026"}, "timestamp is not an ISO 8601 moment with its offset"),
        ({"verb": {"id": "completed"}}, "verb.id is not an IRI"),
        ({"object": {"id": "lesson 5"}}, "object.id is not an IRI"),
        ({"actor": {"mbox": "a@b.kg"}}, "actor.mbox is not a mailto: IRI"),
        ({"result": {"score": {"scaled": 1.5}}}, "result.score.scaled is outside -1..1"),
        ({"context": {"language": "русский язык"}}, "context.language is not a language tag"),
        ({"colour": "red"}, "'colour' is not a statement property"),
    ],
)
def test_the_validator_refuses_what_the_specification_refuses(
    xapi_on, learner, lesson, course, broken, error
):
    statement = _record(learner, "viewed", "lesson", lesson.translation_key, course).payload
    assert error in statement_errors({**statement, **broken})
    without_verb = {key: value for key, value in statement.items() if key != "verb"}
    assert "verb is required" in statement_errors(without_verb)
