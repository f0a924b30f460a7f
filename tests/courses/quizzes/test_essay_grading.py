"""The grading screen: trainers of the course and managers grade essays with points or a rubric;
saving regrades the attempt, completes the lesson on a pass and tells the learner."""

import functools
from decimal import Decimal

from django.urls import reverse

import pytest

from courses.catalogue.services import course_trainers_sync
from courses.progress.models import LessonCompletion
from courses.quizzes.essay_grading import (
    ALREADY_GRADED,
    GradingRefused,
    answer_version,
    essay_answer_grade,
    grading_queue,
)
from courses.quizzes.models import Attempt, AttemptAnswer, AttemptState, Question
from courses.quizzes.services import quiz_attempt_start, quiz_attempt_submit
from lms.notifications.models import Notification
from tests.factories.courses import CoursePageFactory, EnrollmentFactory, LessonPageFactory
from tests.factories.quizzes import quiz_with_questions

pytestmark = pytest.mark.django_db
# The grading list, warm: the admin's session, user, permissions, profile, locales and menu
# checks (13, as on every admin page), the course (gradebook scope: roles and trainer groups,
# 4), the waiting answers with attempts, learners, quizzes and questions (one query), and the
# access log (its entry and its learners in one insert): 20 whatever the number of answers.
GRADING_LIST_QUERIES = 19


@pytest.fixture
def make_user(make_user):
    return functools.partial(make_user, preferred_language="en")


@pytest.fixture
def trainer(make_user, course):
    user = make_user(role="Trainer")
    course.trainers = [user]
    course.save()
    course_trainers_sync(course=course)
    return user


@pytest.fixture
def essay_quiz(lesson):
    quiz = quiz_with_questions(lesson=lesson, questions=[], pass_mark=50)
    Question.objects.create(
        quiz=quiz,
        sort_order=1,
        qtype="essay",
        text="Describe the waste service.",
        points=Decimal(4),
        grader_info="Look for the contract.",
    )
    return quiz


def waiting_answer(user, quiz, course, text="We signed a <script>contract</script>."):
    attempt = quiz_attempt_start(user=user, quiz=quiz, course_key=course.translation_key)
    key = str(quiz.questions.get().key)
    quiz_attempt_submit(attempt=attempt, responses={key: text})
    return AttemptAnswer.objects.get(attempt=attempt)


def test_only_the_course_trainers_and_managers_open_the_grading_screen(
    client, make_user, course, enrolled, essay_quiz, trainer
):
    answer = waiting_answer(enrolled, essay_quiz, course)
    index = reverse("quiz_admin:grading", args=[course.pk])
    form = reverse("quiz_admin:grading_answer", args=[course.pk, answer.pk])
    # Anonymous: the admin's sign-in.
    assert "/admin/login/" in client.get(index)["Location"]
    # A trainer of another course is refused (the admin's redirect to the dashboard).
    other_course = CoursePageFactory(parent=course.get_parent())
    LessonPageFactory(parent=other_course)
    stranger = make_user(role="Trainer")
    other_course.trainers = [stranger]
    other_course.save()
    course_trainers_sync(course=other_course)
    client.force_login(stranger)
    for url in (index, form):
        response = client.post(url, {"points": "4", "version": "new"})
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    # ...and cannot reach this course's answer through their own course either.
    own = reverse("quiz_admin:grading_answer", args=[other_course.pk, answer.pk])
    assert client.get(own, follow=True).status_code == 404
    assert AttemptAnswer.objects.get(pk=answer.pk).needs_grading
    # The course's trainer and a manager may.
    for user in (trainer, make_user(role="Manager")):
        client.force_login(user)
        assert client.get(index).status_code == 200
        page = client.get(form)
        assert page.status_code == 200
        html = page.content.decode()
        assert "&lt;script&gt;contract&lt;/script&gt;" in html and "<script>contract" not in html
        assert "Look for the contract." in html


def test_the_gradebook_counts_the_attempts_waiting_and_links_the_grading_screen(
    client, course, enrolled, essay_quiz, trainer
):
    waiting_answer(enrolled, essay_quiz, course)
    client.force_login(trainer)
    html = client.get(reverse("quiz_admin:gradebook", args=[course.pk])).content.decode()
    assert "Grade answers (1 attempt waiting)" in html
    assert "Waiting for grading" in html
    index = client.get(reverse("quiz_admin:grading", args=[course.pk])).content.decode()
    assert "1 answer to grade" in index


