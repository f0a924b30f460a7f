"""Hostile query strings never cause a 500, on any route.

Each route is first opened as someone it is for, recording which query parameters the view
reads (by watching Django's QueryDict); then every parameter it read, and `q` and `page`,
gets each hostile value below. A bad filter must give the page with the filter ignored, or a
clear 400: never a server error.
"""

from contextlib import contextmanager
from urllib.parse import quote

from django.http import QueryDict
from django.test import Client

import pytest

from tests.guards.routes import page_routes, routes
from tests.guards.test_permissions import ALLOWED

HOSTILE = {
    "NUL": "\x00",
    "10,000 characters": "x" * 10_000,
    "-1": "-1",
    "abc": "abc",
    "10^25": "1" + "0" * 25,
    "%": "%",
    "'": "'",
    "RTL and zero-width": "\u202e\u200b\u200d\ufeff",
    "surrogate escape": "%ED%A0%80",
    "bad percent": "%zz",
    "date": "2026-02-30",
    "array": "[]",
}
# Sent raw (already percent-encoded, or deliberately broken); the rest are encoded.
RAW = {"surrogate escape", "bad percent", "%"}
ALWAYS = ("q", "page")


@contextmanager
def parameters_read():
    """Collect the query parameter names a view reads during the block."""
    names = set()
    originals = {}

    def watch(method):
        def read(self, key, *args, **kwargs):
            names.add(key)
            return originals[method](self, key, *args, **kwargs)

        return read

    for method in ("__getitem__", "get", "getlist", "__contains__", "pop"):
        originals[method] = getattr(QueryDict, method)
        setattr(QueryDict, method, watch(method))
    try:
        yield names
    finally:
        for method, original in originals.items():
            setattr(QueryDict, method, original)


def _hostile_urls(url: str, name: str, value_name: str, value: str) -> list[str]:
    joiner = "&" if "?" in url else "?"
    encoded = value if value_name in RAW else quote(value, safe="")
    single = f"{url}{joiner}{name}={encoded}"
    return [single, f"{single}&{name}={encoded}&{name}=1"]  # and the key repeated


@pytest.mark.django_db
def test_no_query_string_causes_a_server_error(demo):
    failures, tried, routes_walked = [], 0, 0
    for route in routes(demo.values) + page_routes(demo.pages):
        role = ALLOWED[route.audience][0]
        client = Client(HTTP_ACCEPT_LANGUAGE="en", raise_request_exception=False)
        if role != "anonymous":
            client.force_login(demo.users[role])
        with parameters_read() as names:
            plain = client.get(route.url)
        if plain.status_code == 405:
            continue  # POST-only
        routes_walked += 1
        for name in sorted(names | set(ALWAYS)):
            for value_name, value in HOSTILE.items():
                for url in _hostile_urls(route.url, name, value_name, value):
                    tried += 1
                    status = client.get(url).status_code
                    if status >= 500:
                        failures.append(f"{route.name}: ?{name}=<{value_name}> gave {status}")
    print(f"\n{routes_walked} routes, {tried} hostile requests")  # noqa: T201 - the figure
    assert not failures, "\n".join(sorted(set(failures)))
    assert routes_walked >= 50 and tried >= 2000
