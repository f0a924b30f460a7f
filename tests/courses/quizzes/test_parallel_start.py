"""A double click on "Start quiz" must not use up an attempt: parallel starts on PostgreSQL."""

import threading

from django.db import connection, connections
from django.test import Client
from django.urls import reverse

import pytest

from courses.quizzes.models import Attempt, AttemptState
from tests.services import require

CLICKS = 10


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_ten_parallel_starts_open_one_attempt(enrolled, lesson, quiz):
    require("PostgreSQL", connection.vendor == "postgresql", "the race needs a real server")
    gate = threading.Barrier(CLICKS)
    statuses = []

    def click():
        try:
            client = Client(HTTP_ACCEPT_LANGUAGE="en")
            client.force_login(enrolled)
            gate.wait()  # every click at the same moment
            response = client.post(reverse("quizzes:start", kwargs={"lesson_id": lesson.pk}))
            statuses.append(response.status_code)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=click) for _ in range(CLICKS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert len(statuses) == CLICKS
    assert all(status < 500 for status in statuses), statuses
    attempts = Attempt.objects.filter(user=enrolled, lesson_key=quiz.lesson_key)
    assert list(attempts.values_list("number", "state")) == [(1, AttemptState.IN_PROGRESS)]


@pytest.mark.django_db
def test_the_database_refuses_a_second_open_attempt(enrolled, lesson, quiz):
    from django.db import IntegrityError, transaction

    from courses.quizzes.services import quiz_attempt_start

    first = quiz_attempt_start(
        user=enrolled, quiz=quiz, course_key=lesson.get_parent().specific.translation_key
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        Attempt.objects.create(
            user=enrolled,
            quiz=quiz,
            lesson_key=first.lesson_key,
            course_key=first.course_key,
            number=2,
            started_at=first.started_at,
        )
