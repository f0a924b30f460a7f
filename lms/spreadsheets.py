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


def spreadsheet_write(*, rows: Iterable, file_format: str, sheet_title: str, out: BinaryIO) -> None:
    """Write `rows` to `out` as CSV (UTF-8 with a BOM, so Excel reads Cyrillic) or XLSX.

    Rows are consumed one by one, so a background export never holds the whole table.
    """
    safe_rows = ([cell_safe(value) for value in row] for row in rows)
    if file_format == "csv":
        text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="")
        csv.writer(text).writerows(safe_rows)
        text.flush()
        text.detach()  # leave `out` open for the caller
        return
    from openpyxl import Workbook  # only exports need it: keep it off start-up

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=sheet_title[:31])
    for row in safe_rows:
        sheet.append(row)
    workbook.save(out)


def spreadsheet_response(*, rows, name: str, file_format: str, sheet_title: str) -> HttpResponse:
    """`rows` as a CSV or XLSX attachment."""
    buffer = io.BytesIO()
    spreadsheet_write(rows=rows, file_format=file_format, sheet_title=sheet_title, out=buffer)
    response = HttpResponse(buffer.getvalue(), content_type=CONTENT_TYPES[file_format])
    response["Content-Disposition"] = f'attachment; filename="{name}.{file_format}"'
    return response
