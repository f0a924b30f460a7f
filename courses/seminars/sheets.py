"""The printed sign-in sheet (PDF), its spreadsheet twin, and reading a filled list back.

The PDF uses the certificates' Noto Sans (courses.certificates.rendering.FONT_PATH), so Kyrgyz
letters print. The spreadsheet's headings and the words for marks are a fixed vocabulary of the
file format in the three languages (not interface text): a heading written into an export is
one the reader recognises, whatever the interface's translations say.
"""

import re
from dataclasses import asdict, dataclass, field

from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop

from courses.certificates.rendering import FONT_PATH
from courses.enrolment.bulk_rows import BulkRow, RowReader, heading_column, text_key
from courses.seminars.attendance import marks_save, sheet_rows
from courses.seminars.models import AttendanceMark, RegistrationSource, SeminarSession
from courses.seminars.selectors import seminar_text
from courses.seminars.walk_ins import walk_in_add
from lms.accounts.models import Gender, Position
from lms.spreadsheets import SpreadsheetUnreadable, spreadsheet_extension, spreadsheet_read

MAX_ROWS = 1000
MAX_BYTES = 2 * 2**20
HEADER_SEARCH_ROWS = 10
EMPTY_ROWS = 10  # blank lines on the printed sheet for walk-ins
SIGNING_SALT = "seminars.sheet_upload"
PREVIEW_MAX_AGE = 24 * 3600

WRONG_TYPE = gettext_lazy("Upload a .csv or .xlsx file.")
TOO_BIG = gettext_lazy("The file is larger than 2 MB.")
UNREADABLE = gettext_lazy("The file could not be read. Save it again as CSV (UTF-8) or XLSX.")
TOO_MANY_ROWS = gettext_lazy("The file has more than 1000 rows.")
NO_HEADINGS = gettext_lazy(
    "No heading row was found: the list needs at least a name or e-mail column and an "
    "“attended” column."
)
PREVIEW_STALE = gettext_lazy("This preview has expired or is not for this session: upload again.")

# Reasons a row is refused, and notes on rows kept (translated when shown).
NO_NAME = gettext_noop("No name and no e-mail.")
BAD_EMAIL = gettext_noop("“%(text)s” is not an e-mail address.")
BAD_MARK = gettext_noop("“%(text)s” is not a mark: write yes, no, late or excused.")
AMBIGUOUS = gettext_noop("Several people on the list are called “%(text)s”: add their e-mail.")
NO_MARK = gettext_noop("No mark: left as it was.")
WALK_IN_NEEDS_NAME = gettext_noop(
    "Nobody registered has this e-mail, and a new person needs a name."
)

# fmt: off
ATTENDED_HEADINGS = (
    "attended", "attendance", "present", "mark", "was present",
    "присутствовал", "присутствовала", "присутствие", "отметка", "явка", "был", "посещение",
    "катышты", "катышуу", "катышкан", "белги", "келди",
)
MARK_WORDS = {
    AttendanceMark.PRESENT: (
        "yes", "y", "+", "1", "present", "attended", "v", "x", "✓", "✔", "true",
        "да", "д", "присутствовал", "присутствовала", "был", "была", "присутствует", "есть",
        "ооба", "бар", "келди", "катышты", "катышкан",
    ),
    AttendanceMark.LATE: (
        "late", "l", "опоздал", "опоздала", "опоздание", "с опозданием", "кечикти", "кечигип келди",
        "кечигүү", "кеч",
    ),
    AttendanceMark.EXCUSED: (
        "excused", "e", "уважительная", "по уважительной причине", "уваж", "уважительно",
        "отпросился", "отпросилась", "себептүү", "себеби бар",
    ),
    AttendanceMark.ABSENT: (
        "no", "n", "-", "0", "absent", "false", "нет", "н", "отсутствовал", "отсутствовала",
        "не был", "не была", "жок", "келген жок", "катышкан жок",
    ),
}
# The export's headings in each language: name, e-mail, municipality, position, gender, mark.
EXPORT_HEADINGS = {
    "ky": ("№", "Аты-жөнү", "Электрондук почта", "Айыл өкмөтү", "Кызматы", "Жынысы", "Катышты"),
    "ru": ("№", "ФИО", "Эл. почта", "Муниципалитет", "Должность", "Пол", "Присутствовал"),
    "en": ("No.", "Full name", "E-mail", "Municipality", "Position", "Gender", "Attended"),
}
EXPORT_MARKS = {
    "ky": {"present": "ооба", "late": "кечикти", "excused": "себептүү", "absent": "жок"},
    "ru": {"present": "да", "late": "опоздал", "excused": "уважительная", "absent": "нет"},
    "en": {"present": "yes", "late": "late", "excused": "excused", "absent": "no"},
}
# fmt: on
MARK_KEYS = {text_key(word) or word: mark for mark, words in MARK_WORDS.items() for word in words}
for _language, _marks in EXPORT_MARKS.items():
    MARK_KEYS.update({text_key(word): mark for mark, word in _marks.items()})
