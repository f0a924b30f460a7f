"""Grading one question: pure functions over a question, its options and a learner's response.

Responses name options by their stable keys (never by position or text), so a shuffled or
translated page grades the same. Anything that does not belong to the question is refused with
`QuizInputError`, which views show as a message next to the question.
"""

import re
from decimal import Decimal, InvalidOperation

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from courses.quizzes.formats.fractions import snap as fraction_snap
from courses.quizzes.models import TEXT_LANGUAGES, QuestionType
from lms.i18n import text_in_language
from lms.stemming import word_stem
from lms.text_folding import letters_fold

ZERO = Decimal(0)
ONE = Decimal(1)

UNKNOWN_OPTION = _(
    "This answer is not one of the question's options. Reload the page and answer again."
)
NOT_A_NUMBER = _("Enter a number, for example 12 or 3.5.")
UNKNOWN_QUESTION = _("The form contained an answer for a question that is not in this attempt.")
TOO_LONG = _("The answer is too long.")

MAX_TEXT_ANSWER = 500
MAX_ESSAY_ANSWER = 50_000


class QuizInputError(ValueError):
    """A response that cannot belong to the question; carries a message for the learner."""

    def __init__(self, message, question_key=None):
        super().__init__(str(message))
        self.message = message
        self.question_key = question_key


def _normalise(text: str, *, case_sensitive: bool = False) -> str:
    text = " ".join((text or "").split())
    return text if case_sensitive else text.casefold()


WORD = re.compile(r"[^\W_]+")


def _column(field: str, code: str) -> str:
    return field if code == "ky" else f"{field}_{code}"


def _texts_by_language(option, field: str = "text") -> list[tuple[str, str]]:
    """(language, text) of each filled column: `text` is Kyrgyz, `text_ru`, `text_en`."""
    pairs = [(code, getattr(option, _column(field, code), "")) for code in TEXT_LANGUAGES]
    return [(code, text) for code, text in pairs if text]


def _same_word(pattern_word: str, answer_word: str, language: str) -> bool:
    """Two forms of one word: the same stem in `language`. Kyrgyz forms only add endings to a
    word, so there the answer's word is at least as long as the accepted one: a cut-off word
    (Бургон for Бүргөндү, whose stem is бургон) is not a form of it."""
    if pattern_word == answer_word:
        return True
    if language == "ky" and len(answer_word) < len(pattern_word):
        return False
    return word_stem(pattern_word, language) == word_stem(answer_word, language)


def _column_languages(language: str) -> tuple[str, ...]:
    """The stemmers an accepted answer's column is read with: its own language; the Kyrgyz
    column also Russian's and English's, as imports (GIFT, Moodle XML) put every text there."""
    return TEXT_LANGUAGES if language == "ky" else (language,)


def _words(text: str, *, fold_letters: bool) -> list[str]:
    words = WORD.findall(text.casefold())
    return [letters_fold(word) for word in words] if fold_letters else words


def short_answer_matches(
    pattern: str,
    answer: str,
    *,
    fold_letters: bool = False,
    word_forms: bool = False,
    language: str = "ky",
    case_sensitive: bool = False,
) -> bool:
    """Case and surrounding space ignored; `*` in an accepted answer stands for any text. With
    `fold_letters`, ү, ө, ң, ё and у, о, н, е count as the same (search folds the same way).
    With `word_forms`, an accepted answer without `*` also takes other forms of its words in
    `language` (the column's: вывоз мусора for "вывоз мусор"), punctuation aside; a pattern
    with `*` already takes any ending where it has one. `case_sensitive` (Moodle's usecase)
    compares letters' case too and takes no other word forms."""
    pattern = _normalise(pattern, case_sensitive=case_sensitive)
    answer = _normalise(answer, case_sensitive=case_sensitive)
    if fold_letters:
        pattern, answer = letters_fold(pattern), letters_fold(answer)
    if "*" in pattern:
        regex = ".*".join(re.escape(part) for part in pattern.split("*"))
        return re.fullmatch(regex, answer, flags=re.DOTALL) is not None
    if pattern == answer:
        return True
    if not word_forms or case_sensitive:
        return False
    expected = _words(pattern, fold_letters=fold_letters)
    given = _words(answer, fold_letters=fold_letters)
    if not expected or len(expected) != len(given):
        return False
    return any(
        all(_same_word(e, g, code) for e, g in zip(expected, given, strict=True))
        for code in _column_languages(language)
    )


def _short_option_matches(question, option, answer: str) -> bool:
    """The answer is one of the option's accepted answers, in any of its languages."""
    return any(
        short_answer_matches(
            text,
            answer,
            fold_letters=question.accept_without_kyrgyz_letters,
            word_forms=question.accept_word_forms,
            language=language,
            case_sensitive=getattr(question, "case_sensitive", False),
        )
        for language, text in _texts_by_language(option)
    )


