"""GIFT, Moodle's plain-text question format: https://docs.moodle.org/en/GIFT_format

Supported: multiple choice (one right answer or weighted answers), true/false, short answer,
numerical (value:tolerance, min..max, several answers) and matching, with per-answer (#) and
general (####) feedback, titles (::t::) and comments (//). An essay ({}) or a missing-word
question whose blanks cannot be graded is reported, not guessed.
"""

import re
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.utils.translation import gettext as _

from courses.quizzes.formats import (
    FormatError,
    ParsedOption,
    ParsedQuestion,
    ParseResult,
    too_many_questions,
)
from courses.quizzes.models import QuestionType

ESCAPES = {"\\~": "\x01", "\\=": "\x02", "\\#": "\x03", "\\{": "\x04", "\\}": "\x05", "\\:": "\x06"}
UNESCAPE = {v: k[1] for k, v in ESCAPES.items()}
FORMAT_PREFIX = re.compile(r"^\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")
MAX_EXCERPT = 80


class GiftError(ValueError):
    pass


def _escape(text: str) -> str:
    for raw, mark in ESCAPES.items():
        text = text.replace(raw, mark)
    return text


def _clean(text: str) -> str:
    for mark, char in UNESCAPE.items():
        text = text.replace(mark, char)
    text = text.replace("\\n", "\n")
    return " ".join(text.split()) if "\n" not in text else text.strip()


