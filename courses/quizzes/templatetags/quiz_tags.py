"""Quiz template tags: the quiz box on a lesson page and the review of a graded question."""

from decimal import Decimal

from django import template
from django.utils.translation import gettext as _

from courses.quizzes.grading import option_feedback, short_model_answer
from courses.quizzes.models import QuestionType
from courses.quizzes.selectors import quiz_for_lesson

register = template.Library()


@register.inclusion_tag("quizzes/includes/lesson_quiz.html", takes_context=True)
def lesson_quiz(context, lesson):
    """The link to the lesson's quiz, if it has one (one query, none if the view found it)."""
    quiz = context["lesson_quiz"] if "lesson_quiz" in context else quiz_for_lesson(lesson=lesson)
    return {
        "quiz": quiz,
        "lesson": lesson,
        "request": context.get("request"),
    }


@register.filter
def question_type_name(qtype: str) -> str:
    """A question type in words ("Short answer"), never its code ("short")."""
    return QuestionType(qtype).label if qtype in QuestionType.values else qtype


@register.simple_tag
def fraction_points(question, fraction) -> str:
    value = (question.points * Decimal(fraction)).quantize(Decimal("0.01"))
    return f"{value.normalize():f}"


def _number(option) -> str:
    text = f"{option.number.normalize():f}"
    if option.tolerance:
        text += f" ± {option.tolerance.normalize():f}"
    return text


@register.inclusion_tag("quizzes/includes/review_lines.html")
def question_review(question, response):
    """What the learner answered and what was correct, in words, with the applicable feedback."""
    options = list(question.options.all())
    by_key = {str(o.key): o for o in options}
    response = response or {}
    qtype = question.qtype
    given, correct = "", ""
    if qtype in ("single", "truefalse"):
        chosen = by_key.get(response.get("choice", ""))
        given = chosen.display_text if chosen else ""
        best = max(options, key=lambda o: o.fraction, default=None)
        correct = best.display_text if best else ""
    elif qtype == "multiple":
        given = "; ".join(
            by_key[k].display_text for k in response.get("choices", []) if k in by_key
        )
        correct = "; ".join(o.display_text for o in options if o.fraction > 0)
    elif qtype == "short":
        given = response.get("text", "")
        correct = short_model_answer(question, options)
    elif qtype == "numerical":
        given = response.get("text", "")
        correct = "; ".join(_number(o) for o in options if o.fraction == 1 and o.number is not None)
    elif qtype == "matching":
        pairs = response.get("pairs", {})
        lefts = [o for o in options if o.text]
        given = "; ".join(
            f"{o.display_text} → {by_key[pairs[str(o.key)]].display_match}"
            for o in lefts
            if pairs.get(str(o.key)) in by_key
        )
        correct = "; ".join(f"{o.display_text} → {o.display_match}" for o in lefts)
    feedback = [
        o.display_feedback
        for o in option_feedback(question, options, response)
        if o.display_feedback
    ]
    return {"given": given, "correct": correct or _("(none)"), "feedback": feedback}