def short_model_answer(question, options, language: str | None = None) -> str:
    """The answer a learner reads on the results, never a pattern: the question's model
    answer in `language` (the active one by default); else the first fully correct accepted
    answer without `*` in that language; else the model answer in Kyrgyz; else the first
    fully correct (or best) accepted answer with its `*` left out."""
    code = (language or translation.get_language() or "ky")[:2]
    own = getattr(question, _column("model_answer", code), "") if code in TEXT_LANGUAGES else ""
    if own.strip():
        return own.strip()
    best = max((o.fraction for o in options), default=ZERO)
    right = [o for o in options if o.fraction == best and best > 0]
    for option in right:
        text = text_in_language(option, "text", code).strip()
        if text and "*" not in text:
            return text
    if question.model_answer.strip():
        return question.model_answer.strip()
    for option in right:
        text = " ".join(text_in_language(option, "text", code).replace("*", " ").split())
        if text:
            return text
    return ""


def number_parse(raw: str) -> Decimal | None:
    """A learner's number: spaces ignored, a decimal comma accepted; None when empty."""
    text = (raw or "").strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation as error:
        raise QuizInputError(NOT_A_NUMBER) from error
    if not value.is_finite():
        raise QuizInputError(NOT_A_NUMBER)
    return value


def response_clean(question, options, raw):
    """Validate a raw response (str, list or dict from the form) into the stored shape."""
    keys = {str(option.key) for option in options}
    qtype = question.qtype
    if qtype in (QuestionType.SINGLE, QuestionType.TRUE_FALSE):
        value = raw[0] if isinstance(raw, list) and raw else raw
        value = (value or "").strip() if isinstance(value, str) else ""
        if value and value not in keys:
            raise QuizInputError(UNKNOWN_OPTION, question.key)
        return {"choice": value} if value else {}
    if qtype == QuestionType.MULTIPLE:
        values = raw if isinstance(raw, list) else ([raw] if raw else [])
        chosen = sorted({v.strip() for v in values if isinstance(v, str) and v.strip()})
        if any(value not in keys for value in chosen):
            raise QuizInputError(UNKNOWN_OPTION, question.key)
        return {"choices": chosen} if chosen else {}
    if qtype in (QuestionType.SHORT, QuestionType.NUMERICAL):
        value = raw[0] if isinstance(raw, list) and raw else raw
        value = value.strip() if isinstance(value, str) else ""
        if len(value) > MAX_TEXT_ANSWER:
            raise QuizInputError(TOO_LONG, question.key)
        if qtype == QuestionType.NUMERICAL:
            try:
                number_parse(value)
            except QuizInputError as error:
                error.question_key = question.key
                raise
        return {"text": value} if value else {}
    if qtype == QuestionType.MATCHING:
        pairs = raw if isinstance(raw, dict) else {}
        lefts = {str(o.key) for o in options if o.text}
        rights = {str(o.key) for o in options if o.match_text}
        cleaned = {}
        for left, right in pairs.items():
            right = right.strip() if isinstance(right, str) else ""
            if left not in lefts or (right and right not in rights):
                raise QuizInputError(UNKNOWN_OPTION, question.key)
            if right:
                cleaned[left] = right
        return {"pairs": cleaned} if cleaned else {}
    if qtype == QuestionType.DESCRIPTION:
        return {}
    if qtype == QuestionType.ESSAY:
        value = raw[0] if isinstance(raw, list) and raw else raw
        value = value.replace("\r\n", "\n").strip() if isinstance(value, str) else ""
        if len(value) > MAX_ESSAY_ANSWER:
            raise QuizInputError(TOO_LONG, question.key)
        return {"text": value} if value else {}
    if qtype == QuestionType.CLOZE:
        return cloze_response_clean(question, raw)
    raise QuizInputError(UNKNOWN_OPTION, question.key)


