"""Moodle XML: https://docs.moodle.org/en/Moodle_XML_format

Read as Moodle's `qformat_xml` reads it: multichoice (single and multiple), truefalse,
shortanswer (`usecase`), numerical (tolerances, several answers, `*` for any other answer),
matching, essay, description, cloze (`multianswer`) and category items; every text in its format
(`html`, `moodle_auto_format`, `plain_text`, `markdown`) to sanitised HTML with multilang markup
read into ky/ru/en; embedded `<file encoding="base64">` collected per question for `files`;
hints, combined feedback, show-number-correct, penalty, shuffle, idnumber and tags kept.
Other types (calculated, ordering…) are reported by position. Parsing uses defusedxml, so an
uploaded file cannot expand entities or reach the network.
"""

import base64
import binascii
from decimal import Decimal, InvalidOperation
from xml.etree.ElementTree import Element, SubElement, tostring  # noqa: S405 (writing only)

from django.conf import settings
from django.utils.translation import gettext as _

from defusedxml import ElementTree as SafeElementTree
from defusedxml.common import DefusedXmlException

from courses.quizzes.formats import (
    FormatError,
    ParsedOption,
    ParsedQuestion,
    ParseResult,
    too_many_questions,
)
from courses.quizzes.formats.cloze import cloze_parse, cloze_serialize_multilang
from courses.quizzes.formats.fractions import FractionError, fraction_check, is_full
from courses.quizzes.formats.gift import _category_path
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

MOODLE_TYPES = {
    "multichoice": None,  # single or multiple, from <single>
    "truefalse": QuestionType.TRUE_FALSE,
    "shortanswer": QuestionType.SHORT,
    "numerical": QuestionType.NUMERICAL,
    "matching": QuestionType.MATCHING,
    "essay": QuestionType.ESSAY,
    "description": QuestionType.DESCRIPTION,
    "cloze": QuestionType.CLOZE,
    "multianswer": QuestionType.CLOZE,
}
TRUE_VALUES = ("true", "1")


class MoodleXmlError(ValueError):
    pass


def _raw(element, path: str) -> tuple[str, str]:
    """(text, format) of a Moodle text element such as <questiontext format="html"><text>."""
    node = element.find(path) if path else element
    if node is None:
        return "", "html"
    fmt = node.get("format") or "html"
    text = node.findtext("text")
    return text or "", fmt


def _convert(raw: str, fmt: str, *, plain: bool = False) -> dict[str, str]:
    texts = multilang_split(raw)
    out = {}
    for code in LANGUAGES:
        html = moodle_text_to_html(texts[code], fmt) if texts[code] else ""
        out[code] = html_to_plain(html) if plain else html
    return out


def _texts(element, path: str, *, plain: bool = False) -> dict[str, str]:
    raw, fmt = _raw(element, path)
    return _convert(raw, fmt, plain=plain)


def _set(obj, field: str, texts: dict) -> None:
    setattr(obj, field, texts["ky"])
    setattr(obj, f"{field}_ru", texts["ru"])
    setattr(obj, f"{field}_en", texts["en"])


def _flag(element, tag: str, default: bool = False) -> bool:
    node = element.find(tag)
    if node is None:
        return default
    value = (node.text or "").strip().lower()
    return value in TRUE_VALUES if value else True  # <shownumcorrect/> means yes


def _decimal(text: str, what: str) -> Decimal:
    try:
        value = Decimal((text or "").strip())
    except InvalidOperation as error:
        raise MoodleXmlError(
            _("%(what)s “%(text)s” is not a number.") % {"what": what, "text": text}
        ) from error
    if not value.is_finite():
        raise MoodleXmlError(
            _("%(what)s “%(text)s” is not a number.") % {"what": what, "text": text}
        )
    return value


def _fraction(answer) -> Decimal:
    try:
        return fraction_check(answer.get("fraction", "0"), percent=True)
    except FractionError as error:
        raise MoodleXmlError(str(error)) from error


