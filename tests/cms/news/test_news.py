"""News: the list per language, newest first, paginated, with a fixed number of queries."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from cms.demo_images import demo_image_get
from tests.factories.cms import news_create, news_index

pytestmark = pytest.mark.django_db


def test_news_list_is_newest_first_and_shows_unpublished_nothing(client, home_page):
    index = news_index(home_page)
    news_create(index, title="Old", date=datetime.date(2020, 1, 1))
    news_create(index, title="New", date=datetime.date(2021, 2, 15))
    news_create(index, title="Hidden").unpublish()
    response = client.get("/ky/news/")
    assert [n.title for n in response.context["news_page"]] == ["New", "Old"]
    page = client.get("/ky/news/").content.decode()
    assert "Hidden" not in page
    detail = client.get(index.get_children().first().url)
    assert detail.status_code == 200


def test_news_list_query_count_does_not_grow(client, home_page):
    index = news_index(home_page)
    cover = demo_image_get(motif="meeting")
    for _ in range(3):
        news_create(index, cover_image=cover)

    def count():
        client.get("/ky/news/")
        with CaptureQueriesContext(connection) as captured:
            client.get("/ky/news/")
        return len(captured)

    few = count()
    for _ in range(40):
        news_create(index, cover_image=cover)
    # Same for 3 or 43 items (12 a page): 17 = routing, site and locale (8), the count and page
    # of items with their covers (2), the covers' renditions (1), view restrictions (1), the
    # menu, the language switcher and hreflang come from the fragment cache (count renders the
    # page once first; cold, or with FRAGMENT_CACHE_SECONDS=0, they add 6: 17), and the site and
    # the route are remembered for the content version (lms.routing: 2 fewer).
    assert count() == few == 9
