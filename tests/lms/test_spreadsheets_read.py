"""Reading the spreadsheets people upload: encodings, separators and XLSX as offices save them."""

import io

import pytest
from openpyxl import Workbook

from lms.spreadsheets import (
    SpreadsheetUnreadable,
    cell_text,
    csv_delimiter_guess,
    spreadsheet_read,
    spreadsheet_write,
    text_decode,
)

TEXT = "ФИО;Кызматы\nТоктогулова Айгүл;Адис\n"


@pytest.mark.parametrize(
    "raw",
    [
        TEXT.encode("utf-8"),
        TEXT.encode("utf-8-sig"),
        TEXT.encode("utf-16"),  # Excel's "Unicode text"
    ],
)
def test_text_in_utf8_with_or_without_bom_and_utf16(raw):
    assert text_decode(raw) == TEXT


def test_windows_1251():
    text = "ФИО;Должность\nИванова Мария;Бухгалтер\n"
    assert text_decode(text.encode("cp1251")) == text


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("email;name\na@x.kg;Иванов, Иван\n", ";"),
        ("email,name\na@x.kg,Иван\n", ","),
        ("email\tname\na@x.kg\tИван\n", "\t"),
        ('email,name\na@x.kg,"Асанов; Бакыт"\n', ","),
        ("a@x.kg\nb@x.kg\n", ","),  # one column
    ],
)
def test_the_separator_is_guessed(text, delimiter):
    assert csv_delimiter_guess(text) == delimiter


def test_cells_as_text():
    assert cell_text(None) == ""
    assert cell_text(85.0) == "85"
    assert cell_text(" a\u00a0b ") == "a b"
    assert cell_text("'=1+1") == "=1+1"  # our export's guard taken off again


def test_xlsx_first_sheet_as_text():
    book = Workbook()
    book.active.append(["email", "Телефон"])
    book.active.append(["a@x.kg", 555123456])
    buffer = io.BytesIO()
    book.save(buffer)
    rows = spreadsheet_read(raw=buffer.getvalue(), name="List.XLSX", max_rows=10)
    assert rows == [["email", "Телефон"], ["a@x.kg", "555123456"]]


def test_reading_stops_one_row_past_the_limit():
    raw = "".join(f"{n}@x.kg\n" for n in range(50)).encode()
    assert len(spreadsheet_read(raw=raw, name="l.csv", max_rows=10)) == 11


@pytest.mark.parametrize(("name", "raw"), [("l.xlsx", b"not a zip"), ("l.pdf", b"%PDF-1.4")])
def test_unreadable_files(name, raw):
    with pytest.raises(SpreadsheetUnreadable):
        spreadsheet_read(raw=raw, name=name, max_rows=10)


def test_a_csv_for_excel_in_russian_uses_semicolons():
    out = io.BytesIO()
    spreadsheet_write(
        rows=[["ФИО", "Должность"]], file_format="csv", sheet_title="x", out=out, delimiter=";"
    )
    assert out.getvalue() == "ФИО;Должность\r\n".encode("utf-8-sig")
