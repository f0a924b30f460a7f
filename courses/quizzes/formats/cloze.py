"""Moodle's cloze (multianswer) markup ⇄ our text with `{#1}`, `{#2}` … and `gaps`.

A gap is written `{weight:TYPE:alternative~alternative…}`, each alternative
`[=|%n%]answer[#feedback]` (https://docs.moodle.org/en/Embedded_Answers_(Cloze)_question_type).
Types and how we keep them:

| Moodle                          | type        | display       | other             |
|---------------------------------|-------------|---------------|-------------------|
| SHORTANSWER, SA, MW             | shortanswer |               |                   |
| SHORTANSWER_C, SAC, MWC         | shortanswer |               | case_sensitive    |
| NUMERICAL, NM                   | numerical   |               | answer `n:tol`    |
| MULTICHOICE, MC (MCS shuffled)  | multichoice | dropdown      |                   |
| MULTICHOICE_V, MCV (MVS)        | multichoice | vertical      |                   |
| MULTICHOICE_H, MCH (MHS)        | multichoice | horizontal    |                   |
| MULTIRESPONSE, MR (MRS)         | multichoice | multiresponse |                   |
| MULTIRESPONSE_H, MRH (MRHS)     | multichoice | multiresponse | "horizontal": true|

Answer texts are kept as plain text (a dropdown cannot show HTML; short answers compare text);
feedback as sanitised HTML. Fractions must be on Moodle's list (see `fractions`).
"""

import html as html_lib
import re
import uuid
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from courses.quizzes.formats.fractions import FractionError, fraction_check
from courses.quizzes.formats.text import html_to_plain, moodle_text_to_html, multilang_split

TYPES = {
    "SHORTANSWER": ("shortanswer", "", False, False, False),
    "SA": ("shortanswer", "", False, False, False),
    "MW": ("shortanswer", "", False, False, False),
    "SHORTANSWER_C": ("shortanswer", "", True, False, False),
    "SAC": ("shortanswer", "", True, False, False),
    "MWC": ("shortanswer", "", True, False, False),
    "NUMERICAL": ("numerical", "", False, False, False),
    "NM": ("numerical", "", False, False, False),
    # (type, display, case_sensitive, shuffle, horizontal)
    "MULTICHOICE": ("multichoice", "dropdown", False, False, False),
    "MC": ("multichoice", "dropdown", False, False, False),
    "MULTICHOICE_S": ("multichoice", "dropdown", False, True, False),
    "MCS": ("multichoice", "dropdown", False, True, False),
    "MULTICHOICE_V": ("multichoice", "vertical", False, False, False),
    "MCV": ("multichoice", "vertical", False, False, False),
    "MULTICHOICE_VS": ("multichoice", "vertical", False, True, False),
    "MVS": ("multichoice", "vertical", False, True, False),
    "MULTICHOICE_H": ("multichoice", "horizontal", False, False, False),
    "MCH": ("multichoice", "horizontal", False, False, False),
    "MULTICHOICE_HS": ("multichoice", "horizontal", False, True, False),
    "MHS": ("multichoice", "horizontal", False, True, False),
    "MULTIRESPONSE": ("multichoice", "multiresponse", False, False, False),
    "MR": ("multichoice", "multiresponse", False, False, False),
    "MULTIRESPONSE_S": ("multichoice", "multiresponse", False, True, False),
    "MRS": ("multichoice", "multiresponse", False, True, False),
    "MULTIRESPONSE_H": ("multichoice", "multiresponse", False, False, True),
    "MRH": ("multichoice", "multiresponse", False, False, True),
    "MULTIRESPONSE_HS": ("multichoice", "multiresponse", False, True, True),
    "MRHS": ("multichoice", "multiresponse", False, True, True),
}
START = re.compile(
    r"\{(\d*):(" + "|".join(sorted(TYPES, key=len, reverse=True)) + r"):", re.IGNORECASE
)
PLACEHOLDER = re.compile(r"\{#(\d+)\}")
UNESCAPES = {"\\}": "}", "\\{": "{", "\\#": "#", "\\~": "~", "\\/": "/", '\\"': '"', "\\\\": "\\"}
NUMBER = re.compile(r"^-?(\d+[.,]?\d*|[.,]\d+)([eE][-+]?\d+)?$")


def _split_unescaped(text: str, separator: str) -> list[str]:
    parts, current, index = [], [], 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            current.append(text[index : index + 2])
            index += 2
            continue
        if char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
        index += 1
    parts.append("".join(current))
    return parts


def _unescape(text: str) -> str:
    return re.sub(r"\\[}{#~/\"\\]", lambda m: UNESCAPES[m.group(0)], text)