def question_grade(question, options, response: dict) -> Decimal:
    """The fraction (0..1) of the question's points a cleaned response earns."""
    if not response:
        return ZERO
    by_key = {str(option.key): option for option in options}
    qtype = question.qtype
    if qtype in (QuestionType.SINGLE, QuestionType.TRUE_FALSE):
        option = by_key.get(response.get("choice", ""))
        return max(ZERO, min(ONE, option.fraction)) if option else ZERO
    if qtype == QuestionType.MULTIPLE:
        total = sum((by_key[k].fraction for k in response.get("choices", []) if k in by_key), ZERO)
        # Moodle's thirds and sevenths (0.3333333 × 3): a total within 1e-6 of 1 is full marks.
        return max(ZERO, min(ONE, fraction_snap(total)))
    if qtype == QuestionType.SHORT:
        answer = response.get("text", "")
        best = ZERO
        for option in options:
            if _short_option_matches(question, option, answer):
                best = max(best, option.fraction)
        return min(ONE, best)
    if qtype == QuestionType.NUMERICAL:
        value = number_parse(response.get("text", ""))
        if value is None:
            return ZERO
        best = ZERO
        for option in options:
            if option.number is not None and abs(value - option.number) <= abs(option.tolerance):
                best = max(best, option.fraction)
        return min(ONE, best)
    if qtype == QuestionType.MATCHING:
        lefts = [option for option in options if option.text]
        if not lefts:
            return ZERO
        pairs = response.get("pairs", {})
        correct = 0
        for left in lefts:
            chosen = by_key.get(pairs.get(str(left.key), ""))
            if chosen and _normalise(chosen.match_text) == _normalise(left.match_text):
                correct += 1
        return (Decimal(correct) / Decimal(len(lefts))).quantize(Decimal("0.00001"))
    if qtype == QuestionType.CLOZE:
        return cloze_grade(question, response)
    return ZERO  # descriptions earn nothing; essays wait for a trainer (essay_grading.py)


def option_feedback(question, options, response: dict) -> list:
    """The options whose per-answer feedback applies to a response (chosen or matched)."""
    if not response:
        return []
    qtype = question.qtype
    if qtype in (QuestionType.SINGLE, QuestionType.TRUE_FALSE):
        return [o for o in options if str(o.key) == response.get("choice")]
    if qtype == QuestionType.MULTIPLE:
        return [o for o in options if str(o.key) in response.get("choices", [])]
    if qtype == QuestionType.SHORT:
        answer = response.get("text", "")
        return [o for o in options if _short_option_matches(question, o, answer)][:1]
    if qtype == QuestionType.NUMERICAL:
        try:
            value = number_parse(response.get("text", ""))
        except QuizInputError:
            return []
        return [
            o
            for o in options
            if value is not None and o.number is not None and abs(value - o.number) <= o.tolerance
        ][:1]
    return []


# ---- essays, cloze and the combined feedback (issue 17) --------------------------------------

TOO_FEW_WORDS = _("Write at least %(min)s words: your answer has %(count)s.")
TOO_MANY_WORDS = _("Write at most %(max)s words: your answer has %(count)s.")
CLOZE_PLACEHOLDER = re.compile(r"\{#(\d+)\}")


def word_count(text: str) -> int:
    """Words as Moodle counts them for essays: runs of letters or digits (with ' and -)."""
    return len(re.findall(r"[^\W_]+(?:['’-][^\W_]+)*", text or ""))


def essay_words_problem(question, response: dict):
    """Why an essay's answer is too short or too long for its word limits, or None.

    Checked on submit only (saving a draft keeps any length); an empty answer is not checked,
    it is simply unanswered (0 points, nothing for a trainer to grade)."""
    text = (response or {}).get("text", "")
    if not text:
        return None
    count = word_count(text)
    if question.min_words and count < question.min_words:
        return TOO_FEW_WORDS % {"min": question.min_words, "count": count}
    if question.max_words and count > question.max_words:
        return TOO_MANY_WORDS % {"max": question.max_words, "count": count}
    return None


def _gap_answer_keys(gap: dict) -> set:
    return {str(answer.get("key", "")) for answer in gap.get("answers", [])}


def gap_is_choice(gap: dict) -> bool:
    return gap.get("type") == "multichoice"


def gap_is_multi(gap: dict) -> bool:
    return gap_is_choice(gap) and gap.get("display") == "multiresponse"


def cloze_response_clean(question, raw) -> dict:
    """{"gaps": {"1": text | key | [keys]}}: choices must name the gap's answers."""
    values = raw if isinstance(raw, dict) else {}
    gaps = question.gaps or []
    cleaned = {}
    for name, value in values.items():
        if not str(name).isdigit() or not 1 <= int(name) <= len(gaps):
            raise QuizInputError(UNKNOWN_OPTION, question.key)
        gap = gaps[int(name) - 1]
        if gap_is_multi(gap):
            chosen = value if isinstance(value, list) else ([value] if value else [])
            chosen = sorted({v.strip() for v in chosen if isinstance(v, str) and v.strip()})
            if any(v not in _gap_answer_keys(gap) for v in chosen):
                raise QuizInputError(UNKNOWN_OPTION, question.key)
            if chosen:
                cleaned[str(name)] = chosen
            continue
        value = value[0] if isinstance(value, list) and value else value
        value = value.strip() if isinstance(value, str) else ""
        if not value:
            continue
        if gap_is_choice(gap):
            if value not in _gap_answer_keys(gap):
                raise QuizInputError(UNKNOWN_OPTION, question.key)
        elif len(value) > MAX_TEXT_ANSWER:
            raise QuizInputError(TOO_LONG, question.key)
        elif gap.get("type") == "numerical":
            try:
                number_parse(value)
            except QuizInputError as error:
                error.question_key = question.key
                raise
        cleaned[str(name)] = value
    return {"gaps": cleaned} if cleaned else {}


