"""A backup's question bank (`questions.xml`) → categories and `ParsedQuestion`s.

Moodle 4.x/5.x: `question_category` > `question_bank_entries` > `question_bank_entry` >
`question_version` > `question_versions` > `questions` > `question` (the newest version is
used, as quizzes in the samples ask for "always the latest"). Moodle 3.x: `question_category` >
`questions` > `question`, the question id standing for the entry. Each qtype's data is in
`plugin_qtype_<qtype>_question`. Texts are split by Moodle's multilang markup into ky/ru/en and
sanitised (the quizzes' `formats.text`); grades are checked against Moodle's list.
"""

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from courses.moodle.backup import NULL, text_of, xml_read
from courses.quizzes.formats import ParsedOption, ParsedQuestion
from courses.quizzes.formats.cloze import cloze_parse
from courses.quizzes.formats.fractions import FractionError, fraction_check
from courses.quizzes.formats.text import html_to_plain, moodle_text_to_html, multilang_split

LANGUAGE_SUFFIX = {"ky": "", "ru": "_ru", "en": "_en"}
SUPPORTED = (
    "multichoice",
    "truefalse",
    "shortanswer",
    "numerical",
    "match",
    "essay",
    "description",
    "multianswer",
)
# Moodle's question types we have no equivalent for (refused with a line in the report).
UNSUPPORTED_NAMES = {
    "ddwtos": gettext_noop("drag and drop into text"),
    "gapselect": gettext_noop("select missing words"),
    "ddimageortext": gettext_noop("drag and drop onto image"),
    "ddmarker": gettext_noop("drag and drop markers"),
    "calculated": gettext_noop("calculated"),
    "calculatedsimple": gettext_noop("simple calculated"),
    "calculatedmulti": gettext_noop("calculated multichoice"),
    "randomsamatch": gettext_noop("random short-answer matching"),
    "ordering": gettext_noop("ordering"),
}


class QuestionRefused(ValueError):
    pass


@dataclass
class BankCategory:
    id: str
    name: str
    parent: str
    info: str
    idnumber: str
    path: list = field(default_factory=list)  # names from below "top"


@dataclass
class BankEntry:
    entry_id: str
    question_id: str
    category_id: str
    qtype: str
    name: str
    parsed: ParsedQuestion | None = None
    refused: str = ""


@dataclass
class Bank:
    categories: dict = field(default_factory=dict)  # id -> BankCategory
    entries: dict = field(default_factory=dict)  # entry id -> BankEntry
    by_question: dict = field(default_factory=dict)  # question id -> entry id


def _texts(raw: str, fmt: str, language: str) -> dict:
    """{"ky","ru","en"} sanitised HTML of a Moodle text; Kyrgyz (required) falls back to the
    import's language when the text has no Kyrgyz of its own."""
    if not raw or raw == NULL:
        return {"ky": "", "ru": "", "en": ""}
    split = multilang_split(raw, default_language=language)
    texts = {code: moodle_text_to_html(value, fmt) for code, value in split.items()}
    if not texts["ky"]:
        texts["ky"] = texts.get(language, "")
    return texts


def _plain(raw: str, language: str) -> dict:
    return {code: html_to_plain(value) for code, value in _texts(raw, "1", language).items()}


def _put(target, name: str, texts: dict) -> None:
    for code, suffix in LANGUAGE_SUFFIX.items():
        setattr(target, f"{name}{suffix}", texts.get(code, ""))


def _decimal(value: str, default: Decimal = Decimal(0)) -> Decimal:
    try:
        return Decimal((value or "").strip())
    except InvalidOperation:
        return default


def _fraction(value: str) -> Decimal:
    try:
        return fraction_check(_decimal(value).normalize() if value else "0")
    except FractionError as error:
        raise QuestionRefused(str(error)) from error


def _answers(plugin, language: str, *, plain: bool) -> list:
    options = []
    for answer in plugin.iterfind("answers/answer"):
        option = ParsedOption(fraction=_fraction(text_of(answer, "fraction")))
        if plain:
            _put(option, "text", _plain(text_of(answer, "answertext"), language))
        else:
            fmt = text_of(answer, "answerformat") or "1"
            _put(option, "text", _texts(text_of(answer, "answertext"), fmt, language))
        fmt = text_of(answer, "feedbackformat") or "1"
        _put(option, "feedback", _texts(text_of(answer, "feedback"), fmt, language))
        option.answer_id = answer.get("id")
        options.append(option)
    return options


def _combined_feedback(question: ParsedQuestion, options, language: str) -> None:
    if options is None:
        return
    for field_name, tag in (
        ("correct_feedback", "correctfeedback"),
        ("partially_correct_feedback", "partiallycorrectfeedback"),
        ("incorrect_feedback", "incorrectfeedback"),
    ):
        fmt = text_of(options, f"{tag}format") or "1"
        _put(question, field_name, _texts(text_of(options, tag), fmt, language))
    question.show_number_correct = text_of(options, "shownumcorrect") == "1"


