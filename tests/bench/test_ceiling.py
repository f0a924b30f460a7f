"""The constant answer `bench/ceiling.py` measures the middleware chain with: the real
response's status and size, given after every other middleware (the user resolved)."""

from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory

import pytest

from bench.ceiling_answer import ConstantAnswer


@pytest.mark.parametrize(("status", "size"), [(200, 15826), (302, 0)])
def test_the_answer_has_the_real_response_s_status_and_size(monkeypatch, status, size):
    monkeypatch.setenv("BENCH_CEILING_STATUS", str(status))
    monkeypatch.setenv("BENCH_CEILING_BYTES", str(size))
    reached = []
    middleware = ConstantAnswer(lambda request: reached.append(request))
    request = RequestFactory().post("/ru/progress/lessons/7/complete/")
    request.user = AnonymousUser()
    response = middleware(request)
    assert response.status_code == status
    assert len(response.content) == size
    assert not reached  # the view is never called
    if status == 302:
        assert response["Location"] == "/ru/progress/lessons/7/complete/"
