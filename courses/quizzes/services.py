"""Taking a quiz: start an attempt, save answers, submit; graded on the server only.

Time limits follow Moodle: answers saved by the deadline (plus a short grace for the network)
count; a submission after it is graded as of the deadline, from what was saved by then.
"""

import random
from datetime import timedelta
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.activity.models import LearningObject, LearningVerb
from courses.activity.services import learning_event_record
from courses.progress.services import lesson_complete
from courses.quizzes.grading import (
    UNKNOWN_QUESTION,
    QuizInputError,
    essay_words_problem,
    question_grade,
    response_clean,
)
from courses.quizzes.models import (
    Attempt,
    AttemptAnswer,
    AttemptState,
    Question,
    QuestionType,
    Quiz,
)

GRACE = timedelta(seconds=30)
NO_ATTEMPTS_LEFT = _("You have used all the attempts this quiz allows.")
QUIZ_HAS_NO_QUESTIONS = _("This quiz has no questions yet.")


class QuizRefused(Exception):
    """An action the rules do not allow; carries a message for the learner."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def quiz_questions(*, quiz: Quiz) -> dict:
    """{question key (str): question} with options prefetched (two queries)."""
    questions = quiz.questions.prefetch_related("options").order_by("sort_order", "pk")
    return {str(question.key): question for question in questions}


def quiz_attempt_questions(*, quiz: Quiz, rng: random.Random) -> dict:
    """What a new attempt shows: the quiz's own questions, then its bank slots' questions
    (fixed ones, and random ones drawn now with `rng`), as {key: question}; a question is
    never shown twice. Two queries for the quiz's own, plus the slots' few when it has any."""
    from courses.quizzes.bank import quiz_slot_questions

    questions = quiz_questions(quiz=quiz)
    taken = {question.pk for question in questions.values()}
    for question in quiz_slot_questions(quiz=quiz, rng=rng, exclude=taken):
        questions.setdefault(str(question.key), question)
    return questions


def attempt_questions(*, attempt: Attempt) -> dict:
    """{question key (str): question} of the attempt's layout, with options (two queries).

    The layout is the attempt's own list of questions (random draws fixed at the start), so
    taking, saving, grading and results read the questions by key whatever the quiz or the
    bank hold now; a question deleted since is simply missing.
    """
    keys = [item["q"] for item in attempt.layout]
    if not keys:
        return {}
    found = {
        str(question.key): question
        for question in Question.objects.filter(key__in=keys).prefetch_related("options")
    }
    return {key: found[key] for key in keys if key in found}


def attempt_layout_build(*, quiz: Quiz, questions: dict, rng: random.Random) -> list:
    """The order questions and options are shown in, shuffled as the quiz says."""
    items = list(questions.values())
    if quiz.shuffle_questions:
        rng.shuffle(items)
    layout = []
    for question in items:
        keys = [str(option.key) for option in question.options.all()]
        if quiz.shuffle_options and question.shuffle_options and question.qtype != "truefalse":
            rng.shuffle(keys)
        layout.append({"q": str(question.key), "o": keys})
    return layout


def attempt_open_get(*, user, quiz: Quiz) -> Attempt | None:
    return Attempt.objects.filter(
        user=user, lesson_key=quiz.lesson_key, state=AttemptState.IN_PROGRESS
    ).first()


def quiz_attempt_start(
    *, user, quiz: Quiz, course_key, language: str = "", now=None, seed=None
) -> Attempt:
    """The learner's open attempt, or a new one if the attempt limit allows; never two open."""
    now = now or timezone.now()
    with transaction.atomic():
        open_attempt = attempt_open_get(user=user, quiz=quiz)
        if open_attempt and not attempt_overdue(attempt=open_attempt, now=now):
            return open_attempt
        if open_attempt:
            quiz_attempt_submit(attempt=open_attempt, responses=None, now=now)
        used = (
            Attempt.objects.filter(user=user, lesson_key=quiz.lesson_key).aggregate(
                n=Max("number")
            )["n"]
            or 0
        )
        if quiz.attempts_allowed and used >= quiz.attempts_allowed:
            raise QuizRefused(NO_ATTEMPTS_LEFT)
        rng = random.Random(seed)  # noqa: S311 (order and draws, not secrets)
        questions = quiz_attempt_questions(quiz=quiz, rng=rng)
        if not questions:
            raise QuizRefused(QUIZ_HAS_NO_QUESTIONS)
        layout = attempt_layout_build(quiz=quiz, questions=questions, rng=rng)
        deadline = (
            now + timedelta(minutes=quiz.time_limit_minutes) if quiz.time_limit_minutes else None
        )
        try:
            with transaction.atomic():
                attempt = Attempt.objects.create(
                    user=user,
                    quiz=quiz,
                    lesson_key=quiz.lesson_key,
                    course_key=course_key,
                    number=used + 1,
                    layout=layout,
                    language=language,
                    started_at=now,
                    deadline=deadline,
                )
        except IntegrityError:
            # A parallel click won (same number, or an open attempt already): use its attempt.
            return attempt_open_get(user=user, quiz=quiz) or Attempt.objects.get(
                user=user, lesson_key=quiz.lesson_key, number=used + 1
            )
        learning_event_record(
            actor=user,
            verb=LearningVerb.ATTEMPTED,
            object_type=LearningObject.QUIZ,
            object_key=quiz.lesson_key,
            course_key=course_key,
            language=language or None,
            context={"attempt": attempt.number},
        )
    return attempt


