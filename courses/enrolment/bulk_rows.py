"""Reading the staff lists offices have: headings in Kyrgyz, Russian or English in any order,
names in one column or several, posts and places as people write them.

The headings, posts and places are a fixed vocabulary of the file format (what people type in
their spreadsheets), not interface text: a heading this module writes into a template is also
one it recognises, whatever the interface's translations say.
"""

import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from lms.accounts.models import Gender, Position
from lms.places.models import Municipality
from lms.spreadsheets import SpreadsheetUnreadable, spreadsheet_extension, spreadsheet_read
from lms.text_folding import letters_fold

MAX_ROWS = 5000
# A title or a note above the headings ("Список сотрудников ..."): look this far for them.
HEADER_SEARCH_ROWS = 10

WRONG_TYPE = _("Upload a .csv or .xlsx file.")
UNREADABLE = _("The file could not be read. Save it again as CSV (UTF-8) or XLSX.")
TOO_MANY_ROWS = _("The file has more than 5000 rows. Split it into smaller files.")
POSITION_KEPT = _("Position “%(text)s” is not in the list: kept as “Other”.")
PLACE_UNKNOWN = _("Municipality “%(text)s” is not in the list of places: left empty.")
PLACE_AMBIGUOUS = _(
    "Several municipalities are called “%(text)s”: left empty (add a district column)."
)

# fmt: off
# Column → the headings that mean it, in the three languages, as offices write them. The first
# heading of each language is the template's (`TEMPLATE_COLUMNS`).
HEADINGS = {
    "email": (
        "e-mail", "email", "e-mail address", "email address", "mail",
        "эл. почта", "электронная почта", "адрес электронной почты", "адрес эл. почты",
        "почта", "e-mail адрес",
        "электрондук почта", "электрондук дарек", "эл. дарек", "электрондук почтасы",
    ),
    "full_name": (
        "full name", "name", "full_name", "learner", "participant",
        "фио", "ф.и.о.", "фамилия имя отчество", "фамилия, имя, отчество", "фамилия и имя",
        "полное имя",
        "аты-жөнү", "толук аты-жөнү", "фамилиясы, аты, атасынын аты", "фамилиясы жана аты",
    ),
    "last_name": ("surname", "last name", "family name", "фамилия", "фамилиясы"),
    "first_name": ("first name", "given name", "имя", "аты", "ысымы"),
    "patronymic": ("patronymic", "middle name", "отчество", "атасынын аты"),
    "position": (
        "position", "post", "job title", "job", "role",
        "должность", "занимаемая должность",
        "кызматы", "кызмат орду", "ээлеген кызматы",
    ),
    "municipality": (
        "municipality", "ayil aimak", "ayil okmotu",
        "муниципалитет", "айыльный аймак", "аильный округ", "айыл окмоту", "органы мсу",
        "орган мсу", "омсу",
        "айыл өкмөтү", "айыл аймагы", "муниципалитети",
    ),
    "district": ("district", "rayon", "район", "району", "район (город)"),
    "oblast": ("oblast", "region", "область", "облусу", "облус"),
    "phone": (
        "phone", "telephone", "mobile", "phone number",
        "телефон", "тел.", "мобильный телефон", "номер телефона",
        "телефону", "телефон номери",
    ),
    "gender": ("gender", "sex", "пол", "жынысы"),
}
# Without a heading row, the columns are taken in this order (the format before headings).
POSITIONAL = ("email", "full_name", "municipality", "position")
# The template of each language: its columns and headings, and one example row.
TEMPLATE_COLUMNS = (
    "email",
    "last_name",
    "first_name",
    "patronymic",
    "position",
    "municipality",
    "district",
    "gender",
    "phone",
)
TEMPLATE_HEADINGS = {
    "ky": (
        "Электрондук почта", "Фамилиясы", "Аты", "Атасынын аты", "Кызматы", "Айыл өкмөтү",
        "Району", "Жынысы", "Телефон",
    ),
    "ru": (
        "Эл. почта", "Фамилия", "Имя", "Отчество", "Должность", "Муниципалитет", "Район",
        "Пол", "Телефон",
    ),
    "en": (
        "E-mail", "Surname", "First name", "Patronymic", "Position", "Municipality", "District",
        "Gender", "Phone",
    ),
}
TEMPLATE_PEOPLE = {
    "ky": ("Асанова", "Айгүл", "Бакыт кызы"),
    "ru": ("Асанова", "Айгуль", "Бакытовна"),
    "en": ("Asanova", "Aigul", "Bakytovna"),
}