def _files(element) -> dict[str, bytes]:
    """Every embedded file of the question, by name."""
    files = {}
    for node in element.iter("file"):
        name = node.get("name") or ""
        if not name or (node.get("encoding") or "base64") != "base64":
            continue
        try:
            files[name] = base64.b64decode((node.text or "").strip(), validate=False)
        except (binascii.Error, ValueError):
            continue
    return files


def _hints(element) -> list[dict]:
    hints = []
    for node in element.findall("hint"):
        texts = _texts(node, "")
        if not texts["ky"]:
            continue
        hint = {"text": texts["ky"], "text_ru": texts["ru"], "text_en": texts["en"]}
        if node.find("shownumcorrect") is not None:
            hint["show_number_correct"] = True
        if node.find("clearwrong") is not None:
            hint["clear_wrong"] = True
        hints.append(hint)
    return hints


def _common(element, question: ParsedQuestion) -> None:
    name = element.find("name")
    question.name = html_to_plain(name.findtext("text") or "") if name is not None else ""
    _set(question, "text", _texts(element, "questiontext"))
    _set(question, "general_feedback", _texts(element, "generalfeedback"))
    for tag, field in (
        ("correctfeedback", "correct_feedback"),
        ("partiallycorrectfeedback", "partially_correct_feedback"),
        ("incorrectfeedback", "incorrect_feedback"),
    ):
        _set(question, field, _texts(element, tag))
    grade = element.findtext("defaultgrade")
    if grade and grade.strip():
        question.points = _decimal(grade, _("The default grade"))
        if question.points < 0:
            raise MoodleXmlError(_("The default grade cannot be negative."))
    penalty = element.findtext("penalty")
    if penalty and penalty.strip():
        question.penalty = _decimal(penalty, _("The penalty")).quantize(Decimal("0.0000001"))
    question.idnumber = (element.findtext("idnumber") or "").strip()[:100]
    question.tags = [
        (tag.findtext("text") or "").strip()
        for tag in element.findall("tags/tag")
        if (tag.findtext("text") or "").strip()
    ]
    shuffle = element.findtext("shuffleanswers")
    if shuffle is not None and shuffle.strip():
        question.shuffle_options = shuffle.strip().lower() in TRUE_VALUES
    question.show_number_correct = element.find("shownumcorrect") is not None
    question.hints = _hints(element)
    question.files = _files(element)
    if element.findtext("hidden", "0").strip() == "1":
        question.changes.append(_("hidden in Moodle; imported as a visible question"))