ATTENDED_KEYS = {text_key(heading).replace(" ", "") for heading in ATTENDED_HEADINGS}
ATTENDED_KEYS.update(
    text_key(headings[-1]).replace(" ", "") for headings in EXPORT_HEADINGS.values()
)


def mark_read(text: str) -> str | None:
    """The mark a cell means ("" for an empty cell), or None when not understood."""
    text = (text or "").strip()
    if not text:
        return ""
    key = text_key(text)
    if key in MARK_KEYS:
        return MARK_KEYS[key]
    return MARK_KEYS.get(text.lower())  # "+", "-", "✓": no letters for text_key to keep


def sheet_heading_column(text: str) -> str | None:
    """The column a heading names: the people columns of bulk enrolment, or "attended"."""
    key = text_key(re.sub(r"\(.*?\)", " ", text or "")).replace(" ", "")
    if key in ATTENDED_KEYS:
        return "attended"
    if key in {"no", "№", "n"}:
        return None
    return heading_column(text)


# ---- the printed sheet -----------------------------------------------------------------------


def _fit(pdf, text: str, width: float) -> str:
    """Cut `text` (with an ellipsis) to fit a cell `width` mm wide."""
    text = text or ""
    if pdf.get_string_width(text) <= width - 2:
        return text
    while text and pdf.get_string_width(text + "…") > width - 2:
        text = text[:-1]
    return text + "…"


def session_when(session: SeminarSession) -> str:
    start = timezone.localtime(session.starts_at)
    end = timezone.localtime(session.ends_at)
    day = formats.date_format(start, "DATE_FORMAT")
    hours = [formats.time_format(moment, "TIME_FORMAT") for moment in (start, end)]
    return f"{day}, {hours[0]}–{hours[1]}"


def session_place(session: SeminarSession) -> str:
    place = session.municipality or session.district
    return ", ".join(
        part for part in (session.venue, session.address, place.name if place else "") if part
    )


