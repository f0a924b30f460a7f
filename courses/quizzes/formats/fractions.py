"""Answer grades as Moodle allows them.

Moodle offers a fixed list of answer grades (`question_bank::fraction_options_full()`) and its
importers refuse any other value: a grade matches a list entry when it is within 0.00001 of it
(`qformat_default::match_grade_options`, mode "error"), so 33.33333 % is one third while 33 % is
refused. Thirds and sevenths are stored with 7 decimals as Moodle does (0.3333333); grading snaps
a total within `FULL_MARKS_TOLERANCE` of 1 to exactly 1, so three thirds earn full marks.
"""

from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

POSITIVE = (
    "1", "0.9", "0.8333333", "0.8", "0.75", "0.7", "0.6666667", "0.6", "0.5", "0.4",
    "0.3333333", "0.3", "0.25", "0.2", "0.1666667", "0.1428571", "0.125", "0.1111111", "0.1",
    "0.05",
)  # fmt: skip
MOODLE_FRACTIONS: tuple[Decimal, ...] = (
    *(Decimal(value) for value in POSITIVE),
    Decimal(0),
    *(-Decimal(value) for value in reversed(POSITIVE)),
)
MATCH_TOLERANCE = Decimal("0.00001")
FULL_MARKS_TOLERANCE = Decimal("0.000001")


class FractionError(ValueError):
    """A grade Moodle does not offer; the message names the value."""


def fraction_check(value, *, percent: bool = False) -> Decimal:
    """The list entry `value` stands for (a fraction, or a percentage when `percent`).

    Raises `FractionError` naming the value when Moodle would refuse it."""
    shown = str(value).strip()
    try:
        number = Decimal(shown)
    except (InvalidOperation, ValueError) as error:
        raise FractionError(_("The grade “%(value)s” is not a number.") % {"value": shown}) from (
            error
        )
    if not number.is_finite():
        raise FractionError(_("The grade “%(value)s” is not a number.") % {"value": shown})
    fraction = number / 100 if percent else number
    for allowed in MOODLE_FRACTIONS:
        if abs(fraction - allowed) < MATCH_TOLERANCE:
            return allowed
    raise FractionError(
        _(
            "The grade “%(value)s” is not one Moodle allows (for example 100%%, 50%%, 33.33333%%, "
            "25%%, 20%%, 14.28571%%, 10%%, 5%% or their negatives)."
        )
        % {"value": f"{shown}%" if percent else shown}
    )


def is_full(total: Decimal) -> bool:
    """True when a sum of fractions is 1 up to Moodle's 7-decimal rounding."""
    return abs(Decimal(total) - 1) <= FULL_MARKS_TOLERANCE


def snap(total: Decimal) -> Decimal:
    """`total`, or exactly 1 (0) when it is within `FULL_MARKS_TOLERANCE` of 1 (0)."""
    total = Decimal(total)
    if is_full(total):
        return Decimal(1)
    if abs(total) <= FULL_MARKS_TOLERANCE:
        return Decimal(0)
    return total
