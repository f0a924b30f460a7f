"""The middleware `bench/ceiling_app.py` appends: once every other middleware has run, a
constant answer of the real response's status and size (BENCH_CEILING_STATUS,
BENCH_CEILING_BYTES), so `bench/ceiling.py` measures what any signed-in Django page costs on
this machine before its view does anything.
"""

import os

from django.http import HttpResponse


class ConstantAnswer:
    """After the session, the user, CSRF, the policies and the rest: a constant answer."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.status = int(os.environ.get("BENCH_CEILING_STATUS", "200"))
        self.body = b"x" * int(os.environ.get("BENCH_CEILING_BYTES", "0"))

    def __call__(self, request):
        request.user.is_authenticated  # noqa: B018 - resolve the user, as every page does
        response = HttpResponse(self.body, status=self.status)
        if self.status in (301, 302, 303):
            response["Location"] = request.path
        return response
