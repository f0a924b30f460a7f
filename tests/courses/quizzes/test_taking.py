"""Taking a quiz: who may, server-side grading, time and attempt limits, double submits, review."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

import pytest

from courses.activity.models import LearningEvent
from courses.quizzes import services as quiz_services
from courses.quizzes.models import Attempt, AttemptAnswer, ReviewPolicy
from courses.quizzes.services import NO_ATTEMPTS_LEFT, QuizRefused, quiz_attempt_start
from tests.courses.quizzes.conftest import questions_by_type

pytestmark = pytest.mark.django_db
# Warm requests, signed-in learner; see the test at the end for what each holds.
# Warm requests: the site header's menu and language switcher come from the fragment cache
# (lms/page_cache.py) and the site and the lesson's course are remembered for the content
# version (lms.process_memo), and the admin link's permission check reads the kept copy
# (lms.accounts.access_cache); cold they add 5, 7 and 5 (11, 14, 12).
ATTEMPT_PAGE_QUERIES = 5
OVERVIEW_QUERIES = 6
RESULT_QUERIES = 6


def start(client, lesson):
    response = client.post(reverse("quizzes:start", kwargs={"lesson_id": lesson.pk}))
    assert response.status_code == 302
    return Attempt.objects.order_by("-pk").first()


def correct_post(quiz) -> dict:
    """Every question answered right, as the form posts it."""
    qs = questions_by_type(quiz)
    opts = {t: list(q.options.all()) for t, q in qs.items()}
    data = {
        "action": "submit",
        f"q-{qs['single'].key}": str(opts["single"][0].key),
        f"q-{qs['multiple'].key}": [str(opts["multiple"][0].key), str(opts["multiple"][1].key)],
        f"q-{qs['truefalse'].key}": str(opts["truefalse"][0].key),
        f"q-{qs['short'].key}": " toktogul",
        f"q-{qs['numerical'].key}": "5",
    }
    by_match = {o.match_text: str(o.key) for o in opts["matching"]}
    for option in opts["matching"]:
        if option.text:
            data[f"m-{qs['matching'].key}-{option.key}"] = by_match[option.match_text]
    return data


def test_enrolled_learner_takes_the_quiz_and_passes(client, enrolled, lesson, quiz):
    client.force_login(enrolled)
    overview = client.get(reverse("quizzes:overview", kwargs={"lesson_id": lesson.pk}))
    assert overview.status_code == 200
    assert "Check yourself" in overview.content.decode()
    attempt = start(client, lesson)
    page = client.get(reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk}))
    assert page.status_code == 200
    response = client.post(
        reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk}), correct_post(quiz)
    )
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.is_submitted and attempt.passed
    assert attempt.score == 100
    assert attempt.max_points == 7  # the multiple-choice question is worth 2 points
    result = client.get(response["Location"])
    assert "100%" in result.content.decode()
    verbs = list(LearningEvent.objects.filter(actor=enrolled).values_list("verb", flat=True))
    assert verbs == ["attempted", "passed", "completed"]  # the lesson, through its quiz


def test_the_attempt_page_reveals_no_answer(client, enrolled, lesson, quiz):
    client.force_login(enrolled)
    attempt = start(client, lesson)
    html = client.get(
        reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk})
    ).content.decode()
    assert "The head of the ayil okmotu" in html  # the option is shown
    assert "Yes." not in html  # its feedback is not
    assert "The head of the ayil okmotu signs it." not in html  # nor the general feedback
    assert "Toktogul" not in html  # nor the accepted short answer
    assert "fraction" not in html


def test_a_failed_attempt_is_logged_as_failed(client, enrolled, lesson, quiz):
    client.force_login(enrolled)
    attempt = start(client, lesson)
    client.post(reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk}), {"action": "submit"})
    attempt.refresh_from_db()
    assert attempt.is_submitted and not attempt.passed and attempt.score == 0
    assert LearningEvent.objects.filter(actor=enrolled, verb="failed").count() == 1


def test_double_submit_and_resubmitting_an_old_attempt_change_nothing(
    client, enrolled, lesson, quiz
):
    client.force_login(enrolled)
    attempt = start(client, lesson)
    url = reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk})
    client.post(url, {"action": "submit"})
    again = client.post(url, correct_post(quiz))
    assert again.status_code == 302
    attempt.refresh_from_db()
    assert attempt.score == 0
    assert LearningEvent.objects.filter(actor=enrolled, verb__in=["passed", "failed"]).count() == 1


def test_attempt_limit_is_enforced(client, enrolled, lesson, quiz):
    quiz.attempts_allowed = 1
    quiz.save()
    client.force_login(enrolled)
    attempt = start(client, lesson)
    client.post(reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk}), {"action": "submit"})
    response = client.post(reverse("quizzes:start", kwargs={"lesson_id": lesson.pk}), follow=True)
    assert str(NO_ATTEMPTS_LEFT) in response.content.decode()
    assert Attempt.objects.filter(user=enrolled).count() == 1
    with pytest.raises(QuizRefused):
        quiz_attempt_start(user=enrolled, quiz=quiz, course_key=attempt.course_key)


def test_starting_twice_reuses_the_open_attempt(client, enrolled, lesson, quiz):
    client.force_login(enrolled)
    first = start(client, lesson)
    second = start(client, lesson)
    assert first.pk == second.pk
    assert Attempt.objects.filter(user=enrolled).count() == 1


def test_late_submission_is_graded_as_of_the_deadline(client, enrolled, lesson, quiz, monkeypatch):
    quiz.time_limit_minutes = 10
    quiz.save()
    client.force_login(enrolled)
    attempt = start(client, lesson)
    url = reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk})
    qs = questions_by_type(quiz)
    single = str(qs["single"].options.first().key)
    # Saved in time: the single-choice answer (1 of 7 points).
    client.post(url, {"action": "save", f"q-{qs['single'].key}": single})
    later = timezone.now() + timedelta(minutes=11)
    monkeypatch.setattr(quiz_services.timezone, "now", lambda: later)
    monkeypatch.setattr("courses.quizzes.views.timezone.now", lambda: later)
    response = client.post(url, correct_post(quiz))
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.is_submitted
    assert attempt.points == 1  # the late answers were not counted
    assert attempt.submitted_at == attempt.deadline


def test_an_overdue_attempt_is_closed_when_opened(client, enrolled, lesson, quiz, monkeypatch):
    quiz.time_limit_minutes = 5
    quiz.save()
    client.force_login(enrolled)
    attempt = start(client, lesson)
    later = timezone.now() + timedelta(minutes=6)
    monkeypatch.setattr(quiz_services.timezone, "now", lambda: later)
    monkeypatch.setattr("courses.quizzes.views.timezone.now", lambda: later)
    response = client.get(reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk}))
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.is_submitted and attempt.score == 0


def test_tampered_option_re_renders_with_a_clear_error_and_grades_nothing(
    client, enrolled, lesson, quiz
):
    client.force_login(enrolled)
    attempt = start(client, lesson)
    data = correct_post(quiz)
    single = questions_by_type(quiz)["single"]
    data[f"q-{single.key}"] = "00000000-0000-0000-0000-000000000000"
    response = client.post(reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk}), data)
    assert response.status_code == 400
    assert "not one of the question" in response.content.decode()
    assert " toktogul" in response.content.decode()  # what was typed is kept
    attempt.refresh_from_db()
    assert not attempt.is_submitted
    assert not AttemptAnswer.objects.filter(attempt=attempt).exists()


def test_an_answer_for_a_question_not_in_the_attempt_is_refused(client, enrolled, lesson, quiz):
    client.force_login(enrolled)
    attempt = start(client, lesson)
    data = correct_post(quiz)
    data["q-11111111-1111-1111-1111-111111111111"] = "x"
    response = client.post(reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk}), data)
    assert response.status_code == 400
    assert "not in this attempt" in response.content.decode()
    attempt.refresh_from_db()
    assert not attempt.is_submitted


def test_a_word_in_a_numerical_answer_is_a_clear_error(client, enrolled, lesson, quiz):
    client.force_login(enrolled)
    attempt = start(client, lesson)
    data = correct_post(quiz)
    data[f"q-{questions_by_type(quiz)['numerical'].key}"] = "five"
    response = client.post(reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk}), data)
    assert response.status_code == 400
    assert "Enter a number" in response.content.decode()


def test_someone_elses_attempt_is_not_found(client, enrolled, make_user, lesson, quiz):
    client.force_login(enrolled)
    attempt = start(client, lesson)
    client.force_login(make_user(role="Learner"))
    assert (
        client.get(reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk})).status_code == 404
    )
    assert (
        client.get(reverse("quizzes:result", kwargs={"attempt_id": attempt.pk})).status_code == 404
    )


def test_who_may_take_the_quiz(client, make_user, lesson, quiz):
    url = reverse("quizzes:overview", kwargs={"lesson_id": lesson.pk})
    assert client.get(url).status_code == 302  # anonymous: sign in first
    client.force_login(make_user(role="Learner"))  # not enrolled
    assert client.get(url).status_code == 403
    assert client.post(reverse("quizzes:start", kwargs={"lesson_id": lesson.pk})).status_code == 403
    assert not Attempt.objects.exists()


def test_a_manager_previews_without_an_attempt_being_recorded(client, make_user, lesson, quiz):
    client.force_login(make_user(role="Manager"))
    overview = client.get(reverse("quizzes:overview", kwargs={"lesson_id": lesson.pk}))
    assert "no attempt is recorded" in overview.content.decode()
    url = reverse("quizzes:preview", kwargs={"lesson_id": lesson.pk})
    assert client.get(url).status_code == 200
    response = client.post(url, correct_post(quiz))
    assert response.status_code == 200
    assert "Correct answer" in response.content.decode()
    assert client.post(reverse("quizzes:start", kwargs={"lesson_id": lesson.pk})).status_code == 403
    assert not Attempt.objects.exists()
    assert not LearningEvent.objects.exists()


def test_a_learner_cannot_open_the_preview(client, enrolled, lesson, quiz):
    client.force_login(enrolled)
    assert (
        client.get(reverse("quizzes:preview", kwargs={"lesson_id": lesson.pk})).status_code == 403
    )


@pytest.mark.parametrize(
    ("policy", "shown"),
    [
        (ReviewPolicy.NEVER, False),
        (ReviewPolicy.AFTER_ATTEMPT, True),
        (ReviewPolicy.AFTER_PASS, False),
    ],
)
def test_results_show_correct_answers_as_the_review_setting_allows(
    client, enrolled, lesson, quiz, policy, shown
):
    quiz.review = policy
    quiz.save()
    client.force_login(enrolled)
    attempt = start(client, lesson)
    client.post(reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk}), {"action": "submit"})
    html = client.get(reverse("quizzes:result", kwargs={"attempt_id": attempt.pk})).content.decode()
    assert "0%" in html
    assert ("Correct answer" in html) is shown


def test_after_pass_review_opens_once_passed(client, enrolled, lesson, quiz):
    quiz.review = ReviewPolicy.AFTER_PASS
    quiz.save()
    client.force_login(enrolled)
    attempt = start(client, lesson)
    client.post(reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk}), correct_post(quiz))
    html = client.get(reverse("quizzes:result", kwargs={"attempt_id": attempt.pk})).content.decode()
    assert "Correct answer" in html
    assert "Yes." in html  # per-answer feedback of the chosen option


def test_the_lesson_page_links_to_its_quiz(client, enrolled, lesson, quiz):
    client.force_login(enrolled)
    html = client.get(lesson.url).content.decode()
    assert f'href="/ky/quizzes/lesson/{lesson.pk}/"' in html  # the lesson is Kyrgyz


def _count(client, url):
    """Queries of a warm request (the site's root paths are cached after the first one)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def test_quiz_pages_do_not_grow_with_questions_or_attempts(client, enrolled, lesson, quiz):
    from courses.quizzes.authoring import questions_import
    from tests.factories.quizzes import sample_questions

    client.force_login(enrolled)
    overview = reverse("quizzes:overview", kwargs={"lesson_id": lesson.pk})
    attempt = start(client, lesson)
    page = reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk})
    few_questions = _count(client, page)
    few_attempts = _count(client, overview)
    client.post(page, {"action": "submit"})
    result = reverse("quizzes:result", kwargs={"attempt_id": attempt.pk})
    few_review = _count(client, result)

    questions_import(quiz=quiz, questions=sample_questions() * 3)  # 6 -> 24 questions
    for _ in range(4):
        attempt = start(client, lesson)
        client.post(
            reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk}), {"action": "submit"}
        )
    attempt = start(client, lesson)  # this one shows all 24 questions
    page = reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk})
    assert len(attempt.layout) == 24
    # The attempt form: session, user, the attempt with its quiz and lesson, questions, their
    # options, answers saved so far: the same for 6 or 24 questions.
    assert _count(client, page) == few_questions == ATTEMPT_PAGE_QUERIES
    # The overview lists every attempt from one query: the same for 1 or 6 attempts.
    assert _count(client, overview) == few_attempts == OVERVIEW_QUERIES
    client.post(page, {"action": "submit"})
    # The results with review: questions, options and answers in three queries, whatever
    # their number.
    assert (
        _count(client, reverse("quizzes:result", kwargs={"attempt_id": attempt.pk}))
        == few_review
        == RESULT_QUERIES
    )
