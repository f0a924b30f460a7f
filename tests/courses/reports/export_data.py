"""Builders shared by the export and summary tests: learners in places, enrolled in courses."""

import csv
import io

from django.utils import timezone

from openpyxl import load_workbook

from courses.enrolment.models import EnrollmentStatus
from tests.factories.accounts import UserFactory
from tests.factories.courses import EnrollmentFactory
from tests.factories.places import DistrictFactory, MunicipalityFactory, OblastFactory


def place(oblast=None):
    """A municipality (in a new district of `oblast`, or of a new oblast)."""
    district = DistrictFactory(oblast=oblast or OblastFactory())
    return MunicipalityFactory(district=district)


def enrol(course, *, municipality, completed=False, gender="not_stated", **user_fields):
    """A learner of `municipality` enrolled in `course` today, completed or not."""
    user = UserFactory(role="Learner", municipality=municipality, gender=gender, **user_fields)
    return EnrollmentFactory(
        user=user,
        course_key=course.translation_key,
        status=EnrollmentStatus.COMPLETED if completed else EnrollmentStatus.ACTIVE,
        completed_at=timezone.now() if completed else None,
    )


# A CSV export starts with "Report:", "Period:", "Filters:" and a blank row (export_files.py).
PREFACE_ROWS = 4


def read_csv_with_preface(content: bytes) -> list[list[str]]:
    assert content.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs for Cyrillic
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


def read_csv(content: bytes) -> list[list[str]]:
    """The table of a CSV export, without its preface."""
    rows = read_csv_with_preface(content)
    assert rows[PREFACE_ROWS - 1] == [], rows[:PREFACE_ROWS]
    return rows[PREFACE_ROWS:]


def read_xlsx_sheets(content: bytes) -> dict[str, list[tuple]]:
    workbook = load_workbook(io.BytesIO(content))
    return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in workbook.worksheets}


def read_xlsx(content: bytes) -> list[tuple]:
    """The table of an XLSX export: its second sheet, after "About this file"."""
    sheets = list(read_xlsx_sheets(content).values())
    assert len(sheets) == 2, sheets
    return sheets[1]


def read_file(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content