def _blocks(source: str):
    """(line number, text) of each question: blank lines separate, // comments are dropped."""
    block, start = [], 0
    for number, line in enumerate(source.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("//"):
            continue
        if not stripped:
            if block:
                yield start, "\n".join(block)
                block = []
            continue
        if not block:
            start = number
        block.append(line)
    if block:
        yield start, "\n".join(block)


def _feedback_split(text: str) -> tuple[str, str]:
    if "#" in text:
        answer, feedback = text.split("#", 1)
        return answer, _clean(feedback)
    return text, ""


def _weight(text: str) -> tuple[Decimal | None, str]:
    match = WEIGHT.match(text)
    if not match:
        return None, text
    weight = Decimal(match.group(1)) / 100
    if not -1 <= weight <= 1:
        raise GiftError(_("A weight must be between -100% and 100%."))
    return weight, text[match.end() :]


def _decimal(text: str) -> Decimal:
    try:
        value = Decimal(text.strip())
    except InvalidOperation as error:
        raise GiftError(_("“%(text)s” is not a number.") % {"text": _clean(text)}) from error
    if not value.is_finite():
        raise GiftError(_("“%(text)s” is not a number.") % {"text": _clean(text)})
    return value


def _numeric_option(text: str, fraction: Decimal) -> ParsedOption:
    text, feedback = _feedback_split(text)
    text = text.strip()
    if ".." in text:
        low, high = (_decimal(part) for part in text.split("..", 1))
        return ParsedOption(
            number=(low + high) / 2,
            tolerance=abs(high - low) / 2,
            fraction=fraction,
            feedback=feedback,
        )
    value, _sep, tolerance = text.replace("\x06", ":").partition(":")
    return ParsedOption(
        number=_decimal(value),
        tolerance=abs(_decimal(tolerance)) if tolerance.strip() else Decimal(0),
        fraction=fraction,
        feedback=feedback,
    )


def _answers(body: str) -> list[tuple[str, str]]:
    """[(marker '=' or '~', text)] from an answer block."""
    parts = re.split(r"(?=[=~])", body)
    if parts and parts[0].strip():
        raise GiftError(_("Each answer must start with = (right) or ~ (wrong)."))
    return [(part[0], part[1:]) for part in parts[1:]]


def _question(title: str, text: str, body: str) -> ParsedQuestion:
    general = ""
    if "####" in body:
        body, general = body.split("####", 1)
        general = _clean(general)
    stripped = body.strip()
    question = ParsedQuestion(
        qtype="", text=_clean(text), name=_clean(title), general_feedback=general
    )
    if not question.text:
        raise GiftError(_("The question has no text."))
    if not stripped:
        raise GiftError(_("Essay questions cannot be graded automatically and are not imported."))
    if re.fullmatch(r"(T|TRUE|F|FALSE)(#.*)?", stripped, flags=re.IGNORECASE | re.DOTALL):
        value, _sep, rest = stripped.partition("#")
        feedback_wrong, _sep, feedback_right = rest.partition("#")
        correct = value.upper().startswith("T")
        question.qtype = QuestionType.TRUE_FALSE
        right, wrong = _clean(feedback_right), _clean(feedback_wrong)
        question.options = [
            ParsedOption(
                text="true", fraction=Decimal(int(correct)), feedback=right if correct else wrong
            ),
            ParsedOption(
                text="false",
                fraction=Decimal(int(not correct)),
                feedback=wrong if correct else right,
            ),
        ]
        return question
    if stripped.startswith("#"):
        question.qtype = QuestionType.NUMERICAL
        rest = stripped[1:].strip()
        if rest.startswith("="):
            for _marker, answer in _answers(rest):
                weight, answer = _weight(answer)
                question.options.append(
                    _numeric_option(answer, Decimal(1) if weight is None else weight)
                )
        else:
            question.options.append(_numeric_option(rest, Decimal(1)))
        if not any(option.fraction == 1 for option in question.options):
            raise GiftError(_("No answer earns full marks."))
        return question
    answers = _answers(stripped)
    if not answers:
        raise GiftError(_("The answer block has no answers."))
    if any("->" in text for _marker, text in answers):
        question.qtype = QuestionType.MATCHING
        for marker, text in answers:
            if marker != "=" or "->" not in text:
                raise GiftError(_("Every matching pair must be written “=item -> match”."))
            left, right = text.split("->", 1)
            question.options.append(ParsedOption(text=_clean(left), match_text=_clean(right)))
        if sum(1 for option in question.options if option.text) < 2:
            raise GiftError(_("A matching question needs at least two pairs."))
        return question
    options = []
    for marker, text in answers:
        text, feedback = _feedback_split(text)
        weight, text = _weight(text)
        if weight is None:
            weight = Decimal(1) if marker == "=" else Decimal(0)
        if not _clean(text):
            raise GiftError(_("An answer is empty."))
        options.append(ParsedOption(text=_clean(text), fraction=weight, feedback=feedback))
    question.options = options
    if all(marker == "=" for marker, _text in answers):
        question.qtype = QuestionType.SHORT
    else:
        positive = [o for o in options if o.fraction > 0]
        full = [o for o in options if o.fraction == 1]
        question.qtype = QuestionType.SINGLE if len(full) == 1 else QuestionType.MULTIPLE
        if not positive:
            raise GiftError(_("No answer is marked right (=) or given a positive weight."))
        if question.qtype == QuestionType.MULTIPLE and sum(o.fraction for o in positive) < Decimal(
            "0.99"
        ):
            raise GiftError(_("The right answers' weights add up to less than 100%."))
    if not any(o.fraction > 0 for o in options):
        raise GiftError(_("No answer is marked right."))
    return question


def gift_parse(source: str) -> ParseResult:
    """Questions and per-question errors (position = the question's number in the file)."""
    result = ParseResult()
    position = 0
    for line, raw in _blocks(source):
        if raw.strip().startswith("$CATEGORY"):
            continue
        position += 1
        if position > settings.QUIZ_IMPORT_MAX_QUESTIONS:
            return too_many_questions()
        text = _escape(raw.strip())
        excerpt = _clean(raw)[:MAX_EXCERPT]
        try:
            title = ""
            if text.startswith("::"):
                end = text.find("::", 2)
                if end < 0:
                    raise GiftError(_("The title is not closed with ::."))
                title, text = text[2:end], text[end + 2 :].strip()
            text = FORMAT_PREFIX.sub("", text).strip()
            opening = text.find("{")
            closing = text.find("}", opening + 1)
            if opening < 0:
                raise GiftError(_("No answer block in braces { }."))
            if closing < 0:
                raise GiftError(_("The answer block is not closed with }."))
            if "{" in text[opening + 1 : closing] or "{" in text[closing + 1 :]:
                raise GiftError(_("Only one answer block per question is supported."))
            before, body, after = text[:opening], text[opening + 1 : closing], text[closing + 1 :]
            question_text = f"{before.strip()} ___ {after.strip()}" if after.strip() else before
            question = _question(title, question_text, body)
            question.position = position
            result.questions.append(question)
        except GiftError as error:
            result.errors.append(
                FormatError(
                    position=position,
                    reason=_("%(reason)s (line %(line)s)") % {"reason": error, "line": line},
                    excerpt=excerpt,
                )
            )
    return result
