"""Essays graded by a trainer: the queue of answers waiting (selectors) and the grading itself
(services). The screens are in admin_grading.py; docs/quizzes.md ("Essays and their grading").

Grading an answer regrades its attempt in the same transaction: its points and score, its state
(`needs_grading` until no essay waits, then `submitted`), whether it passed, the lesson's
completion when it did, and a "grade" notification to the learner. Two graders (or a double
click) are told apart by the answer's version (its last grading time): the second save finds it
changed under the attempt's lock and is refused with a message, nothing overwritten.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from courses.quizzes.models import Attempt, AttemptAnswer, AttemptState, QuestionType, Quiz

ALREADY_GRADED = gettext_lazy(
    "Someone graded this answer while you were looking at it: read their grade below and "
    "grade again only if you mean to change it."
)
POINTS_RANGE = gettext_lazy("Give between 0 and %(max)s points.")
POINTS_NEEDED = gettext_lazy("Enter the points, or choose a level for every criterion.")
LEVEL_NEEDED = gettext_lazy("Choose a level for every criterion of the rubric.")


class GradingRefused(ValueError):
    """A grade that cannot be saved; `message` says why (shown on the grading form)."""

    def __init__(self, message, field: str = ""):
        super().__init__(str(message))
        self.message = message
        self.field = field


def answer_version(answer: AttemptAnswer) -> str:
    """What the grading form carries back: the answer's last grading time, "new" if never."""
    return answer.graded_at.isoformat() if answer.graded_at else "new"


def _decimal(value) -> Decimal:
    try:
        return Decimal(str(value))
    except (InvalidOperation, TypeError, ValueError):
        return Decimal(0)


def rubric_max(question) -> Decimal:
    """The rubric's best total: each criterion's highest level."""
    return sum(
        (
            max((_decimal(level.get("points")) for level in c.get("levels", [])), default=0)
            for c in question.rubric or []
        ),
        Decimal(0),
    )


def rubric_points(question, levels: list[int]) -> Decimal:
    """Points for one chosen level per criterion: the levels' sum scaled to the question's
    points (a rubric whose best total equals the points gives its sum as it is)."""
    criteria = question.rubric or []
    if len(levels) != len(criteria):
        raise GradingRefused(LEVEL_NEEDED, "rubric")
    total = Decimal(0)
    for criterion, index in zip(criteria, levels, strict=True):
        options = criterion.get("levels", [])
        if not isinstance(index, int) or not 0 <= index < len(options):
            raise GradingRefused(LEVEL_NEEDED, "rubric")
        total += _decimal(options[index].get("points"))
    best = rubric_max(question)
    if best <= 0:
        return Decimal(0)
    return max(Decimal(0), question.points * total / best).quantize(Decimal("0.01"))


def rubric_levels_chosen(question, answer) -> list[dict]:
    """[{"name", "label", "points"}] of the levels a grader chose, for the results page."""
    chosen = []
    for criterion, index in zip(question.rubric or [], answer.rubric_levels or [], strict=False):
        levels = criterion.get("levels", [])
        if isinstance(index, int) and 0 <= index < len(levels):
            chosen.append(
                {
                    "name": criterion.get("name", ""),
                    "label": levels[index].get("label", ""),
                    "points": levels[index].get("points"),
                }
            )
    return chosen


def _attempt_regrade(*, attempt: Attempt) -> bool:
    """Totals from the stored answers after a grading; True when the attempt stopped waiting.
    The out-of points stay those of the submit (the questions the attempt had)."""
    from courses.quizzes.services import (
        ATTEMPT_TOTALS,
        attempt_result_record,
        attempt_totals_set,
    )

    was_waiting = attempt.is_waiting
    answers = list(attempt.answers.all())
    earned = sum((a.points for a in answers), Decimal(0))
    waiting = any(a.needs_grading for a in answers)
    attempt_totals_set(
        attempt=attempt,
        quiz=attempt.quiz,
        earned=earned,
        total=attempt.max_points,
        waiting=waiting,
    )
    attempt.save(update_fields=list(ATTEMPT_TOTALS))
    if was_waiting and not waiting:
        attempt_result_record(attempt=attempt, quiz=attempt.quiz)
        return True
    if not waiting and attempt.passed:  # a regrade that now passes completes the lesson
        from courses.quizzes.services import _lesson_complete_on_pass

        _lesson_complete_on_pass(user=attempt.user, quiz=attempt.quiz)
    return False


def _grade_texts(*, attempt: Attempt, answer: AttemptAnswer) -> tuple[str, str]:
    title = _("Your answer in “%(quiz)s” was graded") % {"quiz": attempt.quiz.display_title}
    if attempt.is_waiting:
        body = _("%(points)s of %(max)s points. Other answers are still waiting for grading.")
    else:
        body = _("%(points)s of %(max)s points. The attempt's grade is now %(score)s%%.")
    body = body % {
        "points": f"{answer.points.normalize():f}",
        "max": f"{answer.question.points.normalize():f}",
        "score": f"{attempt.score.normalize():f}",
    }
    return title, body


