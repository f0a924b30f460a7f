"""Dates in each language: Kyrgyz ordinals with a hyphen and lower-case months, Russian genitive."""

from datetime import date

from django.utils import translation
from django.utils.formats import date_format

import pytest

KYRGYZ_MONTHS = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
]


@pytest.mark.parametrize(("month", "name"), list(enumerate(KYRGYZ_MONTHS, start=1)))
def test_kyrgyz_date_format_in_every_month(month, name):
    with translation.override("ky"):
        assert date_format(date(2026, month, 5), "DATE_FORMAT") == f"5-{name} 2026-ж."


def test_russian_keeps_the_genitive_month():
    with translation.override("ru"):
        assert date_format(date(2026, 11, 25), "DATE_FORMAT") == "25 ноября 2026 г."


def test_russian_day_and_month_without_year_is_genitive_too():
    """Assignments say "due in 3 days, 14 December" with MONTH_DAY_FORMAT; Django's Russian
    gives "14 Декабрь" there."""
    with translation.override("ru"):
        assert date_format(date(2026, 12, 14), "MONTH_DAY_FORMAT") == "14 декабря"


def test_english_is_unchanged():
    with translation.override("en"):
        assert date_format(date(2026, 11, 25), "DATE_FORMAT") == "Nov. 25, 2026"
