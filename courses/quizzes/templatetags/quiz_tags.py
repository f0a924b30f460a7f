"""Quiz template tags: the quiz box on a lesson page and the review of a graded question."""

from decimal import Decimal

from django import template
from django.utils.translation import gettext as _

from courses.quizzes.essay_grading import rubric_levels_chosen
from courses.quizzes.grading import (
    combined_feedback_kind,
    gap_grade,
    gap_is_choice,
    gap_is_multi,
    gap_matched_answers,
    gap_text,
    number_correct_chosen,
    option_feedback,
    question_grade,
    short_model_answer,
)
from courses.quizzes.models import QuestionType
from courses.quizzes.selectors import quiz_for_lesson
from lms.i18n import text_in_language

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


def _combined_feedback(question, fraction) -> str:
    kind = combined_feedback_kind(fraction)
    field = {
        "correct": "correct_feedback",
        "partial": "partially_correct_feedback",
        "incorrect": "incorrect_feedback",
    }[kind]
    return text_in_language(question, field)


def _hints(question) -> list[str]:
    """The question's hints in the active language (Kyrgyz where a translation is missing)."""
    hints = []
    for hint in question.hints or []:
        text = gap_text(hint, "text") if isinstance(hint, dict) else str(hint)
        if text.strip():
            hints.append(text)
    return hints


def _cloze_gaps_review(question, response) -> list[dict]:
    """Per gap: the learner's answer, the right answer, the gap's feedback and its grade."""
    values = (response or {}).get("gaps", {})
    rows = []
    gaps = question.gaps or []
    for number, gap in enumerate(gaps, start=1):
        value = values.get(str(number))
        answers = gap.get("answers", [])
        by_key = {str(a.get("key")): a for a in answers}
        if gap_is_choice(gap):
            chosen = value if isinstance(value, list) else ([value] if value else [])
            given = "; ".join(gap_text(by_key[k]) for k in chosen if k in by_key)
        else:
            given = value or ""
        if gap_is_multi(gap):
            correct = "; ".join(
                gap_text(a) for a in answers if Decimal(str(a.get("fraction") or 0)) > 0
            )
        else:
            best = max(answers, key=lambda a: Decimal(str(a.get("fraction") or 0)), default=None)
            correct = gap_text(best) if best else ""
            if best and gap.get("type") == "numerical":
                correct = str(best.get("number") or best.get("text") or "")
                if best.get("tolerance") and Decimal(str(best["tolerance"])):
                    correct += f" ± {Decimal(str(best['tolerance'])).normalize():f}"
        fraction = gap_grade(gap, value)
        rows.append(
            {
                "number": number,
                "count": len(gaps),
                "given": given,
                "correct": correct,
                "fraction": fraction,
                "kind": combined_feedback_kind(fraction),
                "feedback": [
                    gap_text(a, "feedback")
                    for a in gap_matched_answers(gap, value)
                    if gap_text(a, "feedback")
                ],
            }
        )
    return rows


@register.inclusion_tag("quizzes/includes/review_lines.html")
def question_review(question, response, answer=None, fraction=None):
    """What the learner answered and what was correct, in words, with the applicable feedback:
    the chosen answers' own, then the combined feedback by the grade (correct, partly correct,
    wrong), "You have N correct choices selected" when the question says so, and the hints
    after an answer that was not fully right (there is no interactive mode to show them in)."""
    options = list(question.options.all())
    qtype = question.qtype
    response = response or {}
    if qtype == QuestionType.DESCRIPTION:
        return {"description": True}
    if qtype == QuestionType.ESSAY:
        return {
            "essay": True,
            "given": response.get("text", ""),
            "answer": answer,
            "rubric": rubric_levels_chosen(question, answer) if answer is not None else [],
        }
    if fraction in (None, ""):  # a template passes "" for a missing item.fraction
        fraction = (
            answer.fraction if answer is not None else question_grade(question, options, response)
        )
    extra = {
        "combined": _combined_feedback(question, fraction) if response else "",
        "hints": _hints(question) if Decimal(fraction) < 1 else [],
        "kind": combined_feedback_kind(fraction),
    }
    if qtype == QuestionType.MULTIPLE and question.show_number_correct and response:
        extra["number_correct"] = number_correct_chosen(question, options, response)
    if qtype == QuestionType.CLOZE:
        return {"cloze": _cloze_gaps_review(question, response), **extra}
    return {**_question_review_lines(question, options, response), **extra}


def _question_review_lines(question, options, response) -> dict:
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