def _question(element) -> ParsedQuestion:
    kind = element.get("type", "")
    if kind not in MOODLE_TYPES:
        raise MoodleXmlError(_("Questions of type “%(type)s” are not supported.") % {"type": kind})
    question = ParsedQuestion(qtype=MOODLE_TYPES[kind] or "", text="")
    _common(element, question)
    if not question.text:
        raise MoodleXmlError(_("The question has no text."))
    if kind == "description":
        question.points = Decimal(0)
        return question
    if kind == "essay":
        _essay(element, question)
        return question
    if kind in ("cloze", "multianswer"):
        _cloze(element, question)
        return question
    if kind == "matching":
        for sub in element.findall("subquestion"):
            option = ParsedOption()
            raw, fmt = _raw(sub, "")
            _set(option, "text", _convert(raw, sub.get("format") or fmt))
            _set(option, "match_text", _texts(sub, "answer", plain=True))
            question.options.append(option)
        if any(not option.match_text for option in question.options):
            raise MoodleXmlError(_("A matching pair has no answer."))
        if sum(1 for option in question.options if option.text) < 2:
            raise MoodleXmlError(_("A matching question needs at least two pairs."))
        return question
    answers = element.findall("answer")
    if not answers:
        raise MoodleXmlError(_("The question has no answers."))
    for answer in answers:
        option = ParsedOption(fraction=_fraction(answer))
        _set(option, "feedback", _texts(answer, "feedback"))
        raw, fmt = answer.findtext("text") or "", answer.get("format") or "moodle_auto_format"
        if kind == "numerical":
            value = html_to_plain(raw)
            if value == "*":
                option.text = "*"
                option.number = None
            else:
                option.number = _decimal(value, _("The numerical answer"))
                tolerance = answer.findtext("tolerance")
                option.tolerance = abs(
                    _decimal(tolerance, _("The tolerance"))
                    if tolerance and tolerance.strip()
                    else Decimal(0)
                )
        elif kind == "truefalse":
            value = html_to_plain(raw).lower()
            if value not in ("true", "false"):
                raise MoodleXmlError(_("A true/false answer must be “true” or “false”."))
            option.text = value
        else:
            _set(option, "text", _convert(raw, fmt, plain=kind == "shortanswer"))
            if not option.text:
                raise MoodleXmlError(_("An answer is empty."))
        question.options.append(option)
    if kind == "shortanswer":
        question.case_sensitive = (element.findtext("usecase") or "0").strip() == "1"
    if kind == "numerical" and element.find("units/unit") is not None:
        question.changes.append(_("units dropped (answers are plain numbers here)"))
    if kind == "multichoice":
        single = (element.findtext("single") or "true").strip().lower() in TRUE_VALUES
        question.qtype = QuestionType.SINGLE if single else QuestionType.MULTIPLE
    _check_fractions(question)
    return question


def _check_fractions(question: ParsedQuestion) -> None:
    fractions = [option.fraction for option in question.options]
    if not any(fraction > 0 for fraction in fractions):
        raise MoodleXmlError(_("No answer earns any marks."))
    if question.qtype == QuestionType.MULTIPLE:
        total = sum((f for f in fractions if f > 0), Decimal(0))
        if abs(total - 1) >= Decimal("0.005"):
            raise MoodleXmlError(
                _("The right answers' grades add up to %(total)s%%, not 100%%.")
                % {"total": f"{(total * 100).normalize():f}"}
            )
    elif question.qtype in (
        QuestionType.SINGLE,
        QuestionType.SHORT,
        QuestionType.NUMERICAL,
    ) and not is_full(max(fractions)):
        raise MoodleXmlError(_("No answer earns full marks (100%)."))


def _essay(element, question: ParsedQuestion) -> None:
    response_format = (element.findtext("responseformat") or "editor").strip()
    if response_format == "noinline":
        question.changes.append(_("attachments-only essay: answered in a text box here"))
    lines = element.findtext("responsefieldlines")
    if lines and lines.strip().isdigit():
        question.response_lines = int(lines.strip())
    for tag, field in (("minwordlimit", "min_words"), ("maxwordlimit", "max_words")):
        value = (element.findtext(tag) or "").strip()
        if value.isdigit() and int(value) > 0:
            setattr(question, field, int(value))
    template = _texts(element, "responsetemplate")
    question.response_template = html_to_plain(template["ky"])
    question.grader_info = _texts(element, "graderinfo")["ky"]
    attachments = (element.findtext("attachments") or "0").strip()
    if attachments not in ("", "0"):
        question.changes.append(_("file attachments not taken (answers are typed)"))


def _cloze(element, question: ParsedQuestion) -> None:
    raw, fmt = _raw(element, "questiontext")
    text, gaps, errors = cloze_parse(raw)
    if errors:
        raise MoodleXmlError("; ".join(errors))
    _set(question, "text", _convert(text, fmt))
    question.gaps = gaps
    question.points = Decimal(sum(gap["weight"] for gap in gaps)) or Decimal(1)


