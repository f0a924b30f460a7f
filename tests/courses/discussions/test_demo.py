"""The demo discussions: an announcement, two topics with replies and an answered lesson
question per course, made once."""

import pytest

from courses.discussions.demo import demo_discussions_create
from courses.discussions.demo_content import DISCUSSIONS
from courses.discussions.models import BoardKind, Topic

pytestmark = pytest.mark.django_db


def test_the_demo_builds_each_kind_once(course, lesson, make_user):
    make_user(email="learner@example.org", role="Learner")
    trainer = make_user(email="trainer@example.org", role="Trainer")
    spec = {**DISCUSSIONS[0], "course": course.slug, "lesson": lesson.slug}
    made = demo_discussions_create(discussions=[spec])
    assert [topic.board.kind for topic in made] == [
        BoardKind.ANNOUNCEMENTS,
        BoardKind.DISCUSSION,
        BoardKind.DISCUSSION,
        BoardKind.QUESTIONS,
    ]
    question = made[-1]
    assert question.lesson_key == lesson.translation_key
    assert question.answer.author == trainer
    assert made[1].reply_count == 2
    assert demo_discussions_create(discussions=[spec]) == []
    assert Topic.objects.count() == 4