def _plugin(element, qtype: str):
    return element.find(f"plugin_qtype_{qtype}_question")


def question_parse(element, *, language: str, subquestions: dict) -> ParsedQuestion:
    """One `<question>` element as a ParsedQuestion; QuestionRefused says why not."""
    qtype = text_of(element, "qtype")
    if qtype not in SUPPORTED:
        label = UNSUPPORTED_NAMES.get(qtype)
        raise QuestionRefused(
            _("the question type “%(type)s” (%(label)s) has no equivalent here")
            % {"type": qtype, "label": _(label) if label else qtype}
            if label
            else _("the question type “%(type)s” has no equivalent here") % {"type": qtype}
        )
    question = ParsedQuestion(qtype="", text="")
    question.name = html_to_plain(text_of(element, "name"))[:200]
    fmt = text_of(element, "questiontextformat") or "1"
    _put(question, "text", _texts(text_of(element, "questiontext"), fmt, language))
    fmt = text_of(element, "generalfeedbackformat") or "1"
    _put(question, "general_feedback", _texts(text_of(element, "generalfeedback"), fmt, language))
    question.points = _decimal(text_of(element, "defaultmark"), Decimal(1)).quantize(
        Decimal("0.01")
    )
    question.penalty = _decimal(text_of(element, "penalty"), Decimal("0.3333333"))
    question.hints = []
    for hint in element.iterfind("question_hints/question_hint"):
        texts = _texts(text_of(hint, "hint"), text_of(hint, "hintformat") or "1", language)
        if texts["ky"] or texts["ru"] or texts["en"]:
            question.hints.append(
                {"text": texts["ky"], "text_ru": texts["ru"], "text_en": texts["en"]}
            )
    question.tags = [
        text_of(tag, "rawname") or text_of(tag, "name") for tag in element.iterfind("tags/tag")
    ]
    plugin = _plugin(element, qtype)
    if qtype == "multichoice":
        options_element = plugin.find("multichoice") if plugin is not None else None
        if options_element is None and plugin is not None:
            options_element = plugin.find("answers/../multichoice")
        single = text_of(options_element, "single") != "0"
        question.qtype = "single" if single else "multiple"
        question.options = _answers(plugin, language, plain=False)
        question.shuffle_options = text_of(options_element, "shuffleanswers") != "0"
        _combined_feedback(question, options_element, language)
        if len(question.options) < 2:
            raise QuestionRefused(_("a multiple choice question needs at least two answers"))
    elif qtype == "truefalse":
        question.qtype = "truefalse"
        answers = {a.answer_id: a for a in _answers(plugin, language, plain=True)}
        settings = plugin.find("truefalse")
        true_id, false_id = text_of(settings, "trueanswer"), text_of(settings, "falseanswer")
        if true_id not in answers or false_id not in answers:
            raise QuestionRefused(_("the true/false answers are missing"))
        answers[true_id].text = "true"
        answers[false_id].text = "false"
        for option in (answers[true_id], answers[false_id]):
            option.text_ru = option.text_en = ""
        question.options = [answers[true_id], answers[false_id]]
    elif qtype == "shortanswer":
        question.qtype = "short"
        question.options = _answers(plugin, language, plain=True)
        question.case_sensitive = text_of(plugin, "shortanswer/usecase") == "1"
        if not question.options:
            raise QuestionRefused(_("the short answer question has no answers"))
    elif qtype == "numerical":
        question.qtype = "numerical"
        tolerances = {
            text_of(record, "answer"): text_of(record, "tolerance")
            for record in plugin.iterfind("numerical_records/numerical_record")
        }
        options = _answers(plugin, language, plain=True)
        for option in options:
            value = option.text.strip()
            if value == "*":
                option.number = None
            else:
                try:
                    option.number = Decimal(value.replace(",", "."))
                except InvalidOperation as error:
                    raise QuestionRefused(
                        _("the numerical answer “%(value)s” is not a number") % {"value": value}
                    ) from error
                option.tolerance = abs(_decimal(tolerances.get(option.answer_id, "0")))
        units = list(plugin.iterfind("numerical_units/numerical_unit"))
        if units:
            question.changes.append(_("units left out (%(count)s)") % {"count": len(units)})
        question.options = options
    elif qtype == "match":
        question.qtype = "matching"
        options_element = plugin.find("matchoptions")
        question.shuffle_options = text_of(options_element, "shuffleanswers") != "0"
        _combined_feedback(question, options_element, language)
        for match in plugin.iterfind("matches/match"):
            option = ParsedOption(fraction=Decimal(0))
            fmt = text_of(match, "questiontextformat") or "1"
            _put(option, "text", _texts(text_of(match, "questiontext"), fmt, language))
            _put(option, "match_text", _plain(text_of(match, "answertext"), language))
            question.options.append(option)
        if sum(1 for option in question.options if option.text) < 2:
            raise QuestionRefused(_("a matching question needs at least two pairs"))
    elif qtype == "essay":
        question.qtype = "essay"
        essay = plugin.find("essay") if plugin is not None else None
        question.response_lines = int(_decimal(text_of(essay, "responsefieldlines"), Decimal(10)))
        question.min_words = int(_decimal(text_of(essay, "minwordlimit"))) or None
        question.max_words = int(_decimal(text_of(essay, "maxwordlimit"))) or None
        template = _texts(
            text_of(essay, "responsetemplate"),
            text_of(essay, "responsetemplateformat") or "1",
            language,
        )
        question.response_template = template.get(language) or template["ky"]
        info = _texts(
            text_of(essay, "graderinfo"), text_of(essay, "graderinfoformat") or "1", language
        )
        question.grader_info = info.get(language) or info["ky"]
        if text_of(essay, "attachments") not in ("", "0"):
            question.changes.append(_("file attachments to answers are not offered here"))
    elif qtype == "description":
        question.qtype = "description"
        question.points = Decimal(0)
    elif qtype == "multianswer":
        question.qtype = "cloze"
        sequence = [s for s in text_of(plugin, "multianswer/sequence").split(",") if s]
        gaps = []
        for number, sub_id in enumerate(sequence, start=1):
            sub = subquestions.get(sub_id)
            if sub is None:
                raise QuestionRefused(_("gap %(n)s of the cloze text is missing") % {"n": number})
            _text, sub_gaps, errors = cloze_parse(text_of(sub, "questiontext"))
            if errors or len(sub_gaps) != 1:
                raise QuestionRefused(
                    _("gap %(n)s: %(error)s")
                    % {"n": number, "error": "; ".join(errors) or _("unreadable")}
                )
            gap = sub_gaps[0]
            gap["weight"] = int(_decimal(text_of(sub, "defaultmark"), Decimal(1))) or 1
            if text_of(sub, "qtype") == "shortanswer":
                gap["case_sensitive"] = text_of(
                    _plugin(sub, "shortanswer"), "shortanswer/usecase"
                ) == "1" or gap.get("case_sensitive", False)
            gaps.append(gap)
        question.gaps = gaps
        question.points = Decimal(sum(gap["weight"] for gap in gaps))
    return question


