"""Kyrgyz writes the day and year as ordinals with a hyphen: 25-ноябрь 2026-ж.

Django's ky formats ("j E Y ж.") drop both hyphens. `E` is the month in a date, lower-case in
Kyrgyz; our catalogue supplies those forms (see lms/formats/months.py).
"""

DATE_FORMAT = "j-E Y-ж."
DATETIME_FORMAT = "j-E Y-ж. G:i"
YEAR_MONTH_FORMAT = "F Y-ж."
MONTH_DAY_FORMAT = "j-E"