def _closing(text: str, start: int) -> int:
    """Index of the first unescaped `}` from `start`, or -1."""
    index = start
    while index < len(text):
        if text[index] == "\\":
            index += 2
            continue
        if text[index] == "}":
            return index
        index += 1
    return -1


def _decimal(text: str) -> Decimal:
    return Decimal(text.strip().replace(",", "."))


def _languages(raw: str, *, plain: bool) -> dict:
    texts = multilang_split(raw)
    if plain:
        return {code: html_to_plain(value) for code, value in texts.items()}
    return {code: moodle_text_to_html(value, "html") for code, value in texts.items()}


def _gap(number: int, weight: str, code: str, body: str) -> tuple[dict, list[str]]:
    kind, display, case_sensitive, shuffle, horizontal = TYPES[code.upper()]
    errors = []
    gap = {
        "type": kind,
        "display": display,
        "weight": int(weight) if weight else 1,
        "case_sensitive": case_sensitive,
        "shuffle": shuffle,
        "answers": [],
    }
    if horizontal:
        gap["horizontal"] = True
    for alternative in _split_unescaped(body, "~"):
        if not alternative.strip():
            continue
        fraction = Decimal(0)
        match = re.match(r"\s*(=|%(-?[0-9]+(?:[.,][0-9]*)?)%)", alternative)
        if match:
            if match.group(1) == "=":
                fraction = Decimal(1)
            else:
                try:
                    fraction = fraction_check(match.group(2).replace(",", "."), percent=True)
                except FractionError as error:
                    errors.append(_("Gap %(n)s: %(error)s") % {"n": number, "error": error})
            alternative = alternative[match.end() :]
        parts = _split_unescaped(alternative, "#")
        answer_raw, feedback_raw = parts[0], "#".join(parts[1:])
        answer_texts = _languages(_unescape(answer_raw), plain=True)
        feedback_texts = _languages(_unescape(feedback_raw), plain=False)
        answer = {
            "key": str(uuid.uuid4()),
            "text": answer_texts["ky"],
            "text_ru": answer_texts["ru"],
            "text_en": answer_texts["en"],
            "fraction": str(fraction),
            "number": None,
            "tolerance": None,
            "feedback": feedback_texts["ky"],
            "feedback_ru": feedback_texts["ru"],
            "feedback_en": feedback_texts["en"],
        }
        if kind == "numerical" and answer["text"] != "*":
            value, _sep, tolerance = answer["text"].partition(":")
            bad_tolerance = tolerance and not NUMBER.match(tolerance.strip())
            if not NUMBER.match(value.strip()) or bad_tolerance:
                errors.append(
                    _("Gap %(n)s: “%(text)s” is not a number (write value or value:tolerance).")
                    % {"n": number, "text": answer["text"]}
                )
            else:
                try:
                    answer["number"] = str(_decimal(value))
                    answer["tolerance"] = str(abs(_decimal(tolerance))) if tolerance else "0"
                except InvalidOperation:
                    errors.append(
                        _("Gap %(n)s: “%(text)s” is not a number.")
                        % {"n": number, "text": answer["text"]}
                    )
        if not answer["text"] and kind != "multichoice":
            errors.append(_("Gap %(n)s has an empty answer.") % {"n": number})
        gap["answers"].append(answer)
    if not gap["answers"]:
        errors.append(_("Gap %(n)s has no answers.") % {"n": number})
    elif not any(Decimal(a["fraction"]) > 0 for a in gap["answers"]):
        errors.append(_("Gap %(n)s has no right answer.") % {"n": number})
    return gap, errors


def cloze_parse(text: str) -> tuple[str, list[dict], list[str]]:
    """(text with `{#1}`… placeholders, gaps, error messages) from a Moodle cloze text.

    The text keeps its markup (HTML, multilang): only the gaps are taken out. Markup that
    looks like a gap but is not closed is an error; braces that do not start a gap stay text."""
    out, gaps, errors = [], [], []
    position = 0
    while True:
        match = START.search(text, position)
        if not match:
            break
        end = _closing(text, match.end())
        if end < 0:
            errors.append(
                _("Gap %(n)s (“%(start)s…”) is not closed with }.")
                % {"n": len(gaps) + 1, "start": match.group(0)}
            )
            break
        out.append(text[position : match.start()])
        number = len(gaps) + 1
        gap, gap_errors = _gap(number, match.group(1), match.group(2), text[match.end() : end])
        gaps.append(gap)
        errors.extend(gap_errors)
        out.append(f"{{#{number}}}")
        position = end + 1
    out.append(text[position:])
    if not gaps and not errors:
        errors.append(_("The cloze text has no gaps ({1:SHORTANSWER:=answer} and the like)."))
    return "".join(out), gaps, errors