def bank_read(root, *, language: str) -> Bank:
    """Every category and question of the backup's `questions.xml` (absent: an empty bank)."""
    bank = Bank()
    path = root / "questions.xml"
    if not path.is_file():
        return bank
    xml = xml_read(path)
    elements = {}  # entry id -> (question element, category id)
    subquestions = {}
    for category in xml.iterfind("question_category"):
        cat = BankCategory(
            id=category.get("id"),
            name=html_to_plain(text_of(category, "name")),
            parent=text_of(category, "parent"),
            info=text_of(category, "info"),
            idnumber=text_of(category, "idnumber"),
        )
        bank.categories[cat.id] = cat
        found = []
        for entry in category.iterfind("question_bank_entries/question_bank_entry"):
            versions = list(entry.iterfind("question_version/question_versions"))
            versions.sort(key=lambda v: int(_decimal(text_of(v, "version"), Decimal(0))))
            if not versions:
                continue
            latest = versions[-1].find("questions/question")
            if latest is not None:
                found.append((entry.get("id"), latest, text_of(entry, "idnumber")))
        for question in category.iterfind("questions/question"):  # Moodle 3.x
            found.append((question.get("id"), question, ""))
        for entry_id, question, idnumber in found:
            if text_of(question, "parent") not in ("", "0"):
                subquestions[question.get("id")] = question
                continue
            elements[entry_id] = (question, cat.id, idnumber)
    for cat in bank.categories.values():
        names, seen, current = [], set(), cat
        while current is not None and current.id not in seen:
            seen.add(current.id)
            if current.parent in ("", "0") and current.name.lower() == "top":
                break
            names.append(current.name)
            current = bank.categories.get(current.parent)
        cat.path = list(reversed(names))
    for entry_id, (question, category_id, idnumber) in elements.items():
        qtype = text_of(question, "qtype")
        entry = BankEntry(
            entry_id=entry_id,
            question_id=question.get("id"),
            category_id=category_id,
            qtype=qtype,
            name=html_to_plain(text_of(question, "name"))[:200],
        )
        bank.by_question[entry.question_id] = entry_id
        if qtype == "random":  # Moodle 3.x random slots: a question standing for its category
            bank.entries[entry_id] = entry
            continue
        try:
            entry.parsed = question_parse(question, language=language, subquestions=subquestions)
            entry.parsed.idnumber = (idnumber or "")[:100]
            entry.parsed.category_path = bank.categories[category_id].path
        except QuestionRefused as error:
            entry.refused = str(error)
        bank.entries[entry_id] = entry
    return bank