def moodle_xml_parse(source: bytes | str) -> ParseResult:
    """Questions and per-question errors; position = the item's number in the file (every
    <question> but categories counts, so numbers match what Moodle shows)."""
    result = ParseResult()
    try:
        root = SafeElementTree.fromstring(source)
    except (SafeElementTree.ParseError, DefusedXmlException) as error:
        result.errors.append(
            FormatError(
                position=0,
                reason=_("The file is not valid Moodle XML: %(error)s") % {"error": error},
            )
        )
        return result
    if root.tag != "quiz":
        result.errors.append(
            FormatError(position=0, reason=_("The file's root element must be <quiz>."))
        )
        return result
    items = root.findall("question")
    if sum(1 for e in items if e.get("type") != "category") > settings.QUIZ_IMPORT_MAX_QUESTIONS:
        return too_many_questions()
    position = 0
    category: list[str] = []
    for element in items:
        if element.get("type") == "category":
            path_text = element.findtext("category/text") or ""
            category = _category_path("$CATEGORY: " + path_text)
            info = _texts(element, "info")["ky"]
            result.categories[tuple(category)] = {
                "info": info,
                "idnumber": (element.findtext("idnumber") or "").strip(),
            }
            continue
        position += 1
        try:
            question = _question(element)
        except MoodleXmlError as error:
            name = element.find("name")
            excerpt = html_to_plain(name.findtext("text") or "") if name is not None else ""
            result.errors.append(
                FormatError(
                    position=position,
                    reason=str(error),
                    excerpt=(excerpt or html_to_plain(_raw(element, "questiontext")[0]))[:80],
                )
            )
            continue
        question.position = position
        question.category_path = list(category)
        result.questions.append(question)
    return result


# ---- export ----------------------------------------------------------------------------------

EXPORT_TYPES = {
    QuestionType.SINGLE: "multichoice",
    QuestionType.MULTIPLE: "multichoice",
    QuestionType.TRUE_FALSE: "truefalse",
    QuestionType.SHORT: "shortanswer",
    QuestionType.NUMERICAL: "numerical",
    QuestionType.MATCHING: "matching",
    QuestionType.ESSAY: "essay",
    QuestionType.DESCRIPTION: "description",
    QuestionType.CLOZE: "cloze",
}


def _text_element(parent, tag: str, value: str, **attrs) -> Element:
    node = SubElement(parent, tag, attrs)
    SubElement(node, "text").text = value or ""
    return node


def _ml(obj, field: str) -> str:
    texts = texts_of(obj, field)
    if field != "match_text":
        texts = {code: as_html(value) for code, value in texts.items()}
    return multilang_join(texts)


def _percent(fraction: Decimal) -> str:
    return f"{(Decimal(fraction) * 100).normalize():f}"


def _number(value: Decimal) -> str:
    return f"{Decimal(value).normalize():f}"


def _category_text(path: list[str]) -> str:
    return "$course$/top/" + "/".join(name.replace("/", "//") for name in path)