def attempt_overdue(*, attempt: Attempt, now=None) -> bool:
    now = now or timezone.now()
    return attempt.deadline is not None and now > attempt.deadline + GRACE


def responses_clean(*, attempt: Attempt, questions: dict, responses: dict) -> dict:
    """Check every response belongs to this attempt; {question key: cleaned}. Raises on the
    first foreign question; collects per-question errors into one QuizInputError list."""
    in_attempt = {item["q"] for item in attempt.layout}
    unknown = [key for key in responses if key not in in_attempt or key not in questions]
    if unknown:
        raise QuizInputError(UNKNOWN_QUESTION)
    cleaned, errors = {}, {}
    for key, raw in responses.items():
        question = questions[key]
        if question.qtype == QuestionType.DESCRIPTION:  # nothing to answer, nothing stored
            continue
        try:
            cleaned[key] = response_clean(question, list(question.options.all()), raw)
        except QuizInputError as error:
            errors[key] = error.message
    if errors:
        error = QuizInputError(next(iter(errors.values())))
        error.errors = errors
        raise error
    return cleaned


def _answers_store(*, attempt: Attempt, questions: dict, cleaned: dict) -> None:
    existing = {str(a.question.key): a for a in attempt.answers.select_related("question")}
    for key, response in cleaned.items():
        answer = existing.get(key)
        if answer is None:
            AttemptAnswer.objects.create(
                attempt=attempt, question=questions[key], response=response
            )
        elif answer.response != response:
            answer.response = response
            answer.save(update_fields=["response"])


def quiz_answers_save(*, attempt: Attempt, responses: dict, now=None) -> Attempt:
    """Save answers without submitting (before the deadline only); nothing graded."""
    now = now or timezone.now()
    with transaction.atomic():
        attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
        if attempt.is_submitted or attempt_overdue(attempt=attempt, now=now):
            return attempt
        questions = attempt_questions(attempt=attempt)
        cleaned = responses_clean(attempt=attempt, questions=questions, responses=responses)
        _answers_store(attempt=attempt, questions=questions, cleaned=cleaned)
    return attempt


def _lesson_complete_on_pass(*, user, quiz: Quiz) -> None:
    """Passing a quiz completes its lesson (and may complete the course).

    A learner who has since withdrawn, or whose lesson is locked, keeps the graded attempt: the
    refusal only skips the completion. `lesson_complete` decides a refusal before it writes
    and raises it after its block, so the attempt's transaction goes on without a savepoint.
    """
    try:
        lesson_complete(user=user, lesson=quiz.lesson, source="quiz")
    except ValidationError:
        return


def _essay_word_errors(*, questions: dict, cleaned: dict) -> dict:
    """{question key: message} for essays whose answers break their word limits."""
    errors = {}
    for key, response in cleaned.items():
        question = questions[key]
        if question.qtype == QuestionType.ESSAY:
            problem = essay_words_problem(question, response)
            if problem:
                errors[key] = problem
    return errors


def attempt_result_record(*, attempt: Attempt, quiz: Quiz, late: bool = False) -> None:
    """A graded attempt's learning event, and the lesson's completion when it passed: at
    submit, or once a trainer has graded its last essay (essay_grading.py)."""
    learning_event_record(
        actor=attempt.user,
        verb=LearningVerb.PASSED if attempt.passed else LearningVerb.FAILED,
        object_type=LearningObject.QUIZ,
        object_key=attempt.lesson_key,
        course_key=attempt.course_key,
        language=attempt.language or None,
        context={"attempt": attempt.number, "score": str(attempt.score), "late": late},
    )
    if attempt.passed:
        _lesson_complete_on_pass(user=attempt.user, quiz=quiz)


# What `attempt_totals_set` changes.
ATTEMPT_TOTALS = ("points", "max_points", "score", "state", "passed")


def attempt_totals_set(*, attempt: Attempt, quiz: Quiz, earned, total, waiting: bool) -> None:
    """Points, score, pass state and state from the graded answers (not saved). An attempt
    with an essay still to grade waits: neither passed nor failed yet."""
    attempt.points = earned
    attempt.max_points = total
    attempt.score = (earned * 100 / total).quantize(Decimal("0.01")) if total else Decimal(0)
    if waiting:
        attempt.state = AttemptState.NEEDS_GRADING
        attempt.passed = False
    else:
        attempt.state = AttemptState.SUBMITTED
        attempt.passed = attempt.score >= quiz.pass_mark


