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
