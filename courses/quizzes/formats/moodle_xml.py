"""Moodle XML: https://docs.moodle.org/en/Moodle_XML_format

Reads multichoice (single and multiple), truefalse, shortanswer, numerical and matching
questions; other types (essay, cloze, calculated...) are reported by position. Parsing uses
defusedxml, so an uploaded file cannot expand entities or reach the network.
"""

import html
from decimal import Decimal, InvalidOperation
from xml.etree.ElementTree import Element, SubElement, tostring  # noqa: S405 (writing only)

from django.conf import settings
from django.utils.html import strip_tags
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
from courses.quizzes.models import FALSE_TEXTS, TRUE_TEXTS, QuestionType

MOODLE_TYPES = {
    "multichoice": None,  # single or multiple, from <single>
    "truefalse": QuestionType.TRUE_FALSE,
    "shortanswer": QuestionType.SHORT,
    "numerical": QuestionType.NUMERICAL,
    "matching": QuestionType.MATCHING,
}
SKIPPED_TYPES = {"category", "description"}


class MoodleXmlError(ValueError):
    pass


def _text(element, path: str = "text") -> str:
    """Plain text of a Moodle text element: HTML tags dropped, entities decoded."""
    if element is None:
        return ""
    node = element.find(path) if path else element
    if node is None or node.text is None:
        return ""
    return html.unescape(strip_tags(node.text)).strip()


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
    value = _decimal(answer.get("fraction", "0"), _("The answer's fraction")) / 100
    if not -1 <= value <= 1:
        raise MoodleXmlError(_("An answer's fraction must be between -100 and 100."))
    return value


def _question(element) -> ParsedQuestion:
    kind = element.get("type", "")
    if kind not in MOODLE_TYPES:
        raise MoodleXmlError(_("Questions of type “%(type)s” are not supported.") % {"type": kind})
    question = ParsedQuestion(
        qtype=MOODLE_TYPES[kind] or "",
        name=_text(element.find("name")),
        text=_text(element.find("questiontext")),
        general_feedback=_text(element.find("generalfeedback")),
    )
    if not question.text:
        raise MoodleXmlError(_("The question has no text."))
    grade = element.find("defaultgrade")
    if grade is not None and (grade.text or "").strip():
        question.points = _decimal(grade.text, _("The default grade"))
        if question.points < 0:
            raise MoodleXmlError(_("The default grade cannot be negative."))
    if kind == "matching":
        for sub in element.findall("subquestion"):
            question.options.append(
                ParsedOption(text=_text(sub), match_text=_text(sub.find("answer")))
            )
        if any(not option.match_text for option in question.options):
            raise MoodleXmlError(_("A matching pair has no answer."))
        if sum(1 for option in question.options if option.text) < 2:
            raise MoodleXmlError(_("A matching question needs at least two pairs."))
        return question
    answers = element.findall("answer")
    if not answers:
        raise MoodleXmlError(_("The question has no answers."))
    for answer in answers:
        option = ParsedOption(fraction=_fraction(answer), feedback=_text(answer.find("feedback")))
        if kind == "numerical":
            value = _text(answer)
            if value == "*":
                raise MoodleXmlError(_("A “*” (any value) numerical answer is not supported."))
            option.number = _decimal(value, _("The numerical answer"))
            tolerance = answer.find("tolerance")
            option.tolerance = abs(
                _decimal(tolerance.text, _("The tolerance"))
                if tolerance is not None and (tolerance.text or "").strip()
                else Decimal(0)
            )
        elif kind == "truefalse":
            value = _text(answer).lower()
            if value not in ("true", "false"):
                raise MoodleXmlError(_("A true/false answer must be “true” or “false”."))
            option.text = value
        else:
            option.text = _text(answer)
            if not option.text:
                raise MoodleXmlError(_("An answer is empty."))
        question.options.append(option)
    if kind == "multichoice":
        single = (element.findtext("single") or "true").strip().lower() in ("true", "1")
        question.qtype = QuestionType.SINGLE if single else QuestionType.MULTIPLE
    if not any(option.fraction > 0 for option in question.options):
        raise MoodleXmlError(_("No answer earns any marks."))
    return question


