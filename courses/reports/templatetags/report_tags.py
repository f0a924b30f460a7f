"""Template helpers for report tables: drill-down links and values formatted by column kind."""

from django import template
from django.http import QueryDict
from django.utils.formats import number_format

register = template.Library()


@register.simple_tag
def drill_link(table, row_index: int, query: str) -> str:
    """The query string that narrows the report to row `row_index`, keeping the other filters."""
    drill = table.drill
    if drill is None or drill.values[row_index] is None:
        return ""
    params = QueryDict(query, mutable=True)
    params[drill.param] = str(drill.values[row_index])
    return params.urlencode()


@register.simple_tag
def report_value(value, table, column_index: int) -> str:
    """A cell: a dash for no value, one decimal for percentages and scores."""
    if value is None:
        return "—"
    kind = table.columns[column_index].kind
    if kind in ("percent", "score"):
        return number_format(value, decimal_pos=1)
    return number_format(value)