def _fraction(value) -> Decimal:
    try:
        return Decimal(str(value if value not in (None, "") else 0))
    except InvalidOperation:
        return ZERO


def _gap_number(answer: dict) -> Decimal | None:
    for value in (answer.get("number"), answer.get("text")):
        if value in (None, ""):
            continue
        try:
            return number_parse(str(value))
        except QuizInputError:
            continue
    return None


def wildcard_matches(pattern: str, answer: str, *, case_sensitive: bool = False) -> bool:
    """Moodle's short-answer rule: surrounding space ignored, `*` stands for any text (a lone
    `*` for any answer at all), case ignored unless the question says it matters."""
    pattern = _normalise(pattern, case_sensitive=case_sensitive)
    answer = _normalise(answer, case_sensitive=case_sensitive)
    if "*" not in pattern:
        return pattern == answer
    regex = ".*".join(re.escape(part) for part in pattern.split("*"))
    return re.fullmatch(regex, answer, flags=re.DOTALL) is not None


def gap_matched_answers(gap: dict, value) -> list[dict]:
    """The gap's answers the learner's value selects or matches (first match for typed gaps,
    Moodle reads a gap's answers in order)."""
    answers = gap.get("answers", [])
    if value in (None, "", []):
        return []
    if gap_is_multi(gap):
        return [a for a in answers if str(a.get("key")) in value]
    if gap_is_choice(gap):
        return [a for a in answers if str(a.get("key")) == value]
    if gap.get("type") == "numerical":
        try:
            number = number_parse(value)
        except QuizInputError:
            return []
        for answer in answers:
            if (answer.get("text") or "").strip() == "*":
                return [answer]
            expected = _gap_number(answer)
            tolerance = abs(_fraction(answer.get("tolerance")))
            if expected is not None and number is not None and abs(number - expected) <= tolerance:
                return [answer]
        return []
    case_sensitive = bool(gap.get("case_sensitive"))
    for answer in answers:
        for code in TEXT_LANGUAGES:
            text = answer.get(_column("text", code)) or ""
            if text and wildcard_matches(text, value, case_sensitive=case_sensitive):
                return [answer]
    return []


def gap_grade(gap: dict, value) -> Decimal:
    """A gap's fraction 0..1: multiresponse adds its choices' fractions (clamped at 0 and 1),
    the other kinds take the matched answer's."""
    matched = gap_matched_answers(gap, value)
    if gap_is_multi(gap):
        total = sum((_fraction(a.get("fraction")) for a in matched), ZERO)
        return max(ZERO, min(ONE, total))
    if not matched:
        return ZERO
    return max(ZERO, min(ONE, _fraction(matched[0].get("fraction"))))


def gap_weight(gap: dict) -> Decimal:
    weight = _fraction(gap.get("weight", 1))
    return weight if weight > 0 else ZERO


def cloze_grade(question, response: dict) -> Decimal:
    """The weighted mean of the gaps' fractions (Moodle's multianswer)."""
    gaps = question.gaps or []
    values = (response or {}).get("gaps", {})
    total = sum((gap_weight(gap) for gap in gaps), ZERO)
    if not total:
        return ZERO
    earned = sum(
        (gap_weight(gap) * gap_grade(gap, values.get(str(n))) for n, gap in enumerate(gaps, 1)),
        ZERO,
    )
    return min(ONE, (earned / total).quantize(Decimal("0.0000001")))


def combined_feedback_kind(fraction) -> str:
    """ "correct", "partial" or "incorrect" for a graded fraction (Moodle's combined feedback)."""
    fraction = Decimal(fraction or 0)
    if fraction >= ONE:
        return "correct"
    return "partial" if fraction > 0 else "incorrect"


def number_correct_chosen(question, options, response: dict) -> int:
    """Multiple choice: how many of the chosen answers are right (positive grade)."""
    chosen = set((response or {}).get("choices", []))
    return sum(1 for o in options if str(o.key) in chosen and o.fraction > 0)


def gap_text(answer: dict, field: str = "text", language: str | None = None) -> str:
    """A cloze answer's text (or feedback) in `language` (the active one), Kyrgyz if empty."""
    code = (language or translation.get_language() or "ky")[:2]
    if code != "ky" and answer.get(f"{field}_{code}"):
        return answer[f"{field}_{code}"]
    return answer.get(field) or ""