# Posts as people write them, beyond the list's own names in the three languages.
POSITION_WORDS = {
    Position.AO_HEAD: (
        "глава ао", "глава айыл окмоту", "глава аильного округа", "глава айыл өкмөтү",
        "ао башчысы", "айыл өкмөтүнүн башчысы", "айыл окмотунун башчысы", "head of ao",
    ),
    Position.AO_DEPUTY: (
        "заместитель главы", "зам. главы", "зам главы ао", "заместитель главы ао",
        "башчынын орун басары", "айыл өкмөтү башчысынын орун басары", "deputy head",
    ),
    Position.KENESH_CHAIR: (
        "председатель айылного кенеша", "председатель кенеша", "торага",
        "айылдык кеңештин төрагасы", "кеңештин төрагасы",
    ),
    Position.KENESH_MEMBER: (
        "депутат", "депутат айылного кенеша", "депутат кенеша", "айылдык кеңештин депутаты",
        "кеңештин депутаты",
    ),
    Position.SPECIALIST_FINANCE: (
        "бухгалтер", "главный бухгалтер", "башкы бухгалтер", "финансист",
        "специалист по финансам", "финансы боюнча адис", "accountant",
    ),
    Position.SPECIALIST_LAND: (
        "землеустроитель", "специалист по земельным вопросам", "жер адиси",
        "жер маселелери боюнча адис", "жерге жайгаштыруучу",
    ),
    Position.SPECIALIST_SOCIAL: (
        "социальный работник", "соцработник", "специалист по социальным вопросам",
        "социалдык кызматкер", "социалдык маселелер боюнча адис",
    ),
    Position.SPECIALIST_ECONOMIC: (
        "экономист", "специалист по экономике", "специалист по экономическому развитию",
        "экономика боюнча адис", "экономист адис",
    ),
    Position.SPECIALIST_OTHER: (
        "специалист", "ведущий специалист", "главный специалист", "адис", "башкы адис",
        "жетектөөчү адис", "specialist",
    ),
    Position.MAYOR_OFFICE: ("сотрудник мэрии", "мэриянын кызматкери", "мэрия"),
}
# fmt: on
GENDER_WORDS = {
    Gender.FEMALE: ("f", "ж", "жен", "женский", "женщина", "аял", "кыз", "woman"),
    Gender.MALE: ("m", "м", "муж", "мужской", "мужчина", "эркек", "man"),
}
# Words around a place's own name: "Теплоключенка айыл аймагы", "город Бишкек", "Аксы району".
PLACE_WORDS_TEXT = (
    "айыл аймагы аймак айыльный айылный аильный округ өкмөтү окмоту ао а о ayil aimak "
    "okmotu city town шаары шаар город г village село с айылы району район district rayon "
    "облусу область обл oblast region"
)
PLACE_WORDS = frozenset(letters_fold(word) for word in PLACE_WORDS_TEXT.split())


def text_key(text: str) -> str:
    """Lower case, ү ө ң ё folded, punctuation gone, spaces single: how two spellings meet."""
    folded = letters_fold(str(text).lower())
    return " ".join(re.sub(r"[^\w]+", " ", folded).replace("_", " ").split())


def heading_key(text: str) -> str:
    """A heading without its remark in brackets, spaces or punctuation: "E-mail *" is "email"."""
    return text_key(re.sub(r"\(.*?\)", " ", text)).replace(" ", "")


HEADING_COLUMNS = {
    heading_key(heading): column for column, headings in HEADINGS.items() for heading in headings
}
HEADING_COLUMNS.update(
    {
        heading_key(heading): column
        for headings in TEMPLATE_HEADINGS.values()
        for column, heading in zip(TEMPLATE_COLUMNS, headings, strict=True)
    }
)
# Longest first: "фамилияимяотчество" before "фамилия" when a heading only starts with one.
HEADING_PREFIXES = sorted((key for key in HEADING_COLUMNS if len(key) >= 4), key=len, reverse=True)


def heading_column(text: str) -> str | None:
    """The column a heading names, or None for one we do not use ("№", "Примечание")."""
    key = heading_key(text)
    if not key:
        return None
    if key in HEADING_COLUMNS:
        return HEADING_COLUMNS[key]
    return next((HEADING_COLUMNS[p] for p in HEADING_PREFIXES if key.startswith(p)), None)


@dataclass
class BulkRow:
    """One person as a line of the file says."""

    line: int
    email: str = ""
    full_name: str = ""
    position: str = ""
    municipality: str = ""
    district: str = ""
    oblast: str = ""
    gender: str = ""
    phone: str = ""


def _email_clean(text: str) -> str:
    text = text.strip().strip("<>").strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    return text.strip().rstrip(".,;").lower()


def _row_build(line: int, values: dict) -> BulkRow:
    name = " ".join(values.get("full_name", "").split())
    if not name:
        parts = (values.get(part, "") for part in ("last_name", "first_name", "patronymic"))
        name = " ".join(" ".join(parts).split())
    return BulkRow(
        line=line,
        email=_email_clean(values.get("email", "")),
        full_name=name,
        **{
            column: " ".join(values.get(column, "").split())
            for column in ("position", "municipality", "district", "oblast", "gender", "phone")
        },
    )


def _columns_find(table: list[list[str]]) -> tuple[int, list[str | None]]:
    """(index of the heading row, column per cell), or (-1, the old fixed order)."""
    for index, row in enumerate(table[:HEADER_SEARCH_ROWS]):
        columns: list[str | None] = []
        for cell in row:
            column = heading_column(cell)
            columns.append(column if column not in columns else None)  # the first one counts
        if "email" in columns:
            return index, columns
    return -1, list(POSITIONAL)