def _question_export(root, question, options) -> None:
    qtype = question.qtype
    node = SubElement(root, "question", {"type": EXPORT_TYPES[qtype]})
    _text_element(node, "name", question.name or html_to_plain(question.text)[:60])
    if qtype == QuestionType.CLOZE:
        text = cloze_serialize_multilang(texts_of(question, "text"), question.gaps or [])
    else:
        text = _ml(question, "text")
    _text_element(node, "questiontext", text, format="html")
    _text_element(node, "generalfeedback", _ml(question, "general_feedback"), format="html")
    if qtype != QuestionType.CLOZE:
        SubElement(node, "defaultgrade").text = _number(question.points)
    SubElement(node, "penalty").text = f"{Decimal(question.penalty or 0):.7f}"
    SubElement(node, "hidden").text = "0"
    SubElement(node, "idnumber").text = question.idnumber or ""
    if qtype in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        single = "true" if qtype == QuestionType.SINGLE else "false"
        SubElement(node, "single").text = single
        SubElement(node, "shuffleanswers").text = "true" if question.shuffle_options else "false"
        SubElement(node, "answernumbering").text = "none"
    if qtype == QuestionType.MATCHING:
        SubElement(node, "shuffleanswers").text = "true" if question.shuffle_options else "false"
    if qtype in (QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.MATCHING):
        for tag, field in (
            ("correctfeedback", "correct_feedback"),
            ("partiallycorrectfeedback", "partially_correct_feedback"),
            ("incorrectfeedback", "incorrect_feedback"),
        ):
            _text_element(node, tag, _ml(question, field), format="html")
        if question.show_number_correct:
            SubElement(node, "shownumcorrect")
    if qtype == QuestionType.SHORT:
        SubElement(node, "usecase").text = "1" if question.case_sensitive else "0"
    if qtype == QuestionType.ESSAY:
        SubElement(node, "responseformat").text = "editor"
        SubElement(node, "responserequired").text = "1"
        SubElement(node, "responsefieldlines").text = str(question.response_lines or 10)
        SubElement(node, "minwordlimit").text = str(question.min_words or "")
        SubElement(node, "maxwordlimit").text = str(question.max_words or "")
        SubElement(node, "attachments").text = "0"
        _text_element(node, "graderinfo", question.grader_info, format="html")
        _text_element(node, "responsetemplate", question.response_template, format="plain_text")
    if qtype == QuestionType.MATCHING:
        for option in options:
            sub = _text_element(node, "subquestion", _ml(option, "text"), format="html")
            _text_element(sub, "answer", _ml(option, "match_text"))
    elif qtype not in (QuestionType.ESSAY, QuestionType.DESCRIPTION, QuestionType.CLOZE):
        for index, option in enumerate(options):
            fmt = "html"
            if qtype == QuestionType.NUMERICAL:
                value = _number(option.number) if option.number is not None else "*"
                fmt = "moodle_auto_format"
            elif qtype == QuestionType.TRUE_FALSE:
                value = "true" if index == 0 else "false"
                fmt = "moodle_auto_format"
            elif qtype == QuestionType.SHORT:
                value = option.text
                fmt = "moodle_auto_format"
            else:
                value = _ml(option, "text")
            answer = _text_element(
                node, "answer", value, fraction=_percent(option.fraction), format=fmt
            )
            if qtype == QuestionType.NUMERICAL:
                SubElement(answer, "tolerance").text = _number(option.tolerance or 0)
            _text_element(answer, "feedback", _ml(option, "feedback"), format="html")
            if qtype == QuestionType.SHORT and (option.text_ru or option.text_en):
                # Short answers compare text: each language's accepted answer is its own answer.
                for code in ("ru", "en"):
                    other = getattr(option, f"text_{code}", "")
                    if other and other != option.text:
                        extra = _text_element(
                            node,
                            "answer",
                            other,
                            fraction=_percent(option.fraction),
                            format=fmt,
                        )
                        _text_element(extra, "feedback", _ml(option, "feedback"), format="html")
    for hint in question.hints or []:
        hint_node = _text_element(node, "hint", multilang_join(hint), format="html")
        if hint.get("show_number_correct"):
            SubElement(hint_node, "shownumcorrect")
        if hint.get("clear_wrong"):
            SubElement(hint_node, "clearwrong")
    if question.tags:
        tags = SubElement(node, "tags")
        for tag in question.tags:
            _text_element(tags, "tag", tag)


def moodle_xml_export(*, quiz=None, questions, category_path=None) -> bytes:
    """Questions as a Moodle XML file, every text in all its languages (multilang spans).

    `category_path(question)` names each question's bank category; without it, one category
    named after the quiz."""
    root = Element("quiz")
    current = None
    if category_path is None and quiz is not None:
        category = SubElement(root, "question", {"type": "category"})
        _text_element(category, "category", _category_text([quiz.title]))
    for question in questions:
        if category_path is not None:
            path = category_path(question)
            if path != current:
                category = SubElement(root, "question", {"type": "category"})
                _text_element(category, "category", _category_text(path))
                current = path
        _question_export(root, question, list(question.options.all()))
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(root, encoding="unicode").encode()
