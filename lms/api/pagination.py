"""Cursor pagination: `limit` (1–100) and an opaque `cursor`; each page links to the next.

The cursor is the last row's key, signed, so it cannot be forged or edited (a changed cursor is
a 400). Pages are keyset pages (`WHERE pk > last`), so a page costs the same at row 10 and row
10 million, and a row added meanwhile is neither skipped nor shown twice.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.core import signing
from django.db.models import QuerySet

from ninja import Field, Schema
from pydantic import create_model

from lms.api.errors import ApiProblem

CURSOR_SALT = "lms.api.cursor"
MAX_LIMIT = 100
DEFAULT_LIMIT = 25
# The largest id a path may name (a 64-bit primary key): larger is a 422, not a database error.
MAX_ID = 2**63 - 1
BAD_CURSOR = "The cursor is not one this API gave: start again without it."


class PageQuery(Schema):
    limit: int = Field(
        DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="How many items per page (1–100)."
    )
    cursor: str | None = Field(
        None,
        max_length=200,
        description="The `next_cursor` of the previous page; leave out for the first page.",
    )


def page_schema(item, name: str):
    """The response schema of a list: its items and the way to the next page."""
    return create_model(
        name,
        __base__=Schema,
        items=(list[item], Field(..., description="The items of this page.")),
        next=(
            str | None,
            Field(None, description="The address of the next page; null on the last page."),
        ),
        next_cursor=(
            str | None,
            Field(None, description="The cursor of the next page; null on the last page."),
        ),
    )


@dataclass
class Page:
    items: list
    next: str | None
    next_cursor: str | None


def cursor_value(cursor: str | None):
    """The key a cursor carries, or None for the first page; a 400 for a cursor we never gave."""
    if not cursor:
        return None
    try:
        return signing.loads(cursor, salt=CURSOR_SALT)
    except signing.BadSignature as error:
        raise ApiProblem(400, BAD_CURSOR) from error


def paginate(request, queryset: QuerySet, page: PageQuery, *, descending: bool = False) -> Page:
    """One page of `queryset` by primary key (one query: a row more than asked tells whether a
    next page exists)."""
    after = cursor_value(page.cursor)
    if after is not None:
        if not isinstance(after, int):
            raise ApiProblem(400, BAD_CURSOR)
        queryset = queryset.filter(pk__lt=after) if descending else queryset.filter(pk__gt=after)
    queryset = queryset.order_by("-pk" if descending else "pk")
    rows = list(queryset[: page.limit + 1])
    if len(rows) <= page.limit:
        return Page(items=rows, next=None, next_cursor=None)
    rows = rows[: page.limit]
    cursor = signing.dumps(rows[-1].pk, salt=CURSOR_SALT)
    return Page(items=rows, next=next_link(request, cursor), next_cursor=cursor)


def next_link(request, cursor: str) -> str:
    params = request.GET.copy()
    params["cursor"] = cursor
    return (
        request.build_absolute_uri(request.path) + "?" + urlencode(list(params.lists()), doseq=True)
    )
