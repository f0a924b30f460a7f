"""Chart geometry: period labels never overlap at any range, and the charts fit a phone.

The renderer places every label (courses/reports/charts.py); these tests read the positions it
computed and compare them with each label's estimated width, for every range of 1 to 60 months
and of weeks, in each language. The browser test measures the drawn text as well.
"""

import datetime
import re

from django.template.loader import render_to_string
from django.utils import translation

import pytest

from courses.reports.charts import (
    FIT_WIDTH,
    LABEL_GAP,
    Label,
    bar_chart,
    label_step,
    series_chart,
    text_width,
)
from courses.reports.selectors.figures import Column, Table


def month_table(start: datetime.date, months: int) -> Table:
    days, day = [], start.replace(day=1)
    for _ in range(months):
        days.append(day)
        day = (day + datetime.timedelta(days=32)).replace(day=1)
    return Table(
        key="series_month",
        title="By month",
        columns=(
            Column("period", "Month", "text"),
            Column("enrolments", "Enrolments", "people"),
            Column("completions", "Completions", "people"),
        ),
        rows=tuple((d.strftime("%Y-%m"), 10 * (i % 7), 3 * (i % 5)) for i, d in enumerate(days)),
    )


def week_table(start: datetime.date, weeks: int) -> Table:
    monday = start - datetime.timedelta(days=start.weekday())
    return Table(
        key="series_week",
        title="By week",
        columns=(
            Column("period", "Week starting", "text"),
            Column("enrolments", "Enrolments", "people"),
            Column("completions", "Completions", "people"),
        ),
        rows=tuple(
            ((monday + datetime.timedelta(weeks=i)).isoformat(), i % 4, i % 3) for i in range(weeks)
        ),
    )


def assert_no_overlap(labels: list[Label]) -> None:
    """Labels on one line, left to right, keep at least LABEL_GAP between their estimated
    extents (so the spacing of their anchors is at least their width)."""
    labels = sorted(labels, key=lambda label: label.x)
    for before, after in zip(labels, labels[1:], strict=False):
        assert after.left - before.right >= LABEL_GAP, (before, after)


def lines(chart, kind: str) -> list[Label]:
    return [label for label in chart.labels if label.kind == kind]


def test_label_step_is_the_least_that_keeps_the_gap():
    assert label_step(slot=40, widths=[20, 24]) == 1
    assert label_step(slot=10, widths=[20, 24]) == 4  # 24 + 8 = 32 needs four 10-px slots
    assert label_step(slot=10, widths=[]) == 1


@pytest.mark.parametrize("language", ["ky", "ru", "en"])
def test_month_labels_never_overlap_from_1_to_60_months(language):
    with translation.override(language):
        for months in range(1, 61):
            for start in (datetime.date(2025, 1, 1), datetime.date(2025, 12, 1)):
                chart = series_chart(month_table(start, months))
                ticks, years = lines(chart, "tick"), lines(chart, "year")
                assert ticks, months
                assert_no_overlap(ticks)
                assert_no_overlap(years)
                # Every label stays inside the drawing, and the anchors are spaced by at
                # least the widest label: the thinning works on the estimate.
                for label in [*ticks, *years]:
                    assert label.left >= 0 and label.right <= chart.width, (months, label)
                spacing = [b.x - a.x for a, b in zip(ticks, ticks[1:], strict=False)]
                widest = max(label.width for label in ticks)
                assert all(gap >= widest for gap in spacing), (months, spacing, widest)
                assert years[0].text in (str(start.year), str(start.year + 1))


def test_a_year_of_months_fits_a_phone_with_every_other_month_named():
    with translation.override("ru"):
        chart = series_chart(month_table(datetime.date(2025, 12, 1), 12))
    assert chart.width <= FIT_WIDTH
    assert [label.text for label in lines(chart, "tick")] == [
        "Дек", "Фев", "Апр", "Июн", "Авг", "Окт",
    ]  # fmt: skip
    assert [label.text for label in lines(chart, "year")] == ["2025", "2026"]
    assert len(chart.bars) == 24


def test_a_new_year_right_after_the_first_label_takes_its_place():
    """Every month is named when there is room; "2025" under December would touch "2026"
    under January, so January's year stays."""
    with translation.override("en"):
        chart = series_chart(month_table(datetime.date(2025, 12, 1), 8))
    assert [label.text for label in lines(chart, "tick")][:3] == ["Dec", "Jan", "Feb"]
    assert [label.text for label in lines(chart, "year")] == ["2026"]


