"""Spreadsheet downloads shared by the trainers' exports (participants, gradebook)."""

import csv
import io

from django.http import HttpResponse

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# A cell starting with one of these is run as a formula by spreadsheet programs.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell_safe(value):
    """Text that came from users never starts a formula (CSV injection)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def spreadsheet_response(*, rows, name: str, file_format: str, sheet_title: str) -> HttpResponse:
    """`rows` as a CSV (UTF-8 with a BOM, so Excel reads Cyrillic) or XLSX attachment."""
    rows = [[cell_safe(value) for value in row] for row in rows]
    if file_format == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response.write("\ufeff")
        csv.writer(response).writerows(rows)
    else:
        from openpyxl import Workbook  # only exports need it: keep it off start-up

        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(title=sheet_title[:31])
        for row in rows:
            sheet.append(row)
        buffer = io.BytesIO()
        workbook.save(buffer)
        response = HttpResponse(buffer.getvalue(), content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{name}.{file_format}"'
    return response