def sheet_pdf(session: SeminarSession) -> bytes:
    """The sign-in sheet of a session in the active language: A4 portrait, the seminar, date,
    time and venue, then a numbered table with a signature column and blank rows for walk-ins."""
    from fpdf import FPDF

    rows = sheet_rows(session)
    seminar = session.seminar
    title = seminar_text(seminar, "title")
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_title(_("Sign-in sheet"))
    pdf.add_font("noto", "", FONT_PATH)
    pdf.set_margins(12, 12, 12)
    pdf.set_auto_page_break(True, margin=14)
    columns = (
        ("№", 10),
        (_("Full name"), 58),
        (_("Municipality"), 42),
        (_("Position"), 40),
        (_("Signature"), 36),
    )

    def heading():
        pdf.set_font("noto", size=9)
        pdf.set_fill_color(230, 236, 242)
        for label, width in columns:
            pdf.cell(width, 8, _fit(pdf, label, width), border=1, fill=True)
        pdf.ln(8)

    pdf.add_page()
    pdf.set_font("noto", size=15)
    pdf.multi_cell(0, 7, _("Sign-in sheet"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("noto", size=12)
    pdf.multi_cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("noto", size=10)
    pdf.multi_cell(0, 5, session_when(session), new_x="LMARGIN", new_y="NEXT")
    place = session_place(session)
    if place:
        pdf.multi_cell(0, 5, place, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    heading()
    positions = dict(Position.choices)
    people = [
        (
            row.name,
            row.municipality.name if row.municipality else "",
            str(positions.get(row.position, "")),
        )
        for row in rows
    ]
    people += [("", "", "")] * EMPTY_ROWS
    for number, (name, municipality, position) in enumerate(people, start=1):
        if pdf.will_page_break(10):
            pdf.add_page()
            heading()
        pdf.set_font("noto", size=9)
        values = (str(number), name, municipality, position, "")
        for (_label, width), value in zip(columns, values, strict=True):
            pdf.cell(width, 10, _fit(pdf, value, width), border=1)
        pdf.ln(10)
    pdf.ln(4)
    pdf.set_font("noto", size=9)
    pdf.multi_cell(0, 5, _("Trainer: ____________________  Signature: ____________"))
    return bytes(pdf.output())


# ---- the spreadsheet export ------------------------------------------------------------------


def sheet_export_rows(session: SeminarSession, *, language: str) -> list[list[str]]:
    """The sheet as rows to type marks into: headings of `language`, one row per person."""
    headings = EXPORT_HEADINGS.get(language, EXPORT_HEADINGS["en"])
    marks = EXPORT_MARKS.get(language, EXPORT_MARKS["en"])
    table = [list(headings)]
    with translation.override(language):
        positions = {value: str(label) for value, label in Position.choices}
        genders = {value: str(label) for value, label in Gender.choices}
        for number, row in enumerate(sheet_rows(session), start=1):
            registration = row.registration
            user = registration.user
            table.append(
                [
                    str(number),
                    row.name,
                    user.email if user else registration.email,
                    row.municipality.name if row.municipality else "",
                    positions.get(row.position, ""),
                    genders.get(user.gender if user else registration.gender, ""),
                    marks.get(row.mark, ""),
                ]
            )
    return table


# ---- reading a filled list back --------------------------------------------------------------


@dataclass
class SheetLine:
    """One row of an uploaded list and what confirming it will do."""

    line: int
    name: str
    email: str = ""
    mark: str = ""
    registration_id: int | None = None  # None with no error: a new walk-in
    municipality_id: int | None = None
    position: str = ""
    gender: str = ""
    error: str = ""  # msgid (translated when shown); the row is refused
    error_text: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def refused(self) -> bool:
        return bool(self.error)

    @property
    def new_walk_in(self) -> bool:
        return not self.error and self.registration_id is None


def _columns_find(table: list[list[str]]) -> tuple[int, list[str | None]]:
    for index, row in enumerate(table[:HEADER_SEARCH_ROWS]):
        columns: list[str | None] = []
        for cell in row:
            column = sheet_heading_column(cell)
            columns.append(column if column not in columns else None)
        if "attended" in columns and ({"full_name", "last_name", "email"} & set(columns)):
            return index, columns
    raise ValidationError(NO_HEADINGS, code="headings")


def sheet_table_read(*, raw: bytes, name: str) -> list[tuple[int, dict]]:
    """(line number, column → text) of each non-blank row under the headings."""
    if spreadsheet_extension(name) not in (".csv", ".xlsx", ".txt"):
        raise ValidationError(WRONG_TYPE, code="type")
    if len(raw) > MAX_BYTES:
        raise ValidationError(TOO_BIG, code="size")
    if spreadsheet_extension(name) == ".xlsx" and not raw.startswith(b"PK\x03\x04"):
        raise ValidationError(UNREADABLE, code="unreadable")
    try:
        table = spreadsheet_read(raw=raw, name=name, max_rows=MAX_ROWS + HEADER_SEARCH_ROWS)
    except SpreadsheetUnreadable as error:
        raise ValidationError(UNREADABLE, code="unreadable") from error
    heading, columns = _columns_find(table)
    rows = []
    for number, cells in enumerate(table[heading + 1 :], start=heading + 2):
        if not any(cells):
            continue
        values = {c: v for c, v in zip(columns, cells, strict=False) if c}
        if not any(values.values()):
            continue
        rows.append((number, values))
    if len(rows) > MAX_ROWS:
        raise ValidationError(TOO_MANY_ROWS, code="rows")
    return rows


def _name_key(text: str) -> str:
    return text_key(text)


def sheet_preview(session: SeminarSession, *, raw: bytes, name: str) -> list[SheetLine]:
    """What each row of the file will do; nothing is changed. Rows matched by e-mail, else by
    name, to the people of the session's sheet; unmatched rows with a name become walk-ins."""
    table = sheet_table_read(raw=raw, name=name)
    people = sheet_rows(session)
    by_email: dict[str, int] = {}
    by_name: dict[str, list[int]] = {}
    for row in people:
        registration = row.registration
        for email in {registration.email, registration.user.email if registration.user else ""}:
            if email:
                by_email[email.lower()] = registration.pk
        by_name.setdefault(_name_key(row.name), []).append(registration.pk)
        if registration.user is not None and registration.full_name:
            by_name.setdefault(_name_key(registration.full_name), []).append(registration.pk)
    reader = RowReader()
    lines = []
    for number, values in table:
        full_name = " ".join(values.get("full_name", "").split()) or " ".join(
            " ".join(values.get(p, "") for p in ("last_name", "first_name", "patronymic")).split()
        )
        email = values.get("email", "").strip().strip("<>").lower()
        if email.startswith("mailto:"):
            email = email[7:]
        line = SheetLine(line=number, name=full_name, email=email)
        lines.append(line)
        mark = mark_read(values.get("attended", ""))
        if not full_name and not email:
            line.error, line.error_text = NO_NAME, ""
            continue
        if email:
            try:
                validate_email(email)
            except ValidationError:
                line.error, line.error_text = BAD_EMAIL, values.get("email", "")
                continue
        if mark is None:
            line.error, line.error_text = BAD_MARK, values.get("attended", "")
            continue
        line.mark = mark
        if not mark:
            line.notes.append(NO_MARK)
        if email and email in by_email:
            line.registration_id = by_email[email]
            continue
        matches = sorted(set(by_name.get(_name_key(full_name), []))) if full_name else []
        if len(matches) > 1:
            line.error, line.error_text = AMBIGUOUS, full_name
            continue
        if matches:
            line.registration_id = matches[0]
            continue
        if not full_name:
            line.error = WALK_IN_NEEDS_NAME
            continue
        reading = reader.read(
            BulkRow(
                line=number,
                full_name=full_name,
                position=values.get("position", ""),
                municipality=values.get("municipality", ""),
                district=values.get("district", ""),
                oblast=values.get("oblast", ""),
                gender=values.get("gender", ""),
            )
        )
        line.municipality_id = reading.municipality.pk if reading.municipality else None
        line.position = reading.position
        line.gender = reading.gender
        line.notes.extend(reading.notes)
    return lines


def preview_token(session: SeminarSession, lines: list[SheetLine]) -> str:
    """The kept rows, signed, for the confirm button (nothing stored between the two steps)."""
    kept = [asdict(line) for line in lines if not line.refused]
    return signing.dumps({"session": session.pk, "lines": kept}, salt=SIGNING_SALT, compress=True)


def preview_lines(session: SeminarSession, token: str) -> list[SheetLine]:
    try:
        data = signing.loads(token, salt=SIGNING_SALT, max_age=PREVIEW_MAX_AGE)
    except signing.BadSignature as error:
        raise ValidationError(PREVIEW_STALE, code="stale") from error
    if data.get("session") != session.pk:
        raise ValidationError(PREVIEW_STALE, code="stale")
    return [SheetLine(**line) for line in data["lines"]]


@dataclass
class SheetApplied:
    marked: int = 0
    walk_ins: int = 0


def sheet_apply(session: SeminarSession, lines: list[SheetLine], *, by) -> SheetApplied:
    """Confirm a preview: new walk-ins are added (found again on a second confirm) and the marks
    set; confirming twice changes nothing the second time."""
    from django.db import transaction

    from lms.places.models import Municipality

    result = SheetApplied()
    marks: dict[int, str] = {}
    with transaction.atomic():
        places = Municipality.objects.in_bulk(
            [line.municipality_id for line in lines if line.municipality_id]
        )
        for line in lines:
            registration_id = line.registration_id
            if registration_id is None:
                registration, created = walk_in_add(
                    seminar=session.seminar,
                    full_name=line.name,
                    email=line.email,
                    municipality=places.get(line.municipality_id),
                    position=line.position,
                    gender=line.gender,
                    by=by,
                    source=RegistrationSource.SHEET,
                )
                result.walk_ins += int(created)
                registration_id = registration.pk
            if line.mark:
                marks[registration_id] = line.mark
        result.marked = len(marks_save(session=session, marks=marks, by=by))
    return result
