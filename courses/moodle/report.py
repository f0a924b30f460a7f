"""The import report's lines: each item by position, name and type, and what happened to it.

A line is a dict kept as JSON on the job: `position` (section.activity, "Q<id>" for a bank
question, "" for the backup and the course), `name`, `type` (Moodle's module or question type),
`status` and `detail`. Statuses read as the question importers' report does: "imported",
"imported with changes: …", "refused: …"; "not supported" (an activity kept as a stub lesson),
"skipped" and "note" (about the backup as a whole).
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

IMPORTED = "imported"
CHANGED = "changed"
REFUSED = "refused"
NOT_SUPPORTED = "not_supported"
SKIPPED = "skipped"
INFO = "info"

STATUS_TEXTS = {
    IMPORTED: gettext_noop("imported"),
    CHANGED: gettext_noop("imported with changes: %(detail)s"),
    REFUSED: gettext_noop("refused: %(detail)s"),
    NOT_SUPPORTED: gettext_noop("not supported: %(detail)s"),
    SKIPPED: gettext_noop("skipped: %(detail)s"),
    INFO: gettext_noop("note: %(detail)s"),
}


def line(position, name, kind, status, detail="") -> dict:
    return {
        "position": str(position),
        "name": str(name or "")[:300],
        "type": kind,
        "status": status,
        "detail": str(detail or ""),
    }


def add_changes(entry: dict, notes: list) -> None:
    """Notes found later (missing files, dead links) turn "imported" into "with changes"."""
    detail = "; ".join([d for d in [entry.get("detail", ""), *notes] if d])
    entry["detail"] = detail
    if entry["status"] == IMPORTED:
        entry["status"] = CHANGED


def status_text(entry: dict) -> str:
    """What happened, in the active language: "imported with changes: …" and the like."""
    template = STATUS_TEXTS.get(entry.get("status"), "%(detail)s")
    if "%(detail)s" not in template:
        text = _(template)
        return f"{text} ({entry['detail']})" if entry.get("detail") else text
    return _(template) % {"detail": entry.get("detail", "")}


def line_text(entry: dict) -> str:
    """One report line as text: position, name, type, what happened."""
    position = entry.get("position") or "—"
    return f"{position}\t{entry.get('name', '')}\t{entry.get('type', '')}\t{status_text(entry)}"


def counts_text(counts: dict) -> list[str]:
    not_supported = counts.get("not_supported") or {}
    lines = [
        _("Sections: %(n)s") % {"n": counts.get("sections", 0)},
        _("Lessons: %(n)s") % {"n": counts.get("lessons", 0)},
        _("Files: %(n)s") % {"n": counts.get("files", 0)},
        _("Quizzes: %(n)s") % {"n": counts.get("quizzes", 0)},
        _("Questions: %(n)s") % {"n": counts.get("questions", 0)},
        _("Questions refused: %(n)s") % {"n": counts.get("questions_refused", 0)},
    ]
    if not_supported:
        listed = ", ".join(f"{kind} × {count}" for kind, count in sorted(not_supported.items()))
        lines.append(_("Not supported (kept as stub lessons): %(list)s") % {"list": listed})
    return lines
