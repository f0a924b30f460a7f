"""Report export files: the table with the rows that say what it covers (export_names).

XLSX: a first sheet "About this file" with the report, period and filters, then the table on a
sheet of its own, untouched (a program reading the data sheet sees only the table).
CSV: the same three rows, a blank row, then the table: its header is always on row 5. A CSV
file has no second sheet, and a file that no longer says which filters made it is how wrong
figures get published; a program can skip the first four rows.
"""

import csv
import io
from collections.abc import Iterable
from typing import BinaryIO

from django.http import HttpResponse
from django.utils.http import content_disposition_header

from courses.reports.selectors.export_names import ABOUT_SHEET_TITLE
from lms.spreadsheets import CONTENT_TYPES, cell_safe

SHEET_TITLE_MAX = 31  # Excel's limit


def _safe(rows: Iterable) -> Iterable:
    return ([cell_safe(value) for value in row] for row in rows)


def report_file_write(
    *, preface: list, rows: Iterable, file_format: str, sheet_title: str, out: BinaryIO
) -> None:
    """Write the preface and `rows` (consumed one by one) to `out` as CSV or XLSX."""
    if file_format == "csv":
        text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="")
        writer = csv.writer(text)
        writer.writerows(_safe(preface))
        writer.writerow([])
        writer.writerows(_safe(rows))
        text.flush()
        text.detach()  # leave `out` open for the caller
        return
    from openpyxl import Workbook  # only exports need it: keep it off start-up

    workbook = Workbook(write_only=True)
    about = workbook.create_sheet(title=str(ABOUT_SHEET_TITLE)[:SHEET_TITLE_MAX])
    about.column_dimensions["A"].width = 14
    about.column_dimensions["B"].width = 80
    for row in _safe(preface):
        about.append(row)
    sheet = workbook.create_sheet(title=sheet_title[:SHEET_TITLE_MAX])
    for row in _safe(rows):
        sheet.append(row)
    workbook.save(out)


def report_file_response(
    *, preface: list, rows: Iterable, name: str, file_format: str, sheet_title: str
) -> HttpResponse:
    """The file as an attachment named `name`.<format> (an ASCII name, export_names)."""
    buffer = io.BytesIO()
    report_file_write(
        preface=preface, rows=rows, file_format=file_format, sheet_title=sheet_title, out=buffer
    )
    response = HttpResponse(buffer.getvalue(), content_type=CONTENT_TYPES[file_format])
    response["Content-Disposition"] = content_disposition_header(True, f"{name}.{file_format}")
    return response