def _result_path(attempt_id: int, language: str) -> str:
    with translation.override(language):
        return reverse("quizzes:result", kwargs={"attempt_id": attempt_id})


@transaction.atomic
def essay_answer_grade(
    *,
    answer_id: int,
    grader,
    version: str,
    points=None,
    levels: list[int] | None = None,
    comment: str = "",
    now=None,
) -> AttemptAnswer:
    """Grade (or regrade) one essay answer and its attempt; see the module's docstring.

    With a rubric, `levels` (one level index per criterion) gives the points; without one,
    `points` (0..the question's points). Raises GradingRefused (ALREADY_GRADED when `version`
    is not the answer's current one)."""
    from lms.notifications.services import notify

    now = now or timezone.now()
    attempt_id = AttemptAnswer.objects.values_list("attempt_id", flat=True).get(pk=answer_id)
    # The attempt first, as a submit locks it: graders and the learner's submit queue up.
    attempt = (
        Attempt.objects.select_for_update(of=("self",))
        .select_related("quiz", "user")
        .get(pk=attempt_id)
    )
    answer = (
        AttemptAnswer.objects.select_for_update(of=("self",))
        .select_related("question")
        .get(pk=answer_id)
    )
    question = answer.question
    if question.qtype != QuestionType.ESSAY or attempt.state == AttemptState.IN_PROGRESS:
        raise GradingRefused(ALREADY_GRADED)
    if answer_version(answer) != version:
        raise GradingRefused(ALREADY_GRADED)
    if question.rubric:
        given = rubric_points(question, list(levels or []))
        answer.rubric_levels = list(levels or [])
    else:
        if points in (None, ""):
            raise GradingRefused(POINTS_NEEDED, "points")
        given = _decimal(points)
        if not Decimal(0) <= given <= question.points:
            raise GradingRefused(
                POINTS_RANGE % {"max": f"{question.points.normalize():f}"}, "points"
            )
        given = given.quantize(Decimal("0.01"))
        answer.rubric_levels = []
    answer.points = given
    answer.fraction = (
        (given / question.points).quantize(Decimal("0.0000001")) if question.points else 0
    )
    answer.needs_grading = False
    answer.graded_at = now
    answer.graded_by = grader
    answer.grader_comment = (comment or "").strip()
    answer.save(
        update_fields=[
            "points",
            "fraction",
            "needs_grading",
            "graded_at",
            "graded_by",
            "grader_comment",
            "rubric_levels",
        ]
    )
    _attempt_regrade(attempt=attempt)
    notify(
        [attempt.user],
        "grade",
        render=lambda: _grade_texts(attempt=attempt, answer=answer),
        url=lambda language: _result_path(attempt.pk, language),
        dedupe_key=f"quiz-essay:{answer.pk}:{now.isoformat()}",
    )
    return answer


# ---- selectors ------------------------------------------------------------------------------


@dataclass
class GradingQueue:
    """A course's essay answers waiting, by quiz (in lesson order)."""

    quizzes: list = field(default_factory=list)  # [(quiz, [answers])]

    @property
    def count(self) -> int:
        return sum(len(answers) for _quiz, answers in self.quizzes)


def grading_queue(*, course) -> GradingQueue:
    """Answers waiting for a trainer in a course, oldest submit first (one query)."""
    answers = (
        AttemptAnswer.objects.filter(
            needs_grading=True,
            attempt__course_key=course.translation_key,
            attempt__state=AttemptState.NEEDS_GRADING,
        )
        .select_related("attempt", "attempt__user", "attempt__quiz", "question")
        .order_by("attempt__submitted_at", "attempt_id", "question__sort_order", "pk")
    )
    by_quiz: dict[int, list] = defaultdict(list)
    quizzes: dict[int, Quiz] = {}
    for answer in answers:
        quizzes[answer.attempt.quiz_id] = answer.attempt.quiz
        by_quiz[answer.attempt.quiz_id].append(answer)
    ordered = sorted(quizzes.values(), key=lambda q: (q.title, q.pk))
    return GradingQueue(quizzes=[(quiz, by_quiz[quiz.pk]) for quiz in ordered])


def grading_answer_get(*, course, answer_id: int) -> AttemptAnswer | None:
    """An essay answer of a submitted attempt in the course (graded or waiting), or None."""
    return (
        AttemptAnswer.objects.filter(
            pk=answer_id,
            question__qtype=QuestionType.ESSAY,
            attempt__course_key=course.translation_key,
        )
        .exclude(attempt__state=AttemptState.IN_PROGRESS)
        .select_related("attempt", "attempt__user", "attempt__quiz", "question", "graded_by")
        .first()
    )
