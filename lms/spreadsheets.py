"""Spreadsheet files shared by the trainers' exports (participants, gradebook, reports)."""

import csv
import io
from collections.abc import Iterable
from typing import BinaryIO

from django.http import HttpResponse

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CONTENT_TYPES = {"csv": "text/csv; charset=utf-8", "xlsx": XLSX_CONTENT_TYPE}
FILE_FORMATS = tuple(CONTENT_TYPES)
# A cell starting with one of these is run as a formula by spreadsheet programs.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell_safe(value):
    """Text that came from users never starts a formula (CSV injection)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def spreadsheet_write(
    *, rows: Iterable, file_format: str, sheet_title: str, out: BinaryIO, delimiter: str = ","
) -> None:
    """Write `rows` to `out` as CSV (UTF-8 with a BOM, so Excel reads Cyrillic) or XLSX.

    Rows are consumed one by one, so a background export never holds the whole table. A CSV
    meant for Excel in Russian or Kyrgyz takes `delimiter=";"` (its list separator there).
    """
    safe_rows = ([cell_safe(value) for value in row] for row in rows)
    if file_format == "csv":
        text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="")
        csv.writer(text, delimiter=delimiter).writerows(safe_rows)
        text.flush()
        text.detach()  # leave `out` open for the caller
        return
    from openpyxl import Workbook  # only exports need it: keep it off start-up

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=sheet_title[:31])
    for row in safe_rows:
        sheet.append(row)
    workbook.save(out)


def spreadsheet_response(
    *, rows, name: str, file_format: str, sheet_title: str, delimiter: str = ","
) -> HttpResponse:
    """`rows` as a CSV or XLSX attachment."""
    buffer = io.BytesIO()
    spreadsheet_write(
        rows=rows, file_format=file_format, sheet_title=sheet_title, out=buffer, delimiter=delimiter
    )
    response = HttpResponse(buffer.getvalue(), content_type=CONTENT_TYPES[file_format])
    response["Content-Disposition"] = f'attachment; filename="{name}.{file_format}"'
    return response


# ---- reading what people upload ----------------------------------------------------------------

# What `spreadsheet_read` takes: CSV (and the tab-separated text Excel saves) or XLSX.
READABLE_EXTENSIONS = (".csv", ".txt", ".xlsx")
CSV_DELIMITERS = (";", "\t", ",")


class SpreadsheetUnreadable(ValueError):
    """The file is not a spreadsheet we can read (broken, or not the format its name says)."""


def spreadsheet_extension(name: str) -> str:
    """ "Staff.XLSX" → ".xlsx"; "" when the name has none."""
    name = (name or "").lower()
    return name[name.rfind(".") :] if "." in name else ""


def cell_text(value) -> str:
    """A cell as text: 85.0 from Excel is "85", a no-break space is a space, and the
    apostrophe our exports put before a formula character (`cell_safe`) is taken off."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).replace("\u00a0", " ").strip()
    if text.startswith("'") and text[1:2] and text[1] in FORMULA_STARTS:
        text = text[1:]
    return text


def text_decode(raw: bytes) -> str:
    """Text as offices save it: UTF-16 with its BOM ("Unicode text"), UTF-8 with or without a
    BOM, else Windows-1251 (Excel's "CSV" on a Russian or Kyrgyz Windows)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1251")


def csv_delimiter_guess(text: str) -> str:
    """The separator that splits the first lines into the same number of columns, the most
    columns winning: ";" (Excel in Russian), tab, or ","; a single column reads with ","."""
    sample = text[:16384].splitlines()[:30]
    best, best_score = ",", (1, 0)
    for delimiter in CSV_DELIMITERS:
        widths = [len(row) for row in csv.reader(sample, delimiter=delimiter) if any(row)]
        if not widths:
            continue
        first = widths[0]
        steady = sum(1 for width in widths if width == first)
        score = (first, steady) if first > 1 else (1, 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def spreadsheet_read(*, raw: bytes, name: str, max_rows: int) -> list[list[str]]:
    """The rows of the first sheet of an XLSX file, or of a CSV file in any of the encodings and
    separators `text_decode` and `csv_delimiter_guess` know, as stripped text; at most
    `max_rows` + 1 rows are read (the caller tells "too many" from the extra one)."""
    extension = spreadsheet_extension(name)
    if extension not in READABLE_EXTENSIONS:
        raise SpreadsheetUnreadable(extension)
    table: list[list[str]] = []
    try:
        if extension == ".xlsx":
            from openpyxl import load_workbook

            book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
            try:
                for row in book.worksheets[0].iter_rows(values_only=True):
                    table.append([cell_text(value) for value in row])
                    if len(table) > max_rows:
                        break
            finally:
                book.close()
        else:
            text = text_decode(raw)
            reader = csv.reader(io.StringIO(text), delimiter=csv_delimiter_guess(text))
            for row in reader:
                table.append([cell_text(value) for value in row])
                if len(table) > max_rows:
                    break
    except Exception as error:  # any parser error means the same to the person uploading
        raise SpreadsheetUnreadable(str(error)) from error
    return table
