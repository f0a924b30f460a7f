"""Essays: answered in a text box, word limits on submit, the attempt waits for a trainer."""

from decimal import Decimal

from django.urls import reverse

import pytest

from courses.progress.models import LessonCompletion
from courses.quizzes.models import Attempt, AttemptAnswer, AttemptState, Option, Question
from courses.quizzes.selectors import course_gradebook, learner_grades
from tests.factories.quizzes import quiz_with_questions

pytestmark = pytest.mark.django_db


@pytest.fixture
def essay_quiz(lesson):
    quiz = quiz_with_questions(lesson=lesson, questions=[], pass_mark=50)
    truefalse = Question.objects.create(
        quiz=quiz,
        sort_order=1,
        qtype="truefalse",
        text="A cluster groups municipalities.",
        points=1,
    )
    Option.objects.create(question=truefalse, text="Туура", text_en="True", fraction=1)
    Option.objects.create(question=truefalse, text="Туура эмес", text_en="False", sort_order=1)
    Question.objects.create(
        quiz=quiz,
        sort_order=2,
        qtype="essay",
        text="Describe your ayil okmotu's waste service.",
        points=Decimal(4),
        min_words=3,
        max_words=50,
        response_lines=7,
        response_template="Our service:",
        grader_info="Look for the contract and the tariff.",
    )
    return quiz


def essay_of(quiz):
    return quiz.questions.get(qtype="essay")


def started(client, user, lesson):
    client.force_login(user)
    client.post(reverse("quizzes:start", kwargs={"lesson_id": lesson.pk}))
    return Attempt.objects.get(user=user)


def test_the_essay_box_is_as_tall_as_asked_and_holds_the_template(
    client, enrolled, lesson, essay_quiz
):
    attempt = started(client, enrolled, lesson)
    html = client.get(reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk})).content
    html = html.decode()
    key = essay_of(essay_quiz).key
    assert f'<textarea class="quiz-essay" id="answer-{key}" name="q-{key}" rows="7"' in html
    assert "Our service:</textarea>" in html
    assert "(3 to 50 words)" in html


def test_too_few_words_refuse_the_submit_and_keep_the_text(client, enrolled, lesson, essay_quiz):
    attempt = started(client, enrolled, lesson)
    key = essay_of(essay_quiz).key
    response = client.post(
        reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk}),
        {"action": "submit", f"q-{key}": "Too short"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Write at least 3 words: your answer has 2." in html
    assert ">Too short</textarea>" in html
    assert Attempt.objects.get(pk=attempt.pk).state == AttemptState.IN_PROGRESS
    # Saved, so nothing typed is lost even if the page is closed now.
    assert AttemptAnswer.objects.get(attempt=attempt, question__qtype="essay").response == {
        "text": "Too short"
    }


def test_too_many_words_are_refused_too(client, enrolled, lesson, essay_quiz):
    attempt = started(client, enrolled, lesson)
    key = essay_of(essay_quiz).key
    response = client.post(
        reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk}),
        {"action": "submit", f"q-{key}": "word " * 51},
    )
    assert response.status_code == 400
    assert "Write at most 50 words: your answer has 51." in response.content.decode()


def test_saving_a_draft_ignores_the_word_limits(client, enrolled, lesson, essay_quiz):
    attempt = started(client, enrolled, lesson)
    key = essay_of(essay_quiz).key
    response = client.post(
        reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk}),
        {"action": "save", f"q-{key}": "Draft"},
    )
    assert response.status_code == 302
    assert AttemptAnswer.objects.get(attempt=attempt, question__qtype="essay").response == {
        "text": "Draft"
    }


def submit_essay(client, attempt, quiz, text="The contract names a tariff <b>and</b> a route."):
    tf = quiz.questions.get(qtype="truefalse")
    return client.post(
        reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk}),
        {
            "action": "submit",
            f"q-{essay_of(quiz).key}": text,
            f"q-{tf.key}": str(tf.options.get(fraction=1).key),
        },
    )


def test_an_answered_essay_makes_the_attempt_wait_for_grading(
    client, enrolled, lesson, essay_quiz, course
):
    attempt = started(client, enrolled, lesson)
    assert submit_essay(client, attempt, essay_quiz).status_code == 302
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.NEEDS_GRADING
    assert (attempt.points, attempt.max_points, attempt.passed) == (1, 5, False)
    essay = AttemptAnswer.objects.get(attempt=attempt, question__qtype="essay")
    assert essay.needs_grading and essay.points == 0
    # Neither passed nor failed: the lesson is not completed by it yet.
    assert not LessonCompletion.objects.filter(user=enrolled).exists()
    html = client.get(reverse("quizzes:result", kwargs={"attempt_id": attempt.pk})).content
    html = html.decode()
    assert 'id="attempt-waiting"' in html and "Waiting for grading" in html
    assert "Not passed" not in html
    assert "&lt;b&gt;and&lt;/b&gt;" in html  # the learner's text is escaped
    overview = client.get(reverse("quizzes:overview", kwargs={"lesson_id": lesson.pk}))
    assert 'data-state="needs_grading"' in overview.content.decode()
    # A second submit changes nothing (the attempt is handed in).
    assert submit_essay(client, attempt, essay_quiz, text="Other words here now").status_code == 302
    assert AttemptAnswer.objects.get(pk=essay.pk).response["text"].startswith("The contract")
    # Gradebook and My learning say "Waiting for grading", not 0 %.
    cell = course_gradebook(course=course).rows[0].cells[0]
    assert (cell.grade, cell.waiting, cell.note) == (None, 1, "Waiting for grading")
    grade = learner_grades(user=enrolled)[0]
    assert (grade.grade, grade.waiting) == (None, True)
    dashboard = client.get(reverse("progress:my")).content.decode()
    assert 'data-state="needs_grading"' in dashboard


def test_an_unanswered_essay_needs_no_grading(client, enrolled, lesson, essay_quiz):
    attempt = started(client, enrolled, lesson)
    assert submit_essay(client, attempt, essay_quiz, text="").status_code == 302
    attempt.refresh_from_db()
    assert attempt.state == AttemptState.SUBMITTED
    assert (attempt.points, attempt.max_points, attempt.score) == (1, 5, 20)
