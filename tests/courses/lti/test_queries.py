"""Lists of the LTI app read a fixed number of rows' queries, whatever their length."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from courses.lti.models import LtiPlatform
from courses.lti.selectors import deep_link_choices

pytestmark = pytest.mark.django_db


def _count(function) -> int:
    with CaptureQueriesContext(connection) as queries:
        function()
    return len(queries)


def test_the_picker_reads_the_same_queries_for_one_course_or_many(make_course):
    make_course(lessons=2)
    deep_link_choices(language="ru")  # the default locale, remembered
    one = _count(lambda: deep_link_choices(language="ru"))
    for _ in range(3):
        make_course(lessons=3)
    assert _count(lambda: deep_link_choices(language="ru")) == one == 3
    choices = deep_link_choices(language="ru")
    assert len(choices) == 4
    assert sum(len(entry.lessons) for entry in choices) == 11


def test_jwks_is_one_query_for_any_number_of_registrations(client, db, django_assert_num_queries):
    for n in range(3):
        LtiPlatform.objects.create(
            name=f"P{n}",
            issuer=f"https://p{n}.example",
            client_id="c",
            auth_login_url=f"https://p{n}.example/a",
            auth_token_url=f"https://p{n}.example/t",
            keyset_url=f"https://p{n}.example/k",
        )
    with django_assert_num_queries(1):
        keys = client.get("/lti/jwks/").json()["keys"]
    assert len(keys) == 3
