"""Chart geometry for report tables, drawn as inline SVG by reports/_chart.html: no JavaScript.

The functions turn a Table into rectangles and labels with their positions, so the layout is
decided (and tested) here: the charts are FIT_WIDTH wide where the data allows, which fits a
375-pixel phone, and the period labels under a time axis are thinned to every n-th so that no
two overlap, whatever the range (label widths are estimated from their length). The data
table is always printed beside the chart, so the chart adds nothing a screen reader would miss.
"""

import datetime
import math
from dataclasses import dataclass

from django.utils.formats import date_format
from django.utils.translation import gettext as _

# Dark enough for 3:1 against white (WCAG non-text contrast) and told apart by a pattern-free
# legend: the two series also differ in position (first and second bar of a group).
FIRST_COLOUR = "#0b5a8a"  # the site's brand blue
SECOND_COLOUR = "#1e6b34"  # the site's "ok" green

FONT_SIZE = 12
# Width of one character at FONT_SIZE, erring wide: system-ui and DejaVu Sans digits are about
# 0.55-0.64 em, Cyrillic capitals up to 0.7 em; the gap below absorbs the rest.
CHAR_WIDTH = 0.65 * FONT_SIZE
LABEL_GAP = 8  # the least free space between two labels on one line
LINE = 16  # one line of labels
# A 375-pixel screen less the page's padding (2 × 1rem): a chart this wide never scrolls there.
FIT_WIDTH = 340

BAR_HEIGHT = 14
ROW_GAP = 10

# Series: a slot per period (two bars); a long range of weeks may need more than FIT_WIDTH.
PLOT_HEIGHT = 150
MIN_SLOT = 3.0
MAX_SLOT = 48.0
RIGHT = 8


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    colour: str
    value: int


@dataclass(frozen=True)
class Label:
    """A text; `kind` says what it labels: "tick" (a period), "year", "axis" (a value on the
    vertical axis), "row" (a bar chart's row name) or "value" (a bar's number)."""

    x: float
    y: float
    text: str
    anchor: str = "start"
    kind: str = ""

    @property
    def width(self) -> float:
        return text_width(self.text)

    @property
    def left(self) -> float:
        shift = {"start": 0, "middle": self.width / 2, "end": self.width}[self.anchor]
        return self.x - shift

    @property
    def right(self) -> float:
        return self.left + self.width


@dataclass(frozen=True)
class LegendItem:
    """A square of the series' colour at (x, y) and its name after it."""

    x: float
    y: float
    colour: str
    name: str

    @property
    def text_x(self) -> float:
        return round(self.x + 16, 1)

    @property
    def text_y(self) -> float:
        return round(self.y + 10, 1)


@dataclass(frozen=True)
class Chart:
    title: str
    description: str
    width: int
    height: int
    bars: tuple
    labels: tuple
    legend: tuple  # of LegendItem
    axis_y: float = 0
    axis_x1: float = 0
    axis_x2: float = 0

    @property
    def fits_a_phone(self) -> bool:
        return self.width <= FIT_WIDTH


def text_width(text: str) -> float:
    """The estimated width of `text` at FONT_SIZE."""
    return len(text) * CHAR_WIDTH


def label_step(*, slot: float, widths: list) -> int:
    """Show every n-th of labels centred on slots `slot` apart: the least n at which the widest
    two neighbours keep LABEL_GAP between them."""
    widest = max(widths, default=0)
    if widest == 0:
        return 1
    return max(1, math.ceil((widest + LABEL_GAP) / slot))


def _legend(names: tuple, width: float) -> tuple[tuple, float]:
    """Legend items in a row, wrapping to a new line past `width`; and the height they take."""
    items, x, y = [], 4.0, 4.0
    for colour, name in names:
        size = 16 + text_width(name)
        if x > 4 and x + size > width:
            x, y = 4.0, y + LINE
        items.append(LegendItem(x=x, y=y, colour=colour, name=str(name)))
        x += size + 16
    return tuple(items), y + LINE + 4


def _legend_width(names: tuple) -> float:
    return 4 + sum(16 + text_width(str(name)) + 16 for _colour, name in names)


def _column(table, key: str) -> int:
    return [column.key for column in table.columns].index(key)