@pytest.mark.parametrize("months", [24, 60])
def test_two_and_five_years_of_months_are_thinned_and_fit_a_phone(months):
    with translation.override("en"):
        chart = series_chart(month_table(datetime.date(2021, 1, 1), months))
    ticks = lines(chart, "tick")
    assert chart.width <= FIT_WIDTH
    assert 2 <= len(ticks) < months
    assert [label.text for label in lines(chart, "year")][0] == "2021"
    assert len(chart.bars) == 2 * months


@pytest.mark.parametrize("weeks", [1, 4, 13, 53, 105, 261, 522])
def test_week_labels_never_overlap(weeks):
    with translation.override("ky"):
        chart = series_chart(week_table(datetime.date(2025, 12, 3), weeks))
    ticks = lines(chart, "tick")
    assert ticks[0].text == "01.12"
    assert_no_overlap(ticks)
    assert_no_overlap(lines(chart, "year"))
    for label in ticks:
        assert label.right <= chart.width
    if weeks <= 53:
        assert chart.width <= FIT_WIDTH  # a year of weeks fits a phone; ten years scroll


def test_an_empty_series_still_draws_an_axis():
    chart = series_chart(month_table(datetime.date(2025, 1, 1), 0))
    assert chart.bars == () and lines(chart, "tick") == []
    assert chart.axis_y > 0 and chart.width >= text_width("Enrolments")


def test_bar_chart_names_rows_above_their_bars_and_fits_a_phone():
    long_title = "Жергиликтүү бюджетти пландоо жана аткаруу: практикалык курс, экинчи бөлүк"
    table = Table(
        key="courses",
        title="By course",
        columns=(
            Column("course", "Course", "text"),
            Column("enrolled", "Enrolled", "people"),
            Column("completed", "Completed", "people"),
        ),
        rows=((long_title, 120, 45), ("Салык", 3, 0)),
    )
    chart = bar_chart(table)
    assert chart.width == FIT_WIDTH
    rows = lines(chart, "row")
    assert rows[0].text.endswith("…") and rows[0].right <= chart.width
    assert rows[1].y - rows[0].y >= 2 * 14  # each name has its own line above its bars
    for label in lines(chart, "value"):
        assert label.right <= chart.width
    legend = chart.legend
    assert legend[1].x >= legend[0].text_x + text_width(legend[0].name)


# ---- the drawn SVG ------------------------------------------------------------------------

TEXT = re.compile(
    r'<text x="(?P<x>[-\d.]+)" y="(?P<y>[-\d.]+)" text-anchor="(?P<anchor>\w+)" '
    r'fill="#1d232b" class="(?P<kind>\w+)">(?P<text>[^<]*)</text>'
)


def drawn(chart, kind: str) -> list[Label]:
    """The labels of `kind` as the template draws them, read back from the SVG."""
    svg = render_to_string("reports/_chart.html", {"chart": chart, "id": "c"})
    return [
        Label(x=float(m["x"]), y=float(m["y"]), text=m["text"], anchor=m["anchor"], kind=m["kind"])
        for m in TEXT.finditer(svg)
        if m["kind"] == kind
    ]


@pytest.mark.parametrize("language", ["ky", "ru"])
def test_the_svg_draws_no_overlapping_period_labels_from_1_to_60_months(language):
    with translation.override(language):
        for months in range(1, 61):
            chart = series_chart(month_table(datetime.date(2025, 12, 1), months))
            ticks = drawn(chart, "tick")
            assert len(ticks) == len(lines(chart, "tick")) >= 1
            assert_no_overlap(ticks)
            assert_no_overlap(drawn(chart, "year"))
            for a, b in zip(ticks, ticks[1:], strict=False):
                assert b.x - a.x >= max(a.width, b.width), (months, a, b)


def test_the_chart_is_a_labelled_focusable_region_with_its_caption():
    chart = series_chart(month_table(datetime.date(2025, 12, 1), 12))
    html = render_to_string("reports/_chart.html", {"chart": chart, "id": "series-chart"})
    assert html.startswith(
        '<figure class="report-chart report-chart--fit" tabindex="0" role="region" '
        'aria-labelledby="series-chart-caption">'
    )
    assert '<figcaption id="series-chart-caption"' in html
    assert (
        f'width="{chart.width}"' in html and f'viewBox="0 0 {chart.width} {chart.height}"' in html
    )
