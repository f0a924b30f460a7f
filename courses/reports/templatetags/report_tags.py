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


# Parameters an export form sets itself; the others are the page's filters.
EXPORT_OWN = ("table", "format", "publication", "page")


@register.filter
def filter_pairs(query: QueryDict) -> list[tuple[str, str]]:
    """The page's filters as (name, value) pairs for hidden fields. A filter, not
    `request.GET.lists` in the template, whose lookup a parameter named "lists" would answer."""
    return [
        (name, value)
        for name, values in QueryDict.lists(query)
        if name not in EXPORT_OWN
        for value in values
    ]


@register.filter
def query_encoded(query: QueryDict) -> str:
    """`query.urlencode()`, immune to a parameter named "urlencode"."""
    return QueryDict.urlencode(query)
