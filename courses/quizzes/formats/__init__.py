"""Reading and writing questions in Moodle's formats (GIFT, Moodle XML).

Parsers return `ParsedQuestion`s plus `FormatError`s naming each unreadable question by its
position, so one bad question never stops the good ones from importing.
"""

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class ParsedOption:
    text: str = ""
    text_ru: str = ""
    text_en: str = ""
    fraction: Decimal = Decimal(0)
    feedback: str = ""
    feedback_ru: str = ""
    feedback_en: str = ""
    number: Decimal | None = None
    tolerance: Decimal = Decimal(0)
    match_text: str = ""
    match_text_ru: str = ""
    match_text_en: str = ""


@dataclass
class ParsedQuestion:
    """One question as read from a file; texts are sanitised HTML per language (ky, ru, en).

    `files` holds embedded files by name (Moodle's `@@PLUGINFILE@@/name` links point at them);
    `changes` says what was adjusted on the way in, for the import report.
    """

    qtype: str
    text: str
    name: str = ""
    text_ru: str = ""
    text_en: str = ""
    general_feedback: str = ""
    general_feedback_ru: str = ""
    general_feedback_en: str = ""
    points: Decimal = Decimal(1)
    options: list = field(default_factory=list)
    position: int = 0
    line: int | None = None
    idnumber: str = ""
    tags: list = field(default_factory=list)
    category_path: list = field(default_factory=list)
    case_sensitive: bool = False
    shuffle_options: bool = True
    penalty: Decimal = Decimal("0.3333333")
    show_number_correct: bool = False
    correct_feedback: str = ""
    correct_feedback_ru: str = ""
    correct_feedback_en: str = ""
    partially_correct_feedback: str = ""
    partially_correct_feedback_ru: str = ""
    partially_correct_feedback_en: str = ""
    incorrect_feedback: str = ""
    incorrect_feedback_ru: str = ""
    incorrect_feedback_en: str = ""
    hints: list = field(default_factory=list)
    response_lines: int = 10
    min_words: int | None = None
    max_words: int | None = None
    response_template: str = ""
    grader_info: str = ""
    gaps: list = field(default_factory=list)
    files: dict = field(default_factory=dict)
    changes: list = field(default_factory=list)


@dataclass(frozen=True)
class FormatError:
    position: int
    reason: str
    excerpt: str = ""
    line: int | None = None


@dataclass
class ParseResult:
    questions: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    # Moodle XML category items: {tuple(path): {"info": html, "idnumber": str}}.
    categories: dict = field(default_factory=dict)


def too_many_questions() -> ParseResult | None:
    """Called by a parser when it reaches one question more than the cap: the whole file is
    refused at once (a 40,000-question file took 10 s to preview), saying how to fix it."""
    from django.conf import settings
    from django.utils.translation import gettext as _

    limit = settings.QUIZ_IMPORT_MAX_QUESTIONS
    reason = _(
        "The file has more than %(limit)s questions, the most one import takes. Split it into "
        "smaller files (for example one per Moodle category) and import them one by one."
    ) % {"limit": limit}
    return ParseResult(errors=[FormatError(position=0, reason=reason)])