# ---- writing ---------------------------------------------------------------------------------


def _escape(text: str) -> str:
    text = html_lib.escape(text or "", quote=False)
    return re.sub(r"([\\}~#])", r"\\\1", text)


def _code(gap: dict) -> str:
    kind = gap.get("type")
    if kind == "shortanswer":
        return "SHORTANSWER_C" if gap.get("case_sensitive") else "SHORTANSWER"
    if kind == "numerical":
        return "NUMERICAL"
    display = gap.get("display") or "dropdown"
    shuffle = "S" if gap.get("shuffle") else ""
    if display == "multiresponse":
        horizontal = "H" if gap.get("horizontal") else ""
        return f"MULTIRESPONSE{'_' + horizontal + shuffle if horizontal or shuffle else ''}"
    suffix = {"vertical": "V", "horizontal": "H"}.get(display, "") + shuffle
    return f"MULTICHOICE{'_' + suffix if suffix else ''}"


def _percent(fraction) -> str:
    value = Decimal(str(fraction))
    if value == 1:
        return "="
    if value == 0:
        return ""
    return f"%{(value * 100).normalize():f}%"


def _localised(answer: dict, field: str, lang: str | None) -> str:
    if lang and lang != "ky" and answer.get(f"{field}_{lang}"):
        return answer[f"{field}_{lang}"]
    return answer.get(field) or ""


def _answer_text(answer: dict, kind: str, lang: str | None, multilang: bool) -> str:
    if kind == "numerical" and answer.get("number") not in (None, ""):
        value = f"{Decimal(str(answer['number'])).normalize():f}"
        if answer.get("tolerance") in (None, ""):
            return value
        tolerance = Decimal(str(answer["tolerance"]))
        return f"{value}:{tolerance.normalize():f}"
    if multilang and kind == "multichoice":
        from courses.quizzes.formats.text import multilang_join

        return multilang_join(
            {code: _escape(_localised(answer, "text", code)) for code in ("ky", "ru", "en")}
        )
    return _escape(_localised(answer, "text", lang))


def gap_markup(gap: dict, *, lang: str | None = None, multilang: bool = False) -> str:
    """One gap as Moodle markup, e.g. `{2:MULTICHOICE:=yes#Right~no#Wrong}`."""
    from courses.quizzes.formats.text import multilang_join

    kind = gap.get("type")
    alternatives = []
    for answer in gap.get("answers", []):
        text = _answer_text(answer, kind, lang, multilang)
        if multilang:
            feedback = multilang_join(
                {code: _localised(answer, "feedback", code) for code in ("ky", "ru", "en")}
            )
        else:
            feedback = _localised(answer, "feedback", lang)
        feedback = re.sub(r"([\\}~#])", r"\\\1", feedback)
        alternatives.append(
            _percent(answer.get("fraction", 0)) + text + (f"#{feedback}" if feedback else "")
        )
    weight = gap.get("weight") or 1
    return f"{{{weight}:{_code(gap)}:{'~'.join(alternatives)}}}"


def cloze_serialize(text: str, gaps: list[dict], lang: str | None = None) -> str:
    """Moodle cloze markup: each `{#n}` in `text` replaced by gap n in language `lang`
    (answer and feedback `_ru`/`_en` texts, falling back to Kyrgyz)."""

    def replace(match):
        index = int(match.group(1)) - 1
        if 0 <= index < len(gaps):
            return gap_markup(gaps[index], lang=lang)
        return match.group(0)

    return PLACEHOLDER.sub(replace, text or "")


def cloze_serialize_multilang(texts: dict, gaps: list[dict]) -> str:
    """One cloze text in all languages: the text around the gaps in multilang spans and each
    gap written once (Moodle reads every gap of the raw text, whatever the language), with
    choice answers and feedback in multilang spans."""
    from courses.quizzes.formats.text import multilang_join

    pieces = {code: PLACEHOLDER.split(texts.get(code) or "") for code in ("ky", "ru", "en")}
    base = pieces["ky"]
    out = []
    for index, piece in enumerate(base):
        if index % 2 == 1:
            number = int(piece) - 1
            out.append(
                gap_markup(gaps[number], multilang=True)
                if 0 <= number < len(gaps)
                else f"{{#{piece}}}"
            )
            continue
        segment = {"ky": piece}
        for code in ("ru", "en"):
            other = pieces[code]
            # Only when the translation has the same gaps in the same order.
            if len(other) == len(base) and other[1::2] == base[1::2]:
                segment[code] = other[index]
        out.append(multilang_join(segment) if any(segment.values()) else "")
    return "".join(out)