def bulk_rows_read(*, raw: bytes, name: str) -> list[BulkRow]:
    """The people of an uploaded list, each with the line it is on (blank lines skipped)."""
    if spreadsheet_extension(name) not in (".csv", ".xlsx", ".txt"):
        raise ValidationError(WRONG_TYPE, code="type")
    try:
        table = spreadsheet_read(raw=raw, name=name, max_rows=MAX_ROWS + HEADER_SEARCH_ROWS)
    except SpreadsheetUnreadable as error:
        raise ValidationError(UNREADABLE, code="unreadable") from error
    heading, columns = _columns_find(table)
    rows = []
    for number, cells in enumerate(table[heading + 1 :], start=heading + 2):
        if not any(cells):
            continue
        values = {column: value for column, value in zip(columns, cells, strict=False) if column}
        rows.append(_row_build(number, values))
        if len(rows) > MAX_ROWS:
            raise ValidationError(TOO_MANY_ROWS, code="rows")
    return rows


# ---- what the words mean -----------------------------------------------------------------------


def _choice_keys(choices, words: dict) -> dict[str, str]:
    """Key of every name of every choice (its code, its label in each language, the words
    people use) → the choice."""
    keys = {}
    for value, extra in words.items():
        for word in extra:
            keys[text_key(word)] = value
    for language in ("en", "ru", "ky"):
        with translation.override(language):
            for value, label in choices:
                keys[text_key(str(label))] = value
    for value, _label in choices:
        keys[text_key(value)] = value
    return keys


@dataclass
class Reading:
    """A row's values as the site stores them, and what was not understood."""

    position: str = Position.OTHER
    gender: str = Gender.NOT_STATED
    municipality: Municipality | None = None
    notes: list[str] = field(default_factory=list)


class RowReader:
    """Reads posts, genders and places for many rows with one query (the places)."""

    def __init__(self):
        self.positions = _choice_keys(Position.choices, POSITION_WORDS)
        self.genders = _choice_keys(Gender.choices, GENDER_WORDS)
        self.places: dict[str, list[Municipality]] = {}
        for place in Municipality.objects.select_related("district__oblast"):
            for name in {place.name_ky, place.name_ru, place.name_en, place.code}:
                for key in {text_key(name), self.place_key(name)}:
                    self.places.setdefault(key, []).append(place)

    @staticmethod
    def place_key(text: str) -> str:
        words = text_key(text).split()
        kept = [word for word in words if word not in PLACE_WORDS]
        return " ".join(kept or words)

    def position(self, text: str) -> str | None:
        return self.positions.get(text_key(text)) if text.strip() else Position.OTHER

    def municipality(self, row: BulkRow) -> tuple[Municipality | None, str | None]:
        if not row.municipality:
            return None, None
        found = self.places.get(text_key(row.municipality)) or self.places.get(
            self.place_key(row.municipality), []
        )
        found = list({place.pk: place for place in found}.values())
        if len(found) > 1 and (row.district or row.oblast):
            wanted = {self.place_key(text) for text in (row.district, row.oblast) if text}
            found = [
                place
                for place in found
                if wanted
                & {
                    self.place_key(name)
                    for named in (place.district, place.district.oblast)
                    for name in (named.name_ky, named.name_ru, named.name_en)
                }
            ]
        if len(found) == 1:
            return found[0], None
        note = PLACE_AMBIGUOUS if found else PLACE_UNKNOWN
        return None, str(note % {"text": row.municipality})

    def read(self, row: BulkRow) -> Reading:
        reading = Reading()
        position = self.position(row.position)
        if position is None:
            reading.notes.append(str(POSITION_KEPT % {"text": row.position}))
        else:
            reading.position = position
        if row.gender:
            reading.gender = self.genders.get(text_key(row.gender), Gender.NOT_STATED)
        reading.municipality, note = self.municipality(row)
        if note:
            reading.notes.append(note)
        return reading


# ---- the template ------------------------------------------------------------------------------

TEMPLATE_SHEET_TITLES = {"ky": "Үлгү", "ru": "Шаблон", "en": "Template"}
TEMPLATE_EMAIL = "aigul.asanova@example.kg"
TEMPLATE_PHONE = "0555 123 456"


def bulk_template_rows(*, language: str) -> list[list[str]]:
    """The headings of `language` and one example person, with a post and a place named as
    the site names them in that language."""
    place = Municipality.objects.select_related("district").order_by("code").first()
    with translation.override(language):
        example = {
            "email": TEMPLATE_EMAIL,
            "position": str(Position.SPECIALIST_FINANCE.label),
            "municipality": place.name if place else "",
            "district": place.district.name if place else "",
            "gender": str(Gender.FEMALE.label),
            "phone": TEMPLATE_PHONE,
        }
    names = zip(("last_name", "first_name", "patronymic"), TEMPLATE_PEOPLE[language], strict=True)
    example.update(names)
    return [list(TEMPLATE_HEADINGS[language]), [example[column] for column in TEMPLATE_COLUMNS]]