def _short(text: str, limit: int = 32) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def bar_chart(table, first: str = "enrolled", second: str = "completed") -> Chart:
    """Horizontal bars per row, each row's name on the line above its bars: enrolled and
    completed, on one scale. FIT_WIDTH wide whatever the names, so it fits a phone."""
    a, b = _column(table, first), _column(table, second)
    names = {column.key: column.label for column in table.columns}
    legend_names = ((FIRST_COLOUR, names[first]), (SECOND_COLOUR, names[second]))
    legend, top_y = _legend(legend_names, FIT_WIDTH)
    values = [row[i] or 0 for row in table.rows for i in (a, b)]
    top = max([*values, 1])
    value_room = text_width(str(top)) + 8
    plot = FIT_WIDTH - 4 - value_room
    limit = int((FIT_WIDTH - 4) // CHAR_WIDTH)
    bars, labels = [], []
    group = LINE + 2 * BAR_HEIGHT + ROW_GAP
    for index, row in enumerate(table.rows):
        y = top_y + index * group
        labels.append(Label(x=4, y=y + FONT_SIZE, text=_short(str(row[0]), limit), kind="row"))
        for offset, (position, colour) in enumerate(((a, FIRST_COLOUR), (b, SECOND_COLOUR))):
            value = row[position] or 0
            width = plot * value / top
            bar_y = y + LINE + offset * BAR_HEIGHT
            bars.append(
                Bar(
                    x=4,
                    y=bar_y,
                    width=round(width, 1),
                    height=BAR_HEIGHT - 2,
                    colour=colour,
                    value=value,
                )
            )
            labels.append(
                Label(x=round(4 + width + 4, 1), y=bar_y + 11, text=str(value), kind="value")
            )
    description = _(
        "%(first)s and %(second)s per row of the table below; the largest value is %(top)s."
    ) % {
        "first": names[first],
        "second": names[second],
        "top": top,
    }
    return Chart(
        title=table.title,
        description=description,
        width=FIT_WIDTH,
        height=int(top_y + len(table.rows) * group + 4),
        bars=tuple(bars),
        labels=tuple(labels),
        legend=legend,
    )


def _period(text: str) -> datetime.date:
    """A series row's period ("2025-12" or "2025-12-01") as its first day."""
    return datetime.date.fromisoformat(text if len(text) > 7 else f"{text}-01")


def _tick(day: datetime.date, interval: str) -> str:
    """A period under the axis, short: the month's abbreviation in the reader's language
    ("Дек"), or a week's first day as day.month ("01.12"); the year goes on a line below."""
    return date_format(day, "d.m") if interval == "week" else date_format(day, "M")


def _year_labels(ticks: list) -> list:
    """Years under the first tick and each tick whose year differs from the one before it.

    A year too near the one before is dropped, except that the first tick's year gives way
    to a new year's label that follows it closely (so "2026" under January is kept)."""
    kept = []
    previous_year = None
    for index, (x, day) in enumerate(ticks):
        if day.year == previous_year:
            continue
        previous_year = day.year
        label = Label(x=x, y=0, text=str(day.year), anchor="middle", kind="year")
        if kept and label.left - kept[-1][0].right < LABEL_GAP:
            if len(kept) == 1 and kept[0][1] == 0:
                kept[0] = (label, index)
            continue
        kept.append((label, index))
    return [label for label, _index in kept]


def series_chart(table) -> Chart:
    """Vertical bars per period: enrolments and completions side by side, periods left to right.

    The period labels are every n-th period's short name (label_step), centred under its
    slot, with the year on a second line; so no two labels overlap at any range."""
    interval = "week" if table.key.endswith("week") else "month"
    rows = table.rows
    count = max(len(rows), 1)
    top = max([row[1] or 0 for row in rows] + [row[2] or 0 for row in rows] + [1])
    left = max(32.0, text_width(str(top)) + 10)
    legend_names = (
        (FIRST_COLOUR, table.columns[1].label),
        (SECOND_COLOUR, table.columns[2].label),
    )
    days = [_period(str(row[0])) for row in rows]
    texts = [_tick(day, interval) for day in days]
    widths = [text_width(text) for text in texts]
    # Room on the right for half of a label centred on the last slot.
    right = max(RIGHT, max(widths, default=0) / 2 + 2)
    slot = max(MIN_SLOT, min(MAX_SLOT, (FIT_WIDTH - left - right) / count))
    step = label_step(slot=slot, widths=widths)
    centres = [left + (index + 0.5) * slot for index in range(len(rows))]
    visible = range(0, len(rows), step)
    plot_right = left + count * slot
    width = math.ceil(max(plot_right + right, min(FIT_WIDTH, _legend_width(legend_names))))
    legend, plot_top = _legend(legend_names, width)
    axis_y = plot_top + PLOT_HEIGHT
    bar = slot * 0.4
    bars, labels = [], []
    for index, row in enumerate(rows):
        x = left + index * slot + slot * 0.1
        for offset, (position, colour) in enumerate(((1, FIRST_COLOUR), (2, SECOND_COLOUR))):
            value = row[position] or 0
            h = PLOT_HEIGHT * value / top
            bars.append(
                Bar(
                    x=round(x + offset * bar, 1),
                    y=round(axis_y - h, 1),
                    width=round(bar, 1),
                    height=round(h, 1),
                    colour=colour,
                    value=value,
                )
            )
    tick_y = axis_y + LINE - 1
    for index in visible:
        labels.append(
            Label(
                x=round(centres[index], 1),
                y=tick_y,
                text=texts[index],
                anchor="middle",
                kind="tick",
            )
        )
    for year in _year_labels([(round(centres[i], 1), days[i]) for i in visible]):
        labels.append(
            Label(x=year.x, y=tick_y + LINE, text=year.text, anchor="middle", kind="year")
        )
    labels.append(Label(x=left - 6, y=plot_top + 6, text=str(top), anchor="end", kind="axis"))
    labels.append(Label(x=left - 6, y=axis_y, text="0", anchor="end", kind="axis"))
    description = _(
        "%(first)s and %(second)s for each period in the table below; the largest value is %(top)s."
    ) % {
        "first": table.columns[1].label,
        "second": table.columns[2].label,
        "top": top,
    }
    return Chart(
        title=table.title,
        description=description,
        width=width,
        height=int(tick_y + LINE + 8),
        bars=tuple(bars),
        labels=tuple(labels),
        legend=legend,
        axis_y=axis_y,
        axis_x1=left - 4,
        axis_x2=plot_right,
    )