def moodle_xml_parse(source: bytes | str) -> ParseResult:
    """Questions and per-question errors; position = the question's number in the file."""
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
    elements = [e for e in root.findall("question") if e.get("type") not in SKIPPED_TYPES]
    if len(elements) > settings.QUIZ_IMPORT_MAX_QUESTIONS:
        return too_many_questions()
    position = 0
    for element in elements:
        position += 1
        try:
            question = _question(element)
        except MoodleXmlError as error:
            result.errors.append(
                FormatError(
                    position=position,
                    reason=str(error),
                    excerpt=(_text(element.find("name")) or _text(element.find("questiontext")))[
                        :80
                    ],
                )
            )
            continue
        question.position = position
        result.questions.append(question)
    return result


# ---- export ----------------------------------------------------------------------------------

TRUE_WORDS = {"true", TRUE_TEXTS["text"]}
FALSE_WORDS = {"false", FALSE_TEXTS["text"]}
EXPORT_TYPES = {
    QuestionType.SINGLE: "multichoice",
    QuestionType.MULTIPLE: "multichoice",
    QuestionType.TRUE_FALSE: "truefalse",
    QuestionType.SHORT: "shortanswer",
    QuestionType.NUMERICAL: "numerical",
    QuestionType.MATCHING: "matching",
}


def _text_element(parent, tag: str, value: str, **attrs) -> Element:
    node = SubElement(parent, tag, attrs)
    SubElement(node, "text").text = value or ""
    return node


def _percent(fraction: Decimal) -> str:
    return f"{(Decimal(fraction) * 100).normalize():f}"


def _number(value: Decimal) -> str:
    return f"{Decimal(value).normalize():f}"


def moodle_xml_export(*, quiz, questions) -> bytes:
    """The quiz's questions as a Moodle XML file (texts in the default language)."""
    root = Element("quiz")
    category = SubElement(root, "question", {"type": "category"})
    _text_element(category, "category", f"$course$/{quiz.title}")
    for question in questions:
        node = SubElement(root, "question", {"type": EXPORT_TYPES[question.qtype]})
        _text_element(node, "name", question.name or question.text[:60])
        _text_element(node, "questiontext", question.text, format="plain_text")
        _text_element(node, "generalfeedback", question.general_feedback, format="plain_text")
        SubElement(node, "defaultgrade").text = _number(question.points)
        options = list(question.options.all())
        if question.qtype in (QuestionType.SINGLE, QuestionType.MULTIPLE):
            single = "true" if question.qtype == QuestionType.SINGLE else "false"
            SubElement(node, "single").text = single
            SubElement(node, "shuffleanswers").text = "1" if quiz.shuffle_options else "0"
        if question.qtype == QuestionType.SHORT:
            SubElement(node, "usecase").text = "0"
        if question.qtype == QuestionType.MATCHING:
            for option in options:
                sub = _text_element(node, "subquestion", option.text, format="plain_text")
                _text_element(sub, "answer", option.match_text)
            continue
        for index, option in enumerate(options):
            if question.qtype == QuestionType.NUMERICAL:
                value = _number(option.number) if option.number is not None else "0"
            elif question.qtype == QuestionType.TRUE_FALSE:
                value = (
                    "true"
                    if option.text in TRUE_WORDS or (option.text not in FALSE_WORDS and index == 0)
                    else "false"
                )
            else:
                value = option.text
            answer = _text_element(
                node, "answer", value, fraction=_percent(option.fraction), format="plain_text"
            )
            if question.qtype == QuestionType.NUMERICAL:
                SubElement(answer, "tolerance").text = _number(option.tolerance)
            _text_element(answer, "feedback", option.feedback, format="plain_text")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(root, encoding="unicode").encode()
