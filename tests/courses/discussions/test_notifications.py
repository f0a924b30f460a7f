"""What discussions tell people: replies, announcements, new questions and topics, answers,
hidden posts and reports, each in the recipient's language with a link in that language."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from courses.discussions.models import Board, BoardKind
from courses.discussions.services import answer_mark, post_hide, post_report, topic_create
from courses.enrolment.models import EnrollmentStatus
from lms.notifications.models import Notification
from tests.courses.discussions.conftest import access_of
from tests.factories.courses import EnrollmentFactory

pytestmark = pytest.mark.django_db


def kinds(user):
    return list(Notification.objects.filter(recipient=user).values_list("kind", flat=True))


def test_a_new_topic_tells_the_trainers_only(
    trainer, other_trainer, other_learner, enrolled, topic
):
    note = Notification.objects.get(recipient=trainer)
    assert note.kind == "question"
    assert note.title == "New discussion topic: Waste collection tenders"
    assert note.url == f"/en/discussions/topic/{topic.pk}/"
    assert kinds(other_learner) == [] and kinds(enrolled) == [] and kinds(other_trainer) == []


def test_a_lesson_question_tells_the_trainers(trainer, other_trainer, question):
    note = Notification.objects.get(recipient=trainer)
    assert note.title == "New lesson question: How many bidders?"
    assert kinds(other_trainer) == []


def test_a_reply_tells_the_author_and_earlier_participants_not_the_replier(
    topic, enrolled, other_learner, trainer, make_user, course, reply_of
):
    Notification.objects.all().delete()
    reply_of(other_learner, topic, "I did, last year.")
    assert kinds(enrolled) == ["reply"] and kinds(other_learner) == []
    third = make_user(role="Learner", preferred_language="ru")
    EnrollmentFactory(user=third, course_key=course.translation_key)
    reply_of(third, topic, "Мы тоже.")
    assert kinds(enrolled) == ["reply", "reply"] and kinds(other_learner) == ["reply"]
    assert kinds(third) == [] and kinds(trainer) == []
    russian = Notification.objects.filter(recipient=enrolled).first()
    assert russian.url.startswith("/en/")  # enrolled reads English
    assert "?post=" in russian.url


def test_the_notification_is_in_the_recipient_s_language(topic, make_user, course, reply_of):
    russian = make_user(role="Learner", preferred_language="ru")
    EnrollmentFactory(user=russian, course_key=course.translation_key)
    reply_of(russian, topic, "Вопрос")
    reply = reply_of(topic.author, topic, "Answer")
    note = Notification.objects.get(recipient=russian)
    assert note.url == f"/ru/discussions/topic/{topic.pk}/?post={reply.pk}"
    assert "Waste collection tenders" in note.title  # rendered with Russian active


def _announce(course, trainer, title="Welcome", access=None):
    return topic_create(
        user=trainer,
        access=access or access_of(trainer, course),
        course_key=course.translation_key,
        kind=BoardKind.ANNOUNCEMENTS,
        title=title,
        body="The course starts on Monday.",
    )


def test_an_announcement_tells_every_active_learner_in_one_go(
    course, trainer, enrolled, withdrawn, outsider, make_user
):
    done = make_user(role="Learner")
    EnrollmentFactory(
        user=done, course_key=course.translation_key, status=EnrollmentStatus.COMPLETED
    )
    access = access_of(trainer, course)
    Board.objects.create(course_key=course.translation_key, kind=BoardKind.ANNOUNCEMENTS)
    with CaptureQueriesContext(connection) as few:
        _announce(course, trainer, title="First", access=access)
    learners = [make_user(role="Learner") for _ in range(40)]
    for learner in learners:
        EnrollmentFactory(user=learner, course_key=course.translation_key)
    with CaptureQueriesContext(connection) as many:
        _announce(course, trainer, title="Second", access=access)
    # The board, the double-submit and flood checks, the topic, its post, then one notify
    # call: the learners, their preferences, one bulk insert (and the outbox): the same for
    # 1 or 41 learners (and so for 1,000).
    assert len(many) == len(few) == 11
    told = set(
        # Each in their own language ("Кулактандыруу: Second" for a Kyrgyz reader).
        Notification.objects.filter(kind="announcement", title__endswith=": Second").values_list(
            "recipient", flat=True
        )
    )
    assert told == {enrolled.pk, *(learner.pk for learner in learners)}
    assert withdrawn.pk not in told and done.pk not in told and outsider.pk not in told


def test_marking_the_answer_tells_the_question_author_once(course, question, trainer, reply_of):
    answer = reply_of(trainer, question, "Two at least.")
    Notification.objects.all().delete()
    for _ in range(2):
        answer_mark(access=access_of(trainer, course), post=answer)
    note = Notification.objects.get()
    assert note.recipient == question.author and note.kind == "reply"
    assert note.title == "Your question “How many bidders?” has an answer"


def test_hiding_tells_the_author_with_the_reason(course, topic, trainer, other_learner, reply_of):
    post = reply_of(other_learner, topic, "Spam")
    post_hide(user=trainer, access=access_of(trainer, course), post=post, reason="Advertising")
    note = Notification.objects.get(recipient=other_learner, kind="moderation")
    assert note.body == "Reason: Advertising"


def test_a_report_tells_the_course_trainers(course, topic, trainer, other_trainer, other_learner):
    post_report(
        user=other_learner,
        access=access_of(other_learner, course),
        post=topic.posts.get(),
        reason="Rude",
    )
    note = Notification.objects.get(recipient=trainer, kind="post_report")
    assert note.url == f"/en/discussions/course/{course.translation_key}/reports/"
    assert kinds(other_trainer) == []
