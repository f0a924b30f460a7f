"""The calls list signed in, as `make bench` loads it (user_competitions): the same queries for
2 calls as for 8."""

from django.urls import reverse
from django.utils import translation

import pytest

from tests.courses.competitions.apply_support import make_call

pytestmark = pytest.mark.django_db

# The session (1) and the calls (1): the signed-in user, the layout's site and menu, the
# policies and the unread count are kept in the cache after the first request.
SIGNED_IN_LIST_QUERIES = 2


@pytest.mark.parametrize("calls", [2, 8])
def test_signed_in_list_query_count(client, learner, django_assert_num_queries, calls):
    for n in range(calls):
        make_call(slug=f"call-{n}", title_en=f"Call {n}")
    client.force_login(learner)
    with translation.override("en"):
        url = reverse("competitions:list")
    client.get(url)  # warm the caches, as the benchmark does
    with django_assert_num_queries(SIGNED_IN_LIST_QUERIES):
        response = client.get(url)
    assert response.status_code == 200
    assert response.content.decode().count('data-call="call-') == calls
