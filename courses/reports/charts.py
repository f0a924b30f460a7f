"""Chart geometry for report tables, drawn as inline SVG by templates: no JavaScript, no service.

The functions turn a Table into rectangles and labels; courses/reports/_bar_chart.html and
_series_chart.html draw them with role="img", a title and a description. The data table is
always printed beside the chart, so the chart adds nothing a screen reader would miss.
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

# Dark enough for 3:1 against white (WCAG non-text contrast) and told apart by a pattern-free
# legend: the two series also differ in position (first and second bar of a group).
FIRST_COLOUR = "#0b5a8a"  # the site's brand blue
SECOND_COLOUR = "#1e6b34"  # the site's "ok" green

BAR_HEIGHT = 14
ROW_GAP = 10
LABEL_WIDTH = 220
PLOT_WIDTH = 360
VALUE_WIDTH = 60


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
    x: float
    y: float
    text: str
    anchor: str = "start"


@dataclass(frozen=True)
class Chart:
    title: str
    description: str
    width: int
    height: int
    bars: tuple
    labels: tuple
    legend: tuple  # (colour, name)
    axis_y: float = 0


def _column(table, key: str) -> int:
    return [column.key for column in table.columns].index(key)


def _short(text: str, limit: int = 32) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def bar_chart(table, first: str = "enrolled", second: str = "completed") -> Chart:
    """Horizontal bars per row: learners enrolled and completions, on one scale."""
    a, b = _column(table, first), _column(table, second)
    names = {column.key: column.label for column in table.columns}
    top = max([row[a] or 0 for row in table.rows] + [row[b] or 0 for row in table.rows] + [1])
    bars, labels = [], []
    group = 2 * BAR_HEIGHT + ROW_GAP
    for index, row in enumerate(table.rows):
        y = 24 + index * group
        labels.append(
            Label(x=LABEL_WIDTH - 8, y=y + BAR_HEIGHT + 4, text=_short(str(row[0])), anchor="end")
        )
        for offset, (position, colour) in enumerate(((a, FIRST_COLOUR), (b, SECOND_COLOUR))):
            value = row[position] or 0
            width = PLOT_WIDTH * value / top
            bar_y = y + offset * BAR_HEIGHT
            bars.append(
                Bar(
                    x=LABEL_WIDTH,
                    y=bar_y,
                    width=round(width, 1),
                    height=BAR_HEIGHT - 2,
                    colour=colour,
                    value=value,
                )
            )
            labels.append(Label(x=round(LABEL_WIDTH + width + 4, 1), y=bar_y + 11, text=str(value)))
    height = 24 + len(table.rows) * group + 8
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
        width=LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH,
        height=height,
        bars=tuple(bars),
        labels=tuple(labels),
        legend=((FIRST_COLOUR, names[first]), (SECOND_COLOUR, names[second])),
    )


def series_chart(table) -> Chart:
    """Vertical bars per period: enrolments and completions side by side, periods left to right."""
    height_plot = 180
    left, bottom = 40, 40
    count = max(len(table.rows), 1)
    slot = max(8.0, min(40.0, 640 / count))
    bar = slot * 0.4
    top = max([row[1] or 0 for row in table.rows] + [row[2] or 0 for row in table.rows] + [1])
    bars, labels = [], []
    every = max(1, round(count / 12))  # at most about twelve period labels under the axis
    for index, row in enumerate(table.rows):
        x = left + index * slot + slot * 0.1
        for offset, (position, colour) in enumerate(((1, FIRST_COLOUR), (2, SECOND_COLOUR))):
            value = row[position] or 0
            h = height_plot * value / top
            bars.append(
                Bar(
                    x=round(x + offset * bar, 1),
                    y=round(24 + height_plot - h, 1),
                    width=round(bar, 1),
                    height=round(h, 1),
                    colour=colour,
                    value=value,
                )
            )
        if index % every == 0:
            labels.append(Label(x=round(x, 1), y=24 + height_plot + 16, text=str(row[0])))
    labels.append(Label(x=left - 6, y=30, text=str(top), anchor="end"))
    labels.append(Label(x=left - 6, y=24 + height_plot, text="0", anchor="end"))
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
        width=int(left + count * slot + 80),
        height=24 + height_plot + bottom,
        bars=tuple(bars),
        labels=tuple(labels),
        legend=((FIRST_COLOUR, table.columns[1].label), (SECOND_COLOUR, table.columns[2].label)),
        axis_y=24 + height_plot,
    )
