"""Reading and writing questions in Moodle's formats (GIFT, Moodle XML).

Parsers return `ParsedQuestion`s plus `FormatError`s naming each unreadable question by its
position, so one bad question never stops the good ones from importing.
"""

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class ParsedOption:
    text: str = ""
    fraction: Decimal = Decimal(0)
    feedback: str = ""
    number: Decimal | None = None
    tolerance: Decimal = Decimal(0)
    match_text: str = ""


@dataclass
class ParsedQuestion:
    qtype: str
    text: str
    name: str = ""
    general_feedback: str = ""
    points: Decimal = Decimal(1)
    options: list = field(default_factory=list)
    position: int = 0


@dataclass(frozen=True)
class FormatError:
    position: int
    reason: str
    excerpt: str = ""


@dataclass
class ParseResult:
    questions: list = field(default_factory=list)
    errors: list = field(default_factory=list)


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
