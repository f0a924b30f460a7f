"""What quizzes hold about a person: their attempts and the answers they gave.

Deletion keeps the attempts and every answer's points (the reports' average score and the
gradebook count them) and replaces what the person typed into short answers; choices, numbers
and matches are the quiz's own texts picked by key, not the person's words.
docs/privacy-providers.md.
"""

from collections.abc import Iterator

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from courses.activity.personal_data import CHUNK_SIZE, iso, removed_text, titles_by_key
from courses.quizzes.models import (
    Attempt,
    AttemptAnswer,
    AttemptState,
    Option,
    QuestionType,
    text_in_language,
)
from lms.privacy.providers import PersonalDataProvider

# Words the person typed (an essay's text, a cloze's gaps too): replaced on erasure.
TYPED = (QuestionType.SHORT, QuestionType.ESSAY, QuestionType.CLOZE)


def _number(value) -> float | None:
    return None if value is None else float(value)


def answer_given(*, qtype: str, response: dict, options: dict, language: str):
    """The answer as the person saw it: option texts for choices, their words for typed ones."""
    response = response or {}

    def text(key, field="text"):
        option = options.get(key)
        return text_in_language(option, field, language) if option is not None else key

    if qtype in (QuestionType.SINGLE, QuestionType.TRUE_FALSE):
        return text(response["choice"]) if response.get("choice") else None
    if qtype == QuestionType.MULTIPLE:
        return [text(key) for key in response.get("choices", [])]
    if qtype in (QuestionType.SHORT, QuestionType.NUMERICAL, QuestionType.ESSAY):
        return response.get("text") or None
    if qtype == QuestionType.MATCHING:
        return [
            {"item": text(left), "matched_with": text(right, "match_text")}
            for left, right in (response.get("pairs") or {}).items()
        ]
    return response


def quiz_attempt_records(user) -> Iterator[dict]:
    """Attempts, oldest first, each with its answers (question, answer given, points)."""
    attempts = Attempt.objects.filter(user=user).select_related("quiz").order_by("pk")
    quiz_ids = set(attempts.values_list("quiz_id", flat=True).distinct())
    # The options of the quizzes the person took: bounded by the content, not by the history.
    options = {
        str(option.key): option for option in Option.objects.filter(question__quiz_id__in=quiz_ids)
    }
    keys = set(attempts.values_list("course_key", flat=True).distinct())
    keys |= set(attempts.values_list("lesson_key", flat=True).distinct())
    titles = titles_by_key(keys)
    states = dict(AttemptState.choices)
    # Both streams run in attempt order, so each attempt takes its answers off the front.
    answers = (
        AttemptAnswer.objects.filter(attempt__user=user)
        .select_related("question")
        .order_by("attempt_id", "question__sort_order", "question_id")
        .iterator(chunk_size=CHUNK_SIZE)
    )
    pending = next(answers, None)
    for attempt in attempts.iterator(chunk_size=CHUNK_SIZE):
        language = attempt.language or None
        given = []
        while pending is not None and pending.attempt_id == attempt.pk:
            question = pending.question
            given.append(
                {
                    "question": text_in_language(question, "text", language),
                    "answer": answer_given(
                        qtype=question.qtype,
                        response=pending.response,
                        options=options,
                        language=language,
                    ),
                    "points": _number(pending.points),
                    "out_of": _number(question.points),
                    **(
                        {"trainer_comment": pending.grader_comment}
                        if pending.grader_comment
                        else {}
                    ),
                }
            )
            pending = next(answers, None)
        yield {
            "quiz": text_in_language(attempt.quiz, "title", language),
            "course": titles.get(attempt.course_key, str(attempt.course_key)),
            "lesson": titles.get(attempt.lesson_key, str(attempt.lesson_key)),
            "attempt": attempt.number,
            "state": str(states.get(attempt.state, attempt.state)),
            "started_at": iso(attempt.started_at),
            "submitted_at": iso(attempt.submitted_at),
            "points": _number(attempt.points),
            "out_of": _number(attempt.max_points),
            "grade_percent": _number(attempt.score),
            "passed": attempt.passed,
            "language": attempt.language,
            "answers": given,
        }


def _typed_answers(user):
    return AttemptAnswer.objects.filter(attempt__user=user, question__qtype__in=TYPED).exclude(
        response={}
    )


def quiz_attempts_describe(user) -> str | None:
    count = Attempt.objects.filter(user=user).count()
    if not count:
        return None
    typed = _typed_answers(user).count()
    return ngettext(
        "%(count)d quiz attempt kept with its points for the reports; "
        "%(typed)d typed answers replaced.",
        "%(count)d quiz attempts kept with their points for the reports; "
        "%(typed)d typed answers replaced.",
        count,
    ) % {"count": count, "typed": typed}


def quiz_attempts_erase(user) -> int:
    """Replaces the words typed into short and essay answers; keeps attempts, points and
    choices. Essays this person graded keep their grade and comment without the grader."""
    typed = _typed_answers(user).update(response={"text": removed_text()})
    return typed + AttemptAnswer.objects.filter(graded_by=user).update(graded_by=None)


def quizzes_personal_data() -> PersonalDataProvider:
    return PersonalDataProvider(
        key="quiz_attempts",
        title=_("Quiz attempts"),
        models=("quizzes.Attempt", "quizzes.AttemptAnswer"),
        records=quiz_attempt_records,
        describe=quiz_attempts_describe,
        erase=quiz_attempts_erase,
        order=40,
    )