def quiz_attempt_submit(
    *, attempt: Attempt, responses: dict | None, now=None, questions: dict | None = None
) -> Attempt:
    """Grade and close an attempt once; a repeat or an old attempt's resubmit changes nothing.

    Late (past deadline + grace): the new responses are ignored and the answers saved by the
    deadline are graded. `responses=None` closes an overdue attempt with its saved answers.
    `questions` (from `attempt_questions`) saves reading them again when the caller has them.
    Answers are graded in memory and written in one INSERT and at most one UPDATE.

    Descriptions count for nothing. An answered essay waits for a trainer: the attempt is then
    `needs_grading` until essay_grading.py grades its last essay. An essay outside its word
    limits refuses the submit (QuizInputError with `errors`) after saving the answers, so
    nothing typed is lost.
    """
    now = now or timezone.now()
    word_errors: dict = {}
    with transaction.atomic():
        attempt = _attempt_locked(attempt)
        if attempt.is_submitted:
            return attempt
        quiz = attempt.quiz
        if questions is None:
            questions = attempt_questions(attempt=attempt)
        late = attempt_overdue(attempt=attempt, now=now)
        if responses and not late:
            cleaned = responses_clean(attempt=attempt, questions=questions, responses=responses)
            word_errors = _essay_word_errors(questions=questions, cleaned=cleaned)
            if word_errors:
                _answers_store(attempt=attempt, questions=questions, cleaned=cleaned)
        if not word_errors:
            _attempt_grade(
                attempt=attempt, quiz=quiz, questions=questions, responses=responses, now=now
            )
    if word_errors:
        error = QuizInputError(next(iter(word_errors.values())))
        error.errors = word_errors
        raise error
    return attempt


def _attempt_locked(attempt: Attempt) -> Attempt:
    """The attempt's row read afresh and locked. The quiz the caller loaded (with its lesson,
    as the attempt page does) is kept rather than read again: an attempt's quiz never changes."""
    quiz = attempt.quiz if Attempt.quiz.is_cached(attempt) else None
    related = ("user",) if quiz is not None else ("user", "quiz")
    locked = (
        Attempt.objects.select_for_update(of=("self",)).select_related(*related).get(pk=attempt.pk)
    )
    if quiz is not None:
        locked.quiz = quiz
    return locked


def _attempt_grade(*, attempt: Attempt, quiz: Quiz, questions: dict, responses, now) -> None:
    """The grading half of `quiz_attempt_submit` (inside its transaction and lock)."""
    late = attempt_overdue(attempt=attempt, now=now)
    answers = {answer.question_id: answer for answer in attempt.answers.all()}
    changed = set()
    if responses and not late:
        cleaned = responses_clean(attempt=attempt, questions=questions, responses=responses)
        for key, response in cleaned.items():
            question = questions[key]
            answer = answers.get(question.pk)
            if answer is None:
                answers[question.pk] = AttemptAnswer(
                    attempt=attempt, question=question, response=response
                )
            elif answer.response != response:
                answer.response = response
                changed.add(question.pk)
    total = earned = Decimal(0)
    waiting = False
    for item in attempt.layout:
        question = questions.get(item["q"])
        if question is None:  # removed from the quiz after the attempt began
            continue
        if question.qtype == QuestionType.DESCRIPTION:  # no answer, no points
            continue
        total += question.points
        answer = answers.get(question.pk)
        if answer is None:
            continue
        if question.qtype == QuestionType.ESSAY:
            answer.fraction, answer.points = Decimal(0), Decimal(0)
            answer.needs_grading = bool(answer.response.get("text"))
            waiting = waiting or answer.needs_grading
            changed.add(question.pk)
            continue
        fraction = question_grade(question, list(question.options.all()), answer.response)
        answer.fraction = fraction
        answer.points = (question.points * fraction).quantize(Decimal("0.01"))
        changed.add(question.pk)
        earned += answer.points
    # Answers saved before are updated; new ones are inserted graded (no UPDATE after).
    graded = [a for pk, a in answers.items() if pk in changed and a.pk is not None]
    AttemptAnswer.objects.bulk_create([a for a in answers.values() if a.pk is None])
    if graded:
        AttemptAnswer.objects.bulk_update(
            graded, ["response", "fraction", "points", "needs_grading"]
        )
    attempt_totals_set(attempt=attempt, quiz=quiz, earned=earned, total=total, waiting=waiting)
    attempt.submitted_at = min(now, attempt.deadline) if late else now
    attempt.save(update_fields=[*ATTEMPT_TOTALS, "submitted_at"])
    if not waiting:
        attempt_result_record(attempt=attempt, quiz=quiz, late=late)
