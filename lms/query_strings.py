"""Query strings as browsers send them, without what no database or page can take.

A NUL character reaches PostgreSQL as an error ("A string literal cannot contain NUL"), and
SQLite's full-text search fails on it too, so `?q=%00` was a 500 on every search box. No
person types one: it is removed from every parameter before any view reads it.
"""

from django.http import QueryDict


class QueryStringCleanMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.META.get("QUERY_STRING", "") or "%00" in request.META.get(
            "QUERY_STRING", ""
        ):
            cleaned = QueryDict(mutable=True)
            for name, values in request.GET.lists():
                cleaned.setlist(name.replace("\x00", ""), [v.replace("\x00", "") for v in values])
            cleaned._mutable = False
            request.GET = cleaned
        return self.get_response(request)