def test_grading_with_points_regrades_completes_and_notifies(
    client, course, enrolled, essay_quiz, trainer, lesson
):
    answer = waiting_answer(enrolled, essay_quiz, course)
    client.force_login(trainer)
    url = reverse("quiz_admin:grading_answer", args=[course.pk, answer.pk])
    too_many = client.post(url, {"points": "5", "version": "new"})
    assert too_many.status_code == 400
    assert "Ensure this value is less than or equal to 4" in too_many.content.decode()
    response = client.post(url, {"points": "3", "comment": "Name the tariff.", "version": "new"})
    assert response.status_code == 302
    answer.refresh_from_db()
    assert (answer.points, answer.needs_grading, answer.graded_by) == (3, False, trainer)
    attempt = Attempt.objects.get(pk=answer.attempt_id)
    assert (attempt.state, attempt.score, attempt.passed) == (AttemptState.SUBMITTED, 75, True)
    assert LessonCompletion.objects.filter(user=enrolled, lesson_key=lesson.translation_key)
    note = Notification.objects.get(recipient=enrolled, kind="grade")
    assert f"/attempt/{attempt.pk}/result/" in note.url
    # The learner reads the points and the comment on their results.
    client.force_login(enrolled)
    html = client.get(reverse("quizzes:result", kwargs={"attempt_id": attempt.pk})).content
    html = html.decode()
    assert "Name the tariff." in html and 'data-essay-state="graded"' in html
    assert "75%" in html
    # The double submit (same version) is refused with a message and changes nothing.
    client.force_login(trainer)
    again = client.post(url, {"points": "1", "version": "new"})
    assert again.status_code == 409
    assert "Someone graded this answer" in again.content.decode()
    assert AttemptAnswer.objects.get(pk=answer.pk).points == 3


def test_two_graders_at_once_the_second_is_told(course, enrolled, essay_quiz, trainer, make_user):
    answer = waiting_answer(enrolled, essay_quiz, course)
    version = answer_version(answer)
    essay_answer_grade(answer_id=answer.pk, grader=trainer, version=version, points=1)
    with pytest.raises(GradingRefused) as refused:
        essay_answer_grade(
            answer_id=answer.pk, grader=make_user(role="Manager"), version=version, points=4
        )
    assert refused.value.message == ALREADY_GRADED
    assert AttemptAnswer.objects.get(pk=answer.pk).points == 1
    # A failing grade leaves the attempt graded and not passed, the lesson open.
    attempt = Attempt.objects.get(pk=answer.attempt_id)
    assert (attempt.state, attempt.passed) == (AttemptState.SUBMITTED, False)
    assert not LessonCompletion.objects.filter(user=enrolled).exists()


def test_grading_with_a_rubric(client, course, enrolled, essay_quiz, trainer):
    question = essay_quiz.questions.get()
    question.rubric = [
        {
            "name": "Facts",
            "levels": [{"label": "none", "points": 0}, {"label": "all", "points": 2}],
        },
        {
            "name": "Style",
            "levels": [{"label": "poor", "points": 0}, {"label": "clear", "points": 2}],
        },
    ]
    question.save()
    answer = waiting_answer(enrolled, essay_quiz, course)
    client.force_login(trainer)
    url = reverse("quiz_admin:grading_answer", args=[course.pk, answer.pk])
    html = client.get(url).content.decode()
    assert "Facts" in html and 'name="points"' not in html
    assert client.post(url, {"level_0": "1", "version": "new"}).status_code == 400
    assert client.post(url, {"level_0": "1", "level_1": "0", "version": "new"}).status_code == 302
    answer.refresh_from_db()
    assert (answer.points, answer.rubric_levels) == (2, [1, 0])
    client.force_login(enrolled)
    result = client.get(reverse("quizzes:result", kwargs={"attempt_id": answer.attempt_id}))
    assert "good (2)" not in result.content.decode() and "all (2)" in result.content.decode()


def test_the_grading_list_query_count_does_not_grow_with_answers(
    client, course, essay_quiz, trainer, make_user, django_assert_num_queries
):
    for _index in range(4):
        learner = make_user(role="Learner")
        EnrollmentFactory(user=learner, course_key=course.translation_key, status="active")
        waiting_answer(learner, essay_quiz, course)
    queue = grading_queue(course=course)
    assert queue.count == 4
    with django_assert_num_queries(1):
        assert grading_queue(course=course).count == 4
    client.force_login(trainer)
    url = reverse("quiz_admin:grading", args=[course.pk])
    client.get(url)  # warm
    with django_assert_num_queries(GRADING_LIST_QUERIES):
        response = client.get(url)
    assert response.content.decode().count("data-answer=") == 4
    learner = make_user(role="Learner")
    EnrollmentFactory(user=learner, course_key=course.translation_key, status="active")
    waiting_answer(learner, essay_quiz, course)
    client.get(url)  # warm again: the new attempt changed the cached content version
    with django_assert_num_queries(GRADING_LIST_QUERIES):
        response = client.get(url)
    assert response.content.decode().count("data-answer=") == 5
