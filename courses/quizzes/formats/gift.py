"""GIFT, Moodle's plain-text question format: https://docs.moodle.org/en/GIFT_format

Read as Moodle's `qformat_gift` reads it: multiple choice (single exactly when an answer starts
with `=`, otherwise multiple with weights), true/false, short answer, numerical (value:tolerance,
min..max, several weighted answers, `~#feedback` for any other answer), matching, essay (`{}`)
and description (no answer block); titles (`::t::`), per-answer (`#`) and general (`####`)
feedback, text formats (`[html]`, `[moodle]`, `[plain]`, `[markdown]`) wherever a text may
start, escapes (`\\ \\~ \\= \\# \\{ \\} \\:`), `$CATEGORY:` lines, and the `// [id:…] [tag:…]`
comment Moodle writes for idnumbers and tags. Grades must be on Moodle's list (`fractions`).
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
from courses.quizzes.formats.fractions import FractionError, fraction_check, is_full
from courses.quizzes.formats.text import (
    LANGUAGES,
    as_html,
    html_to_plain,
    moodle_text_to_html,
    multilang_join,
    multilang_split,
    texts_of,
)
from courses.quizzes.models import QuestionType

# Escaped characters become private-use marks while the structure is read.
ESCAPES = {
    "\\\\": "\ue000",
    "\\~": "\ue001",
    "\\=": "\ue002",
    "\\#": "\ue003",
    "\\{": "\ue004",
    "\\}": "\ue005",
    "\\:": "\ue006",
}
UNESCAPE = {mark: raw[1] for raw, mark in ESCAPES.items()}
FORMAT_PREFIX = re.compile(r"^\s*\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
FORMAT_NAMES = {
    "html": "html",
    "moodle": "moodle_auto_format",
    "plain": "plain_text",
    "markdown": "markdown",
}
WEIGHT = re.compile(r"^\s*%(-?\d*(?:\.\d+)?)%")
ID_COMMENT = re.compile(r"\[id:((?:\\.|[^\]\\])*)\]")
TAG_COMMENT = re.compile(r"\[tag:((?:\\.|[^\]\\])*)\]")
MAX_EXCERPT = 80
ANSWER_START = re.compile(r"(?=[=~])")
TRUE_FALSE = re.compile(r"(T|TRUE|F|FALSE)(#.*)?", re.IGNORECASE | re.DOTALL)
BACKSLASHED = re.compile(r"\\(.)")
MISSING_WORD = "_____"


class GiftError(ValueError):
    pass


def _escape(text: str) -> str:
    for raw, mark in ESCAPES.items():
        text = text.replace(raw, mark)
    return text


def _unmark(text: str) -> str:
    for mark, char in UNESCAPE.items():
        text = text.replace(mark, char)
    return text


def _blocks(source: str):
    """(line number, text, comments) of each question: blank lines separate; `//` comment lines
    are set aside (Moodle's `[id:…]`/`[tag:…]` live there)."""
    block, comments, start = [], [], 0
    for number, line in enumerate(source.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("//"):
            comments.append(stripped)
            continue
        if not stripped:
            if block:
                yield start, "\n".join(block), comments
                block = []
            comments = []
            continue
        if not block:
            start = number
        block.append(line)
    if block:
        yield start, "\n".join(block), comments


def _format(raw: str, default: str) -> tuple[str, str]:
    match = FORMAT_PREFIX.match(raw)
    if not match:
        return default, raw
    return FORMAT_NAMES[match.group(1).lower()], raw[match.end() :]


def _texts(raw: str, default_format: str, *, plain: bool = False) -> dict[str, str]:
    """{"ky", "ru", "en"} sanitised HTML (plain text when `plain`) of a GIFT text."""
    fmt, raw = _format(raw.strip(), default_format)
    raw = _unmark(raw).replace("\\n", "\n").strip()
    texts = multilang_split(raw)
    result = {}
    for code in LANGUAGES:
        html = moodle_text_to_html(texts[code], fmt) if texts[code] else ""
        result[code] = html_to_plain(html) if plain else html
    return result


def _set(obj, field: str, texts: dict) -> None:
    setattr(obj, field, texts["ky"])
    setattr(obj, f"{field}_ru", texts["ru"])
    setattr(obj, f"{field}_en", texts["en"])


def _fraction(text: str) -> Decimal:
    try:
        return fraction_check(text, percent=True)
    except FractionError as error:
        raise GiftError(str(error)) from error


def _weight(text: str) -> tuple[Decimal | None, str]:
    match = WEIGHT.match(text)
    if not match:
        return None, text
    return _fraction(match.group(1) or "0"), text[match.end() :]


def _decimal(text: str) -> Decimal:
    shown = _unmark(text).strip()
    try:
        value = Decimal(shown)
    except InvalidOperation as error:
        raise GiftError(_("“%(text)s” is not a number.") % {"text": shown}) from error
    if not value.is_finite():
        raise GiftError(_("“%(text)s” is not a number.") % {"text": shown})
    return value


def _feedback_split(text: str) -> tuple[str, str]:
    answer, _sep, feedback = text.partition("#")
    return answer, feedback


def _answers(body: str) -> list[tuple[str, str]]:
    """[(marker '=' or '~', text)] from an answer block."""
    parts = ANSWER_START.split(body)
    if parts and parts[0].strip():
        raise GiftError(_("Each answer must start with = (right) or ~ (wrong)."))
    return [(part[0], part[1:]) for part in parts[1:]]


def _numerical(question: ParsedQuestion, body: str, fmt: str) -> None:
    """Moodle's rule: text after the first `~` is the feedback for any other answer; the rest
    is one answer or several `=`-answers, each `value[:tolerance]` or `min..max`."""
    question.qtype = QuestionType.NUMERICAL
    body, tilde, other = body.partition("~")
    answers = body.split("=") if "=" in body else [body]
    if "=" in body and answers[0].strip():
        raise GiftError(_("Each numerical answer must start with =."))
    for raw in answers[1:] if "=" in body else answers:
        weight, raw = _weight(raw)
        value, feedback = _feedback_split(raw)
        value = _unmark(value).strip()
        option = ParsedOption(fraction=Decimal(1) if weight is None else weight)
        if ".." in value:
            low, high = (_decimal(part) for part in value.split("..", 1))
            option.number = (low + high) / 2
            option.tolerance = abs(high - low) / 2
        else:
            number, _sep, tolerance = value.partition(":")
            option.number = _decimal(number)
            option.tolerance = abs(_decimal(tolerance)) if tolerance.strip() else Decimal(0)
        _set(option, "feedback", _texts(feedback, fmt))
        question.options.append(option)
    if tilde:
        answer, feedback = _feedback_split(other)
        if _unmark(answer).strip() not in ("", "*"):
            raise GiftError(
                _("After ~ a numerical question takes only feedback for any other answer (~#…).")
            )
        option = ParsedOption(text="*", number=None, fraction=Decimal(0))
        _set(option, "feedback", _texts(feedback, fmt))
        question.options.append(option)
    if not any(is_full(option.fraction) for option in question.options):
        raise GiftError(_("No answer earns full marks (100%)."))


def _question(title: str, raw_text: str, body: str | None, line: int) -> ParsedQuestion:
    fmt, _rest = _format(raw_text.strip(), "moodle_auto_format")
    question = ParsedQuestion(qtype="", text="", name=html_to_plain(_unmark(title)), line=line)
    _set(question, "text", _texts(raw_text, fmt))
    if fmt == "markdown":
        question.changes.append(_("Markdown converted to formatted text"))
    if not question.text:
        raise GiftError(_("The question has no text."))
    if body is None:
        question.qtype = QuestionType.DESCRIPTION
        question.points = Decimal(0)
        return question
    general = ""
    if "####" in body:
        body, general = body.split("####", 1)
        _set(question, "general_feedback", _texts(general, fmt))
    stripped = body.strip()
    if not stripped:
        question.qtype = QuestionType.ESSAY
        return question
    if TRUE_FALSE.fullmatch(stripped):
        value, _sep, rest = stripped.partition("#")
        feedback_wrong, _sep, feedback_right = rest.partition("#")
        correct = value.upper().startswith("T")
        question.qtype = QuestionType.TRUE_FALSE
        right, wrong = _texts(feedback_right, fmt), _texts(feedback_wrong, fmt)
        true = ParsedOption(text="true", fraction=Decimal(int(correct)))
        false = ParsedOption(text="false", fraction=Decimal(int(not correct)))
        _set(true, "feedback", right if correct else wrong)
        _set(false, "feedback", wrong if correct else right)
        question.options = [true, false]
        return question
    if stripped.startswith("#"):
        _numerical(question, stripped[1:], fmt)
        return question
    answers = _answers(stripped)
    if not answers:
        raise GiftError(_("The answer block has no answers."))
    if "~" not in stripped and any("->" in text for _marker, text in answers):
        question.qtype = QuestionType.MATCHING
        for marker, text in answers:
            if marker != "=" or "->" not in text:
                raise GiftError(_("Every matching pair must be written “=item -> match”."))
            left, right = text.split("->", 1)
            option = ParsedOption()
            _set(option, "text", _texts(left, fmt))
            _set(option, "match_text", _texts(right, fmt, plain=True))
            question.options.append(option)
        if sum(1 for option in question.options if option.text) < 2:
            raise GiftError(_("A matching question needs at least two pairs."))
        if any(not option.match_text for option in question.options):
            raise GiftError(_("A matching pair has no answer."))
        return question
    short = "~" not in stripped
    question.qtype = QuestionType.SHORT if short else QuestionType.SINGLE
    if not short and not any(marker == "=" for marker, _text in answers):
        question.qtype = QuestionType.MULTIPLE
    for marker, text in answers:
        weight, text = _weight(text)
        answer, feedback = _feedback_split(text)
        if weight is None:
            weight = Decimal(1) if marker == "=" else Decimal(0)
        option = ParsedOption(fraction=weight)
        _set(option, "text", _texts(answer, fmt, plain=short))
        _set(option, "feedback", _texts(feedback, fmt))
        if not option.text:
            raise GiftError(_("An answer is empty."))
        question.options.append(option)
    best = max(option.fraction for option in question.options)
    if question.qtype == QuestionType.MULTIPLE:
        positive = sum((o.fraction for o in question.options if o.fraction > 0), Decimal(0))
        if positive <= 0:
            raise GiftError(_("No answer is marked right (=) or given a positive weight."))
        if abs(positive - 1) >= Decimal("0.005"):
            raise GiftError(
                _("The right answers' weights add up to %(total)s%%, not 100%%.")
                % {"total": f"{(positive * 100).normalize():f}"}
            )
    elif not is_full(best):
        if best <= 0:
            raise GiftError(_("No answer is marked right."))
        raise GiftError(_("No answer earns full marks (100%)."))
    return question


def _category_path(line: str) -> list[str]:
    """`$CATEGORY: $course$/top/A // B/C` → ["A / B", "C"] (Moodle writes "/" in names as "//")."""
    path = line.split(":", 1)[1].strip() if ":" in line else ""
    path = path.replace("//", "\ue010")
    names = [name.replace("\ue010", "/").strip() for name in path.split("/")]
    names = [name for name in names if name]
    if names and re.fullmatch(r"\$\w+\$", names[0]):
        names = names[1:]
    if names and names[0].lower() == "top":
        names = names[1:]
    return names


def _id_and_tags(comments: list[str]) -> tuple[str, list[str]]:
    idnumber, tags = "", []
    for comment in comments:
        for match in ID_COMMENT.finditer(comment):
            idnumber = BACKSLASHED.sub(r"\1", match.group(1)).strip()
        for match in TAG_COMMENT.finditer(comment):
            tag = BACKSLASHED.sub(r"\1", match.group(1)).strip()
            if tag and tag not in tags:
                tags.append(tag)
    return idnumber, tags


def gift_parse(source: str) -> ParseResult:
    """Questions and per-question errors (position = the item's number in the file, line = its
    first line)."""
    result = ParseResult()
    position = 0
    category: list[str] = []
    for line, raw, comments in _blocks(source):
        stripped = raw.strip()
        if stripped.startswith("$CATEGORY"):
            first, _newline, rest = stripped.partition("\n")
            category = _category_path(first)
            if not rest.strip():
                continue
            stripped, line = rest.strip(), line + 1
        position += 1
        if position > settings.QUIZ_IMPORT_MAX_QUESTIONS:
            return too_many_questions()
        text = _escape(stripped)
        excerpt = " ".join(html_to_plain(_unmark(text)).split())[:MAX_EXCERPT]
        title = ""
        try:
            if text.startswith("::"):
                end = text.find("::", 2)
                if end < 0:
                    raise GiftError(_("The title is not closed with ::."))
                title, text = text[2:end], text[end + 2 :].strip()
            opening = text.find("{")
            if opening < 0:
                question = _question(title, text, None, line)
            else:
                closing = text.find("}", opening + 1)
                if closing < 0:
                    raise GiftError(_("The answer block is not closed with }."))
                if "{" in text[opening + 1 : closing] or "{" in text[closing + 1 :]:
                    raise GiftError(_("Only one answer block per question is supported."))
                before, body = text[:opening], text[opening + 1 : closing]
                after = text[closing + 1 :]
                question_text = before
                if after.strip():
                    question_text = f"{before.rstrip()} {MISSING_WORD} {after.lstrip()}"
                question = _question(title, question_text, body, line)
            question.position = position
            question.line = line
            question.category_path = list(category)
            question.idnumber, question.tags = _id_and_tags(comments)
            result.questions.append(question)
        except GiftError as error:
            result.errors.append(
                FormatError(
                    position=position,
                    reason=str(error),
                    excerpt=html_to_plain(_unmark(title)) or excerpt,
                    line=line,
                )
            )
    return result


# ---- export ----------------------------------------------------------------------------------

SPECIAL = re.compile(r"([\\~=#{}:])")


def gift_escape(text: str) -> str:
    return SPECIAL.sub(r"\\\1", text or "")


def _out(obj, field: str) -> str:
    texts = texts_of(obj, field)
    if field != "match_text":
        texts = {code: as_html(value) for code, value in texts.items()}
    text = multilang_join(texts)
    return gift_escape(text).replace("\n", " ")


def _fraction_text(fraction) -> str:
    return f"{(Decimal(fraction) * 100).normalize():f}"


def _answer(marker: str, text: str, fraction=None, feedback: str = "") -> str:
    weight = f"%{_fraction_text(fraction)}%" if fraction is not None else ""
    return f"\t{marker}{weight}{text}" + (f"#{feedback}" if feedback else "")


def _general_line(general: str) -> str:
    return f"\n\t{general}" if general else ""


def _question_out(question, options) -> str | None:
    qtype = question.qtype
    lines = []
    bits = []
    if question.idnumber:
        bits.append(f"[id:{gift_escape(question.idnumber)}]")
    bits.extend(f"[tag:{gift_escape(tag)}]" for tag in (question.tags or []))
    if bits:
        lines.append("// " + " ".join(bits))
    head = f"::{gift_escape(question.name or html_to_plain(question.text)[:60])}::[html]"
    head += _out(question, "text")
    general = _out(question, "general_feedback")
    general = f"####{general}" if general else ""
    if qtype == QuestionType.DESCRIPTION:
        lines.append(head)
        return "\n".join(lines)
    if qtype == QuestionType.ESSAY:
        lines.append(head + "{" + general + "}")
        return "\n".join(lines)
    if qtype == QuestionType.TRUE_FALSE:
        true = options[0] if options else None
        false = options[1] if len(options) > 1 else None
        correct = bool(true and true.fraction > 0)
        wrong_fb = _out(false if correct else true, "feedback") if true and false else ""
        right_fb = _out(true if correct else false, "feedback") if true and false else ""
        value = "TRUE" if correct else "FALSE"
        tail = (f"#{wrong_fb}" if wrong_fb or right_fb else "") + (
            f"#{right_fb}" if right_fb else ""
        )
        lines.append(f"{head}{{{value}{tail}{general}}}")
        return "\n".join(lines)
    body = []
    if qtype == QuestionType.NUMERICAL:
        other = ""
        for option in options:
            if option.number is None:
                other = _out(option, "feedback")
                continue
            value = f"{Decimal(option.number).normalize():f}"
            if option.tolerance:
                value += f":{Decimal(option.tolerance).normalize():f}"
            body.append(_answer("=", value, option.fraction, _out(option, "feedback")))
        if other or any(o.number is None for o in options):
            body.append(f"\t~#{other}")
        lines.append(head + "{#\n" + "\n".join(body) + _general_line(general) + "\n}")
        return "\n".join(lines)
    if qtype == QuestionType.MATCHING:
        for option in options:
            left = _out(option, "text")
            right = _out(option, "match_text")
            body.append(f"\t={left} -> {right}")
    elif qtype == QuestionType.SHORT:
        # Moodle compares short answers as typed: each language's answer is an answer of its own.
        for option in options:
            feedback = _out(option, "feedback")
            seen = []
            for text in (option.text, option.text_ru, option.text_en):
                if text and text not in seen:
                    seen.append(text)
                    body.append(_answer("=", gift_escape(text), option.fraction, feedback))
    elif qtype == QuestionType.SINGLE:
        for option in options:
            if is_full(option.fraction):
                body.append(_answer("=", _out(option, "text"), None, _out(option, "feedback")))
            else:
                fraction = option.fraction if option.fraction else None
                body.append(_answer("~", _out(option, "text"), fraction, _out(option, "feedback")))
    elif qtype == QuestionType.MULTIPLE:
        for option in options:
            body.append(
                _answer("~", _out(option, "text"), option.fraction, _out(option, "feedback"))
            )
    else:
        return None
    lines.append(head + "{\n" + "\n".join(body) + _general_line(general) + "\n}")
    return "\n".join(lines)


def category_line(path: list[str]) -> str:
    names = [name.replace("/", "//") for name in path]
    return "$CATEGORY: $course$/top/" + "/".join(names)


def gift_export(questions, *, category_path=None) -> tuple[str, list]:
    """(GIFT text, questions GIFT cannot hold (cloze)). Questions are written after a
    `$CATEGORY:` line for each change of `category_path(question)`."""
    out, skipped, current = [], [], None
    for question in questions:
        options = list(question.options.all())
        path = category_path(question) if category_path else None
        written = _question_out(question, options)
        if written is None:
            skipped.append(question)
            continue
        if path is not None and path != current:
            out.append(category_line(path))
            current = path
        out.append(written)
    return "\n\n".join(out) + "\n", skipped
