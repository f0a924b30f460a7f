"""The import report: one line per item of the file, the same in the admin preview, the
`questions_import` command (text and `--json`) and the `.mbz` import.

Each item is named by its position in the file (and its line for GIFT), its name and type, and
says "imported", "imported with changes: …" or "refused: …". Nothing is dropped without a line.
"""

from dataclasses import asdict, dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from courses.quizzes.models import QuestionType

IMPORTED = "imported"
CHANGED = "changed"
REFUSED = "refused"


@dataclass
class ReportItem:
    position: int
    name: str = ""
    qtype: str = ""
    status: str = IMPORTED
    notes: list = field(default_factory=list)
    line: int | None = None

    @property
    def type_label(self) -> str:
        if self.qtype in QuestionType.values:
            return str(QuestionType(self.qtype).label)
        return self.qtype

    @property
    def outcome(self) -> str:
        if self.status == REFUSED:
            return _("refused: %(reason)s") % {"reason": "; ".join(self.notes)}
        if self.status == CHANGED and self.notes:
            return _("imported with changes: %(changes)s") % {"changes": "; ".join(self.notes)}
        return _("imported")

    @property
    def where(self) -> str:
        if self.position == 0:
            return _("the file")
        if self.line:
            return _("#%(position)s (line %(line)s)") % {
                "position": self.position,
                "line": self.line,
            }
        return f"#{self.position}"

    def as_text(self) -> str:
        name = f" “{self.name}”" if self.name else ""
        kind = f" [{self.type_label}]" if self.qtype else ""
        return f"{self.where}{name}{kind}: {self.outcome}"

    def as_dict(self) -> dict:
        data = asdict(self)
        data["outcome"] = self.outcome
        return data

    def note(self, text: str) -> None:
        self.notes.append(str(text))
        if self.status == IMPORTED:
            self.status = CHANGED


def question_item(question) -> ReportItem:
    """The report line of a parsed question (its changes, if any)."""
    return ReportItem(
        position=question.position,
        line=question.line,
        name=question.name,
        qtype=question.qtype,
        status=CHANGED if question.changes else IMPORTED,
        notes=[str(change) for change in question.changes],
    )


def error_item(error) -> ReportItem:
    return ReportItem(
        position=error.position,
        line=error.line,
        name=error.excerpt,
        status=REFUSED,
        notes=[error.reason],
    )


def report_sorted(items: list[ReportItem]) -> list[ReportItem]:
    return sorted(items, key=lambda item: (item.position, item.line or 0))


def report_from_result(result) -> list[ReportItem]:
    """Report items of a parse (a preview or dry run): questions and refusals by position."""
    return report_sorted(
        [question_item(q) for q in result.questions] + [error_item(e) for e in result.errors]
    )


SUMMARY = gettext_noop(
    "%(items)s items: %(imported)s imported, %(changed)s with changes, %(refused)s refused."
)


def report_counts(items: list[ReportItem]) -> dict:
    return {
        "items": sum(1 for item in items if item.position),
        "imported": sum(1 for item in items if item.status == IMPORTED),
        "changed": sum(1 for item in items if item.status == CHANGED),
        "refused": sum(1 for item in items if item.status == REFUSED),
    }


def report_summary(items: list[ReportItem]) -> str:
    return _(SUMMARY) % report_counts(items)
